import Testing

@testable import Guesswork

/// Expected repeats come from `zxcvbn.matching.repeat_match` in zxcvbn
/// 4.5.0 (Python), except where a comment gives the reasoning instead.
@Suite struct RepeatMatcherTests {
  /// A repeat in readable form.
  struct Repeat: Hashable, CustomStringConvertible {
    let span: Span
    let unit: String
    let count: Int

    init(_ start: Int, _ end: Int, _ unit: String, _ count: Int) {
      span = Span(start, end)
      self.unit = unit
      self.count = count
    }

    var description: String { "\(span) \(unit.debugDescription) × \(count)" }
  }

  private func repeats(_ password: String) -> [Repeat] {
    Fixture.candidates(RepeatMatcher(), in: password).compactMap { candidate in
      guard let pattern = candidate.repeatPattern else { return nil }
      return Repeat(candidate.start, candidate.end, pattern.baseToken, pattern.repeatCount)
    }
  }

  @Test(arguments: ["", "a", "ab", "abc", "abcab"])
  func inputsWithoutRepeats(password: String) {
    #expect(repeats(password).isEmpty)
  }

  @Test func twoEqualCharacters() {
    #expect(repeats("aa") == [Repeat(0, 1, "a", 2)])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let password: String
    let expected: [Repeat]
    var testDescription: String { password.debugDescription }
  }

  static let cases: [Case] = [
    Case(password: "aaaa", expected: [Repeat(0, 3, "a", 4)]),
    Case(password: "abab", expected: [Repeat(0, 3, "ab", 2)]),
    // The greedy search wins when it covers more: "aab" twice beats "aa".
    Case(password: "aabaab", expected: [Repeat(0, 5, "aab", 2)]),
    // The greedy run "aabaab" twice is reduced to its shortest unit.
    Case(password: "aabaabaabaab", expected: [Repeat(0, 11, "aab", 4)]),
    // A partial copy at the end is not part of the repeat.
    Case(password: "abcabcabcab", expected: [Repeat(0, 8, "abc", 3)]),
    Case(password: "xyzxyzxyz!!", expected: [Repeat(0, 8, "xyz", 3), Repeat(9, 10, "!", 2)]),
    Case(password: "aaabbb", expected: [Repeat(0, 2, "a", 3), Repeat(3, 5, "b", 3)]),
    Case(password: "1qaz2wsx1qaz2wsx", expected: [Repeat(0, 15, "1qaz2wsx", 2)]),
    // Scalars, not UTF-16 code units: the emoji is one unit.
    Case(password: "😀😀", expected: [Repeat(0, 1, "😀", 2)]),
  ]

  @Test(arguments: cases)
  func findsRepeats(_ testCase: Case) {
    #expect(repeats(testCase.password) == testCase.expected)
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "xyzxyzxyz", prefixes: ["", "1", "@#", "Q8&"], suffixes: ["", "2", "$%", "R9*"]))
  func findsEmbeddedRepeat(password: String, span: Span) {
    #expect(repeats(password) == [Repeat(span.start, span.end, "xyz", 3)])
  }

  @Test(arguments: ["\n\n", "\r\r", "ab\nab\n", "a\u{2028}a\u{2028}", "\u{2029}\u{2029}"])
  func unitsNeverHoldLineTerminators(password: String) {
    // zxcvbn 4.4.2 finds repeats with JavaScript's /(.+)\1+/, and "." does
    // not match \n, \r, U+2028 or U+2029. The Python port's "." only skips
    // \n, so it reports "\r\r". JavaScript, and so Guesswork, does not.
    #expect(repeats(password).isEmpty)
  }

  @Test func lineTerminatorSplitsRepeats() {
    #expect(repeats("aa\naa") == [Repeat(0, 1, "a", 2), Repeat(3, 4, "a", 2)])
  }

  @Test func unitIsEstimatedOnItsOwn() throws {
    // repeat_match("xyzxyzxyz"): base_guesses 79, from the sequence "xyz"
    // (26 × 3 = 78 guesses, plus 1 for a one-part sequence).
    let candidate = try #require(Fixture.candidates(RepeatMatcher(), in: "xyzxyzxyz").first)
    let pattern = try #require(candidate.repeatPattern)
    #expect(pattern.baseGuesses == 79)
    #expect(pattern.baseMatches.map(\.pattern.name) == ["sequence"])
    #expect(pattern.baseMatches.map(\.token) == ["xyz"])
  }

  @Test func unitUsesTheCallersWords() throws {
    // The unit is matched with the same user inputs as the password:
    // "zq9x" is rank 1 of the caller's words, so the unit costs 1 guess
    // plus 1 for the one-part sequence.
    let found = Fixture.candidates(RepeatMatcher(), in: "zq9xzq9x", userInputs: ["zq9x"])
    let pattern = try #require(found.first?.repeatPattern)
    #expect(pattern.baseGuesses == 2)
    #expect(pattern.baseMatches.first?.pattern.name == "dictionary")
  }

  @Test func longRunOfOneCharacter() {
    // A long run is one repeat found without back-tracking.
    let password = String(repeating: "a", count: 100)
    #expect(repeats(password) == [Repeat(0, 99, "a", 100)])
  }
}
