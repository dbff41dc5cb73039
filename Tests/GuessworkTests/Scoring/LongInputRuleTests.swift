import Testing

@testable import Guesswork

/// Passwords longer than the analysed length: the prefix is estimated
/// exactly and the rest becomes one brute-force part.
@Suite struct LongInputRuleTests {
  private func estimator(cap: Int) -> StrengthEstimator {
    StrengthEstimator(
      profile: .zxcvbn, referenceYear: Fixture.referenceYear, maximumAnalyzedLength: cap)
  }

  private func shape(_ estimate: Estimate) -> [String] {
    estimate.sequence.map { "\($0.pattern.name) \($0.startIndex)...\($0.endIndex)" }
  }

  @Test func passwordAtTheCapIsUnchanged() {
    // zxcvbn("abc#9z"): 2! × 50 × 1000 + 10^4 = 110000, [sequence, bruteforce].
    let estimate = estimator(cap: 6).estimate("abc#9z")
    #expect(estimate.guesses == 110_000)
    #expect(estimate.analyzedLength == 6)
    #expect(!estimate.isTruncated)
    #expect(shape(estimate) == ["sequence 0...2", "bruteforce 3...5"])
  }

  @Test func tailJoinsATrailingBruteforcePart() {
    // The prefix "abc#9z" ends in brute force 3...5, which absorbs the tail
    // "Qm4%": 2! × 50 × 10^7 + 10^4.
    let estimate = estimator(cap: 6).estimate("abc#9zQm4%")
    #expect(estimate.analyzedLength == 6)
    #expect(estimate.isTruncated)
    #expect(shape(estimate) == ["sequence 0...2", "bruteforce 3...9"])
    #expect(estimate.sequence.map(\.token) == ["abc", "#9zQm4%"])
    #expect(estimate.sequence.last?.guesses == 1e7)
    #expect(estimate.guesses == 1_000_010_000)
  }

  @Test func tailAfterAPatternIsANewPart() {
    // The prefix "password" is one dictionary part. The tail is a second.
    let estimate = estimator(cap: 8).estimate("passwordXy7#")
    #expect(shape(estimate) == ["dictionary 0...7", "bruteforce 8...11"])
    #expect(estimate.sequence.map(\.token) == ["password", "Xy7#"])
    #expect(estimate.sequence.last?.guesses == 10_000)
  }

  @Test func wholePrefixMatchGetsPartMinimum() {
    // As a whole password, "password" costs its rank, 2. Beside the tail it
    // is a part, so zxcvbn's minimum of 50 applies:
    // 2! × 50 × 10^4 + 10^4 = 1,010,000, as zxcvbn("passwordXy7#") gives.
    let estimate = estimator(cap: 8).estimate("passwordXy7#")
    #expect(estimate.sequence.first?.guesses == 50)
    #expect(estimate.guesses == 1_010_000)
  }

  @Test func singleCharacterPrefixGetsSingleCharacterMinimum() {
    // With the caller word "q", the prefix "q" is a dictionary match of rank
    // 1. Beside the tail "7!" it is a one-character part, so its minimum is
    // 10: 2! × 10 × 10^2 + 10^4 = 12,000. (zxcvbn, free to split the whole
    // password, would pick one brute-force part of 1,001 guesses; the rule
    // keeps the prefix's own split.)
    let estimate = estimator(cap: 1).estimate("q7!", userInputs: ["q"])
    #expect(shape(estimate) == ["dictionary 0...0", "bruteforce 1...2"])
    #expect(estimate.sequence.first?.guesses == 10)
    #expect(estimate.guesses == 12_000)
  }

  @Test func wholePasswordBeyondACapOfOne() {
    // The prefix "a" is brute force, so the whole password becomes one
    // brute-force part: 10^3 + 1.
    let estimate = estimator(cap: 1).estimate("a9%")
    #expect(shape(estimate) == ["bruteforce 0...2"])
    #expect(estimate.guesses == 1001)
  }

  @Test func longInputNeverCostsLessThanItsPrefix() {
    let cap = 12
    for password in ["correcthorse", "qwertyuiopas", "aaaaaaaaaaaa", "19871231abcd"] {
      let prefixOnly = estimator(cap: cap).estimate(password)
      let longer = estimator(cap: cap).estimate(password + "x1!Z")
      #expect(longer.guesses >= prefixOnly.guesses, "\(password)")
    }
  }

  @Test func tokensJoinAcrossTheCap() {
    // The cap falls inside the flag and after the emoji's first scalar run;
    // spans count scalars, so every token still joins to the password.
    let password = "pass😀word🇩🇪x1" + String(repeating: "é", count: 20)
    for cap in 1...14 {
      let estimate = estimator(cap: cap).estimate(password)
      #expect(estimate.tokensJoinPassword, "cap \(cap)")
      #expect(estimate.spansAreContiguous, "cap \(cap)")
    }
  }

  @Test func combineKeepsShortAnalyses() {
    let estimation = Estimation(context: Fixture.context())
    let analysis = estimation.analyze(PasswordText("abc#9z"))
    let scalars = PasswordText("abc#9z").scalars
    let combined = LongInputRule(scalars: scalars, analyzedLength: 6)
      .combine(analysis, tail: estimation)
    #expect(combined.guesses == analysis.guesses)
    #expect(combined.sequence == analysis.sequence)
  }
}
