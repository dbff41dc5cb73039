import Testing

@testable import Guesswork

/// Expected runs come from `zxcvbn.matching.sequence_match` in zxcvbn 4.5.0
/// (Python), except where a comment gives the reasoning instead.
@Suite struct SequenceMatcherTests {
  /// A run in readable form.
  struct Run: Hashable, CustomStringConvertible {
    let span: Span
    let kind: SequenceKind
    let isAscending: Bool

    init(_ start: Int, _ end: Int, _ kind: SequenceKind, ascending: Bool = true) {
      span = Span(start, end)
      self.kind = kind
      isAscending = ascending
    }

    var description: String { "\(span) \(kind) \(isAscending ? "up" : "down")" }
  }

  private func runs(_ password: String) -> [Run] {
    Fixture.candidates(SequenceMatcher(), in: password).compactMap { candidate in
      guard let pattern = candidate.sequencePattern else { return nil }
      return Run(candidate.start, candidate.end, pattern.kind, ascending: pattern.isAscending)
    }
  }

  @Test(arguments: ["", "a", "aa", "ac", "az", "a~", "5555"])
  func inputsWithoutRuns(password: String) {
    // Two characters form a run only with a step of ±1. A step of 0 or
    // more than 5 never does.
    #expect(runs(password).isEmpty)
  }

  @Test func twoCharactersOneApart() {
    #expect(runs("ab") == [Run(0, 1, .lower)])
    #expect(runs("ba") == [Run(0, 1, .lower, ascending: false)])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let password: String
    let expected: [Run]
    var testDescription: String { password }
  }

  static let cases: [Case] = [
    // The worked example of zxcvbn's sequence matcher.
    Case(
      password: "abcdb975zy",
      expected: [
        Run(0, 3, .lower), Run(5, 7, .digits, ascending: false),
        Run(8, 9, .lower, ascending: false),
      ]),
    Case(password: "ABC", expected: [Run(0, 2, .upper)]),
    Case(password: "123", expected: [Run(0, 2, .digits)]),
    Case(password: "9753", expected: [Run(0, 3, .digits, ascending: false)]),
    Case(password: "zyx", expected: [Run(0, 2, .lower, ascending: false)]),
    Case(password: "αβγ", expected: [Run(0, 2, .unicode)]),
    Case(password: "!\"#", expected: [Run(0, 2, .unicode)]),
    Case(password: "afk", expected: [Run(0, 2, .lower)]),
    Case(password: "aceg", expected: [Run(0, 3, .lower)]),
    Case(password: "abcdefghijklmnopqrstuvwxyz", expected: [Run(0, 25, .lower)]),
    // Neighbouring runs share their boundary character.
    Case(password: "abcba", expected: [Run(0, 2, .lower), Run(2, 4, .lower, ascending: false)]),
    Case(password: "ABCabc", expected: [Run(0, 2, .upper), Run(3, 5, .lower)]),
    Case(password: "12345abcde", expected: [Run(0, 4, .digits), Run(5, 9, .lower)]),
    Case(password: "abc!!!xyz", expected: [Run(0, 2, .lower), Run(6, 8, .lower)]),
    Case(password: "zabc", expected: [Run(1, 3, .lower)]),
  ]

  @Test(arguments: cases)
  func findsRuns(_ testCase: Case) {
    #expect(runs(testCase.password) == testCase.expected)
  }

  @Test func stepOfSixIsTooLarge() {
    // sequence_match("agm") == []: the step is 6, one over the maximum.
    #expect(runs("agm").isEmpty)
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "jihg", prefixes: ["", "!", "22", "ZZZ"], suffixes: ["", "!", "22", "ZZZ"]))
  func findsEmbeddedRun(password: String, span: Span) {
    // sequence_match gives exactly this run for each of the 16 passwords.
    #expect(runs(password) == [Run(span.start, span.end, .lower, ascending: false)])
  }

  @Test func nonASCIIDigitsAreUnicode() {
    // zxcvbn 4.4.2 tests /^\d+$/ in JavaScript, where \d is ASCII only, so
    // full-width and Arabic-Indic digits are a "unicode" run. (The Python
    // port calls them digits.)
    #expect(runs("１２３") == [Run(0, 2, .unicode)])
    #expect(runs("١٢٣") == [Run(0, 2, .unicode)])
  }

  @Test func stepsCountScalars() {
    // U+1F600, U+1F601, U+1F602 step by one scalar each.
    #expect(runs("😀😁😂") == [Run(0, 2, .unicode)])
  }

  @Test func spaceIsAlwaysTwentySix() {
    let spaces = Fixture.candidates(SequenceMatcher(), in: "abc123ABCαβγ")
      .compactMap { $0.sequencePattern.map { ($0.kind, $0.space) } }
    #expect(spaces.map(\.0) == [.lower, .digits, .upper, .unicode])
    #expect(spaces.map(\.1) == [26, 10, 26, 26])
  }
}
