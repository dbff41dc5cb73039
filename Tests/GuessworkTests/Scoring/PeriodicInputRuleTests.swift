import Testing

@testable import Guesswork

/// Long passwords that repeat one unit past the analysed length. Unit
/// guesses come from zxcvbn 4.5.0 with REFERENCE_YEAR = 2017:
/// zxcvbn("a") = 12, zxcvbn("ab") = 9, zxcvbn("password") = 3, and
/// zxcvbn("XYZ") = 79 with its sequence part at 78.
@Suite struct PeriodicInputRuleTests {
  private let estimator = StrengthEstimator(referenceYear: 2017)

  @Test func oneCharacterRepeatedIsWeak() {
    // Repeat of "a": 12 × 120 = 1,440 guesses, plus 1 for a single part.
    let estimate = estimator.estimate(String(repeating: "a", count: 120))
    #expect(estimate.guesses == 1_441)
    #expect(estimate.score == .veryGuessable)
    #expect(estimate.sequence.map(\.pattern.name) == ["repeat"])
    #expect(estimate.sequence.first?.endIndex == 119)
  }

  @Test func repeatedCommonPasswordIsWeak() {
    // 3 × 16 + 1 = 49 guesses, far below the 10^8 a strength rule asks.
    let estimate = estimator.estimate(String(repeating: "password", count: 16))
    #expect(estimate.guesses == 49)
    #expect(estimate.score == .tooGuessable)
  }

  @Test func textAfterTheCopiesJoinsAsParts() throws {
    // Repeat "ab" × 60 = 540, then "XYZ" as a part (78, above the minimum
    // of 50): 2! × 540 × 78 + 10^4 = 94,240.
    let estimate = estimator.estimate(String(repeating: "ab", count: 60) + "XYZ")
    #expect(estimate.guesses == 94_240)
    let shape = estimate.sequence.map { "\($0.pattern.name) \($0.startIndex)...\($0.endIndex)" }
    #expect(shape == ["repeat 0...119", "sequence 120...122"])
    #expect(estimate.sequence.map(\.token).joined() == String(repeating: "ab", count: 60) + "XYZ")
  }

  @Test func repeatInsideTheCapIsLeftToTheMatchers() {
    // 80 copies fit within the analysed length of 100, so zxcvbn's own
    // repeat match applies: 12 × 80 + 1.
    let estimate = estimator.estimate(String(repeating: "a", count: 80))
    #expect(estimate.guesses == 961)
  }

  @Test func passwordWithoutRepeatKeepsTheLongInputRule() {
    // No unit of 50 or fewer scalars repeats, so the brute-force tail stays.
    let text = EstimateRobustnessTests.pseudoRandom(
      150, alphabet: "abcdefghijklmnopqrstuvwxyz0123456789")
    let estimate = estimator.estimate("Q" + text)
    #expect(estimate.sequence.last?.pattern == .bruteforce)
    #expect(estimate.score == .veryUnguessable)
  }

  @Test(
    arguments: [
      ("abcabcabcab", 5, 3, 9),
      ("aaaa", 5, 1, 4),
      ("abab", 1, nil, nil),
      ("abcd", 5, nil, nil),
      ("x", 5, nil, nil),
      ("", 5, nil, nil),
    ] as [(String, Int, Int?, Int?)])
  func longestRepeatedPrefix(text: String, maximumUnit: Int, unit: Int?, length: Int?) {
    let run = PeriodicInputRule.longestRepeatedPrefix(
      text.unicodeScalars.map(\.value), maximumUnit: maximumUnit)
    #expect(run?.unit == unit)
    #expect(run?.length == length)
  }
}

/// Weak passwords padded past the analysed length. Expected values are
/// zxcvbn 4.5.0's for the whole password (max_length=300, REFERENCE_YEAR =
/// 2017), which the tail windows and the mended cuts reproduce here.
@Suite struct PaddedLongPasswordTests {
  private let estimator = StrengthEstimator(referenceYear: 2017)

  @Test(arguments: [
    // zxcvbn: [bruteforce "x", repeat "password" × 20], 10^4.1, score 1.
    ("x" + String(repeating: "password", count: 20), Score.veryGuessable),
    // zxcvbn: [repeat "iloveyou" × 2, repeat "1" × 100], score 1.
    (String(repeating: "iloveyou", count: 2) + String(repeating: "1", count: 100), .veryGuessable),
    // zxcvbn: [dictionary "summer", date "2024"…, repeat "!" × 100], score 3.
    ("Summer2024" + String(repeating: "!", count: 100), .safelyUnguessable),
    // zxcvbn: [repeat "a" × 99, repeat "b" × 99], score 2.
    (String(repeating: "a", count: 99) + String(repeating: "b", count: 99), .somewhatGuessable),
  ])
  func paddingDoesNotMakeItStrong(password: String, expected: Score) {
    let estimate = estimator.estimate(password)
    #expect(estimate.score == expected)
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.spansAreContiguous)
  }
}
