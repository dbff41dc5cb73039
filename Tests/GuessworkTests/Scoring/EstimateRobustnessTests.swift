import Testing

@testable import Guesswork

/// Adversarial inputs finish with bounded work: only the first
/// `maximumAnalyzedLength` scalars are analysed pattern by pattern, a unit
/// repeated past them is scored as one repeat, and guesses saturate at the
/// largest double instead of overflowing.
@Suite struct EstimateRobustnessTests {
  static let cap = StrengthEstimator.defaultMaximumAnalyzedLength

  /// A fixed printable string that looks random: ASCII 33...126 stepped by
  /// a large prime.
  static func scrambled(_ count: Int) -> String {
    String((0..<count).map { Character(Unicode.Scalar(UInt8(33 + ($0 * 7919) % 94))) })
  }

  /// Printable ASCII from a linear congruential generator, so that no unit
  /// of 50 or fewer scalars repeats.
  static func pseudoRandom(_ count: Int, alphabet: String) -> String {
    let characters = Array(alphabet)
    var state: UInt32 = 12_345
    return String(
      (0..<count).map { _ in
        state = state &* 1_103_515_245 &+ 12_345
        return characters[Int(state >> 16) % characters.count]
      })
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let password: String
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(label: "10,000 scrambled characters", password: scrambled(10_000)),
    Case(label: "one character 5,000 times", password: String(repeating: "a", count: 5_000)),
    Case(
      label: "every l33t substitute",
      password: String(repeating: "4@8({[<3691!|70$5+%2", count: 500)),
    Case(label: "shifted symbols", password: String(repeating: "!@#$%^&*()", count: 1_000)),
    Case(label: "digits and line breaks", password: String(repeating: "1\n", count: 3_000)),
    Case(
      label: "base64 secret", password: String(repeating: "dGhpcyBpcyBub3QgYSBzZWNyZXQ=", count: 80)
    ),
    Case(label: "emoji", password: String(repeating: "😀🇩🇪", count: 2_000)),
  ]

  @Test(arguments: cases)
  func analysisStopsAtTheCap(_ testCase: Case) {
    let estimate = Fixture.estimator.estimate(testCase.password)
    #expect(estimate.analyzedLength == Self.cap)
    #expect(estimate.isTruncated)
  }

  /// Inputs in which no short unit repeats, so the long-input rule applies.
  static let nonRepeatingCases: [Case] = [
    Case(label: "10,000 scrambled characters", password: scrambled(10_000)),
    Case(
      label: "l33t substitutes in random order",
      password: pseudoRandom(10_000, alphabet: "4@8({[<3691!|70$5+%2")),
    Case(label: "random digits", password: pseudoRandom(10_000, alphabet: "0123456789")),
  ]

  @Test(arguments: cases + nonRepeatingCases)
  func partsStillJoinThePassword(_ testCase: Case) {
    let estimate = Fixture.estimator.estimate(testCase.password)
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.spansAreContiguous)
  }

  @Test(arguments: nonRepeatingCases)
  func tailIsOneBruteforcePart(_ testCase: Case) throws {
    // Every part but the last lies inside the analysed prefix or the tail
    // windows after it, (1 + tailWindowCount) × cap scalars in all. The last
    // is brute force and runs to the end of the password.
    let windowed = Self.cap * (1 + LongInputRule.tailWindowCount)
    let estimate = Fixture.estimator.estimate(testCase.password)
    let last = try #require(estimate.sequence.last)
    #expect(last.pattern == .bruteforce)
    #expect(last.endIndex == testCase.password.unicodeScalars.count - 1)
    #expect(last.startIndex <= windowed)
    #expect(estimate.sequence.dropLast().allSatisfy { $0.endIndex < windowed })
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.spansAreContiguous)
  }

  @Test(arguments: nonRepeatingCases)
  func guessesSaturate(_ testCase: Case) {
    // Each brute-force tail has over 9,000 scalars, so 10^length overflows
    // a double, and the estimate stays at the largest finite value.
    let estimate = Fixture.estimator.estimate(testCase.password)
    #expect(estimate.guesses == .greatestFiniteMagnitude)
    #expect(estimate.guessesLog10.isFinite)
    #expect(estimate.score == .veryUnguessable)
    #expect(estimate.crackTimes.scenarios.allSatisfy { $0.seconds.isFinite })
  }

  @Test(arguments: cases.filter { $0.label != "10,000 scrambled characters" })
  func repeatedUnitStaysWeakPastTheCap(_ testCase: Case) throws {
    // Each of these repeats a unit of at most 50 scalars to the end, so the
    // whole password is one repeat instead of a saturated brute-force tail.
    let estimate = Fixture.estimator.estimate(testCase.password)
    let only = try #require(estimate.sequence.first)
    #expect(estimate.sequence.count == 1)
    #expect(only.pattern.name == "repeat")
    #expect(only.endIndex == testCase.password.unicodeScalars.count - 1)
    #expect(estimate.guesses < 1e30)
  }

  @Test func longRunIsOneRepeat() {
    // "a" costs 12 guesses on its own (zxcvbn 4.5.0), so 5,000 copies cost
    // 12 × 5,000 = 60,000, plus 1 for a single part.
    let estimate = Fixture.estimator.estimate(String(repeating: "a", count: 5_000))
    #expect(estimate.sequence.map(\.pattern.name) == ["repeat"])
    #expect(estimate.sequence.map(\.span) == [Span(0, 4_999)])
    #expect(estimate.guesses == 60_001)
  }

  @Test func allMatchesStayInThePrefix() {
    let matches = Fixture.estimator.allMatches(in: Self.scrambled(10_000))
    #expect(matches.allSatisfy { $0.endIndex < Self.cap })
  }

  @Test func capOfOneStillEstimates() {
    let estimator = StrengthEstimator(
      profile: .zxcvbn, referenceYear: Fixture.referenceYear, maximumAnalyzedLength: 1)
    let estimate = estimator.estimate(Self.scrambled(500))
    #expect(estimate.analyzedLength == 1)
    #expect(estimate.sequence.map(\.span) == [Span(0, 499)])
    #expect(estimate.guesses == .greatestFiniteMagnitude)
  }
}
