import Testing

@testable import Guesswork

/// Expected feedback is the Python zxcvbn 4.5.0 port's `feedback` for the
/// same password (reference year 2017), with its English sentences mapped
/// to Guesswork's keys.
@Suite struct FeedbackAdvisorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let password: String
    let warning: FeedbackWarning?
    let suggestions: [FeedbackSuggestion]
    var testDescription: String { password }
  }

  static let cases: [Case] = [
    Case(password: "password", warning: .topTenPassword, suggestions: [.addAnotherWord]),
    Case(password: "trustno1", warning: .topHundredPassword, suggestions: [.addAnotherWord]),
    Case(password: "jordan23", warning: .veryCommonPassword, suggestions: [.addAnotherWord]),
    Case(
      password: "p4ssw0rd", warning: .similarToCommonPassword,
      suggestions: [.addAnotherWord, .substitutionsDoNotHelp]),
    Case(
      password: "drowssap", warning: .similarToCommonPassword,
      suggestions: [.addAnotherWord, .reversedWordsDoNotHelp]),
    Case(
      password: "Drowssap", warning: .similarToCommonPassword,
      suggestions: [.addAnotherWord, .capitalizationDoesNotHelp, .reversedWordsDoNotHelp]),
    Case(
      password: "Password", warning: .topTenPassword,
      suggestions: [.addAnotherWord, .capitalizationDoesNotHelp]),
    Case(
      password: "PINEAPPLE", warning: .veryCommonPassword,
      suggestions: [.addAnotherWord, .allUppercaseDoesNotHelp]),
    Case(password: "government", warning: .wordByItself, suggestions: [.addAnotherWord]),
    Case(password: "smith", warning: .namesByThemselves, suggestions: [.addAnotherWord]),
    Case(password: "johnsmith", warning: .commonNames, suggestions: [.addAnotherWord]),
    Case(
      password: "sdfghj", warning: .straightRowOfKeys,
      suggestions: [.addAnotherWord, .useLongerKeyboardPattern]),
    Case(
      password: "zxcvfr", warning: .shortKeyboardPattern,
      suggestions: [.addAnotherWord, .useLongerKeyboardPattern]),
    Case(
      password: "zzzzzzzzzzzz", warning: .repeatedCharacter,
      suggestions: [.addAnotherWord, .avoidRepeats]),
    Case(
      password: "abcabcabc", warning: .repeatedGroup,
      suggestions: [.addAnotherWord, .avoidRepeats]),
    Case(password: "jklmnop", warning: .sequence, suggestions: [.addAnotherWord, .avoidSequences]),
    Case(
      password: "1999", warning: .recentYear,
      suggestions: [.addAnotherWord, .avoidRecentYears, .avoidPersonalYears]),
    Case(
      password: "13.10.2001", warning: .date, suggestions: [.addAnotherWord, .avoidPersonalDates]),
    // A lone brute-force part has no warning, only the general suggestion.
    Case(password: "Xq3", warning: nil, suggestions: [.addAnotherWord]),
    // A l33t word that is not the only part: the warning depends on its
    // guesses (log10 ≤ 4), the l33t hint on the token.
    Case(
      password: "p4ssw0rd1987", warning: .similarToCommonPassword,
      suggestions: [.addAnotherWord, .substitutionsDoNotHelp]),
  ]

  @Test(arguments: cases)
  func feedbackForPassword(_ testCase: Case) {
    let feedback = Fixture.estimator.estimate(testCase.password).feedback
    #expect(feedback.warning == testCase.warning)
    #expect(feedback.suggestions == testCase.suggestions)
  }

  @Test func everyKeyIsReached() {
    let feedback =
      Self.cases.map { Fixture.estimator.estimate($0.password).feedback }
      + [Fixture.estimator.estimate("").feedback]
    let warnings = Set(feedback.compactMap(\.warning))
    let suggestions = Set(feedback.flatMap(\.suggestions))
    #expect(warnings == Set(FeedbackWarning.allCases))
    #expect(suggestions == Set(FeedbackSuggestion.allCases))
  }

  @Test func emptyPasswordGetsStartingAdvice() {
    let feedback = Fixture.estimator.estimate("").feedback
    #expect(feedback.warning == nil)
    #expect(feedback.suggestions == [.useSeveralWords, .noNeedForSymbols])
  }

  @Test(arguments: ["b7#kQ9zwx", "b7#kQ9zwx1", "correct horse battery staple", "Tr0ub4dor&3"])
  func strongPasswordsGetNoFeedback(password: String) {
    // Scores 3 and 4 get neither a warning nor suggestions.
    let estimate = Fixture.estimator.estimate(password)
    #expect(estimate.score >= .safelyUnguessable)
    #expect(estimate.feedback.warning == nil)
    #expect(estimate.feedback.suggestions.isEmpty)
  }

  @Test func scoreTwoStillGetsFeedback() {
    // "b7#kQ9zw" is 10^8 + 1 guesses: score 2, one step below "strong".
    let estimate = Fixture.estimator.estimate("b7#kQ9zw")
    #expect(estimate.score == .somewhatGuessable)
    #expect(estimate.feedback.suggestions == [.addAnotherWord])
  }

  @Test func firstOfTheLongestPartsDecides() {
    // "abcd1999" and "1999abcd" split into a sequence and a year of four
    // characters each. The first one decides the advice.
    #expect(Fixture.estimator.estimate("abcd1999").feedback.warning == .sequence)
    #expect(Fixture.estimator.estimate("1999abcd").feedback.warning == .recentYear)
  }

  @Test func longerLaterPartDecides() {
    let sequence = [
      match(0, 3, "abcd", .sequence(SequencePattern(kind: .lower, space: 26, isAscending: true))),
      match(
        4, 8, "aaaaa",
        .repeat(
          RepeatPattern(
            baseToken: "a", baseGuesses: 12, baseMatches: [], repeatCount: 5))),
    ]
    let feedback = FeedbackAdvisor.feedback(score: .tooGuessable, sequence: sequence)
    #expect(feedback.warning == .repeatedCharacter)
  }

  @Test func userInputWordHasNoWarning() {
    // Words from the caller's list are not named: there is no warning
    // that fits them.
    let estimate = Fixture.estimator.estimate("zq9x", userInputs: ["zq9x"])
    #expect(estimate.sequence.map(\.pattern.name) == ["dictionary"])
    #expect(estimate.feedback.warning == nil)
    #expect(estimate.feedback.suggestions == [.addAnotherWord])
  }

  @Test func l33tHintOnlyWhenASubstitutionIsUsed() {
    // The hint names substitutions, so a password without any must not
    // get it (and a plain common word gets no l33t hint).
    for password in ["password", "Password", "drowssap", "jordan23"] {
      let feedback = Fixture.estimator.estimate(password).feedback
      #expect(!feedback.suggestions.contains(.substitutionsDoNotHelp), "\(password)")
    }
  }

  @Test func weakPasswordsCarryAWarningOrAdvice() {
    // Every weak password gets at least one suggestion, so feedback is
    // never silent below score 3.
    for testCase in Self.cases {
      let estimate = Fixture.estimator.estimate(testCase.password)
      #expect(estimate.score < .safelyUnguessable)
      #expect(!estimate.feedback.suggestions.isEmpty, "\(testCase.password)")
    }
  }

  private func match(_ start: Int, _ end: Int, _ token: String, _ pattern: Pattern) -> Match {
    Match(startIndex: start, endIndex: end, token: token, pattern: pattern, guesses: 100)
  }
}
