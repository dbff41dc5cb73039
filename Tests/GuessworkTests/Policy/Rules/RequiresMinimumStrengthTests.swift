import Testing

@testable import Guesswork

@Suite struct RequiresMinimumStrengthTests {
  @Test func scoreBelowMinimum() {
    // zxcvbn scores "password" 0: it is the second most common password.
    let rule = RequiresMinimumStrength(minimumScore: .safelyUnguessable)
    #expect(
      PolicyTestSupport.violations(rule, "password") == [
        .scoreTooLow(minimum: .safelyUnguessable, actual: .tooGuessable)
      ])
  }

  @Test func scoreAtMinimumPasses() {
    let rule = RequiresMinimumStrength(minimumScore: .tooGuessable)
    #expect(PolicyTestSupport.violations(rule, "password").isEmpty)
  }

  @Test func guessesBelowMinimum() {
    // "password" takes 3 guesses in zxcvbn 4.4.2 (rank 2, plus one), so its
    // log10 is about 0.48, below 1.
    let rule = RequiresMinimumStrength(minimumGuessesLog10: 1)
    let found = PolicyTestSupport.violations(rule, "password")
    #expect(found.count == 1)
    guard case .guessesTooLow(let minimum, let actual) = found.first else {
      Issue.record("expected guessesTooLow")
      return
    }
    #expect(minimum == 1)
    #expect(abs(actual - 0.477) < 0.001)
  }

  @Test func userDataLowersTheEstimate() {
    // Passed as user input, "zebrafish" costs one guess as a user-input word.
    let rule = RequiresMinimumStrength(minimumGuessesLog10: 3)
    let context = CheckContext(username: "zebrafish")
    #expect(PolicyTestSupport.violations(rule, "zebrafish").isEmpty)
    #expect(PolicyTestSupport.violations(rule, "zebrafish", context: context).count == 1)
  }
}
