import Testing

@testable import Guesswork

/// Properties every estimate keeps, whatever the password: tokens join to
/// the password, spans are contiguous, every part costs at least one guess,
/// and the same input always gives the same result.
@Suite struct EstimateInvariantsTests {
  static let passwords = [
    "", "a", "1", "\n", "1\n", "12345\n", "\r\n", "aa", "ab", "password", "P@ssw0rd!",
    "correct horse battery staple", "Tr0ub4dor&3", "13.10.2001", "1q2w3e4r5t",
    "abcabcabc", "zyxwvut", "1999born", "aaaaaaaaaaaaaaaaaaaa", "\u{0}\u{1}\u{2}",
    "😀😀😀", "🇩🇪🇫🇷", "İİİ", "\u{212A}\u{212A}", "e\u{301}e\u{301}", "\u{10FFFF}",
    String(repeating: "!@#$", count: 30), String(repeating: "4@8(", count: 40),
  ]

  @Test(arguments: passwords)
  func tokensJoinAndSpansAreContiguous(password: String) {
    let estimate = Fixture.estimator.estimate(password)
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.spansAreContiguous)
  }

  @Test(arguments: passwords)
  func everyPartCostsAtLeastOneGuess(password: String) {
    let estimate = Fixture.estimator.estimate(password)
    #expect(estimate.guesses >= 1)
    #expect(estimate.guesses.isFinite)
    for match in estimate.sequence {
      #expect(match.guesses >= 1, "\(match.pattern.name) at \(match.span)")
      #expect(match.guesses.isFinite, "\(match.pattern.name) at \(match.span)")
    }
  }

  @Test(arguments: passwords)
  func sameInputSameResult(password: String) {
    let first = Fixture.estimator.estimate(password, userInputs: ["alice"])
    let second = Fixture.estimator.estimate(password, userInputs: ["alice"])
    #expect(first.guesses == second.guesses)
    #expect(first.sequence == second.sequence)
    #expect(first.feedback == second.feedback)
  }

  @Test(arguments: passwords)
  func allMatchesStayInsideThePassword(password: String) {
    let scalars = Array(password.unicodeScalars)
    for match in Fixture.estimator.allMatches(in: password) {
      #expect(match.startIndex >= 0 && match.endIndex < scalars.count)
      #expect(match.guesses >= 1)
      let span = scalars[match.startIndex...match.endIndex]
      #expect(span.elementsEqual(match.token.unicodeScalars), "\(match.span)")
    }
  }

  // MARK: Edge inputs

  @Test func emptyPassword() {
    // zxcvbn 4.4.2: guesses 1, score 0, no sequence.
    let estimate = Fixture.estimator.estimate("")
    #expect(estimate.guesses == 1)
    #expect(estimate.guessesLog10 == 0)
    #expect(estimate.score == .tooGuessable)
    #expect(estimate.sequence.isEmpty)
    #expect(estimate.analyzedLength == 0)
    #expect(!estimate.isTruncated)
  }

  @Test(arguments: ["a", "1", "\n", "é", "😀"])
  func singleCharacter(password: String) {
    // One brute-force character: 11 guesses, plus 1 for a one-part sequence.
    let estimate = Fixture.estimator.estimate(password)
    #expect(estimate.guesses == 12)
    #expect(estimate.sequence.map(\.pattern) == [.bruteforce])
  }

  @Test func digitsFollowedByALineBreak() {
    // In JavaScript, ^\d{4,8}$ does not match "1234\n", so no date spans the
    // line break. (The Python port's $ matches before a final newline and
    // reports a date 0...4. Without that match its search gives the values
    // below.) "1234" is rank 7 of the passwords list, 50 as a part, plus
    // "\n": 2! × 50 × 11 + 10^4.
    let word = Fixture.estimator.estimate("1234\n")
    #expect(word.guesses == 11_100)
    #expect(word.sequence.map(\.pattern.name) == ["dictionary", "bruteforce"])
    // "1999" as a recent year, 50 as a part, plus "\n": the same total.
    let year = Fixture.estimator.estimate("1999\n")
    #expect(year.guesses == 11_100)
    #expect(year.sequence.map(\.pattern.name) == ["regex", "bruteforce"])
  }

  @Test func digitsAndLineBreakSeveralTimes() {
    let estimate = Fixture.estimator.estimate("12\n34\n56\n")
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.guesses >= 1)
  }
}
