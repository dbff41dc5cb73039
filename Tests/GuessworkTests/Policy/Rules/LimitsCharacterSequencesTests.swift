import Testing

@testable import Guesswork

@Suite struct LimitsCharacterSequencesTests {
  private func check(_ maximum: Int, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(LimitsCharacterSequences(maximumLength: maximum), password)
  }

  struct Case: Sendable, CustomStringConvertible {
    let description: String
    let password: String
    let longest: Int
  }

  static let cases: [Case] = [
    Case(description: "ascending letters", password: "abcd", longest: 4),
    Case(description: "descending digits", password: "4321", longest: 4),
    Case(description: "uppercase descending", password: "DCBA", longest: 4),
    Case(description: "mixed case still a run", password: "aBcD", longest: 4),
    Case(description: "embedded in the middle", password: "x!mnop?y", longest: 4),
    Case(description: "direction change ends a run", password: "abcba", longest: 3),
    Case(description: "no wrap around the alphabet", password: "yza", longest: 2),
    Case(description: "no wrap from 9 to 0", password: "8901", longest: 2),
    Case(description: "letters and digits do not mix", password: "9:;", longest: 1),
    Case(description: "repeats are not sequences", password: "aaaa", longest: 1),
    Case(description: "Greek letters", password: "αβγδ", longest: 4),
    Case(description: "full-width digits after NFKC", password: "１２３４", longest: 4),
    Case(description: "empty", password: "", longest: 0),
    Case(description: "single character", password: "a", longest: 1),
    Case(description: "Chinese characters are not read as runs", password: "一丁丂七", longest: 1),
  ]

  @Test(arguments: cases)
  func measuresLongestRun(_ testCase: Case) {
    let scalars = Array(UnicodeNormalizer.nfkc(testCase.password).unicodeScalars)
    #expect(LimitsCharacterSequences.longestRun(in: scalars) == testCase.longest)
  }

  @Test func rejectsRunBeyondMaximum() {
    #expect(check(3, "abc").isEmpty)
    #expect(check(3, "abcd") == [.characterSequence(maximumLength: 3, actual: 4)])
  }

  @Test func findsRunOffTheEstimatorsBestPath() {
    // The estimator explains "password" as a dictionary word; the run "rstu"
    // overlaps its end and must still be found.
    #expect(check(3, "passworstu") == [.characterSequence(maximumLength: 3, actual: 4)])
  }

  @Test func maximumOfOneRejectsAnyPair() {
    #expect(check(1, "ab") == [.characterSequence(maximumLength: 1, actual: 2)])
    #expect(check(1, "ac").isEmpty)
  }
}
