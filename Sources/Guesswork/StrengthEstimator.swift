import Foundation

/// Estimates how many guesses a password takes, zxcvbn style.
///
/// The estimator finds every guessable part of a password (dictionary words
/// with l33t and reversal, keyboard walks, repeats, sequences, years, dates),
/// chooses the cheapest sequence of parts covering it, and turns the guess
/// count into a score, crack times and feedback. With the `zxcvbn` profile
/// the results agree with zxcvbn 4.4.2 for passwords up to
/// `maximumAnalyzedLength` scalars.
///
///     let estimator = StrengthEstimator(referenceYear: 2026)
///     let estimate = estimator.estimate("Tr0ub4dor&3", userInputs: ["alice"])
///     print(estimate.score, estimate.guessesLog10)
///
/// Values are immutable and safe to share between threads; caller words
/// affect only the call they are passed to.
public struct StrengthEstimator: Sendable {
  /// Largest ``maximumAnalyzedLength``; larger values are lowered to it.
  public static let maximumAllowedAnalyzedLength = 10_000

  /// Default for ``maximumAnalyzedLength``.
  public static let defaultMaximumAnalyzedLength = 100

  /// The model: word lists, keyboards and substitutions.
  public let profile: ModelProfile
  /// Year that dates and recent years are measured from.
  public let referenceYear: Int
  /// Scalars analysed pattern by pattern; see ``estimate(_:userInputs:)``.
  public let maximumAnalyzedLength: Int

  /// Creates an estimator.
  ///
  /// - Parameters:
  ///   - profile: the model to use.
  ///   - referenceYear: the year dates are measured from; defaults to the
  ///     current year in UTC. Pin it to make results reproducible.
  ///   - maximumAnalyzedLength: how many leading scalars are analysed
  ///     exactly as zxcvbn does; kept within 1 and
  ///     ``maximumAllowedAnalyzedLength``.
  public init(
    profile: ModelProfile = .zxcvbn,
    referenceYear: Int? = nil,
    maximumAnalyzedLength: Int = defaultMaximumAnalyzedLength
  ) {
    // Clamped so that candidate spans fit the packed sort keys of `Estimation`.
    self.profile = profile
    self.referenceYear = referenceYear ?? Self.currentYear()
    self.maximumAnalyzedLength = min(
      max(maximumAnalyzedLength, 1), Self.maximumAllowedAnalyzedLength)
  }

  /// Estimates the guesses needed for a password.
  ///
  /// Passwords longer than ``maximumAnalyzedLength`` scalars are estimated
  /// in pieces: the leading scalars exactly as zxcvbn does, the next two
  /// windows of the same length without l33t matching (see
  /// `LongInputRule`), and the rest as one brute-force part. The total
  /// follows zxcvbn's formula for the joined sequence. When the password
  /// starts with copies of one unit that run past the analysed length, the
  /// copies are scored as one repeat instead, if that is cheaper (see
  /// `PeriodicInputRule`). This keeps the work bounded for any input length.
  ///
  /// - Parameters:
  ///   - password: the password; it is not stored anywhere but the result.
  ///   - userInputs: words that are weak for this user, such as their name
  ///     or email; matched case-insensitively and ranked in the order given.
  /// - Complexity: O(*c*²) in the capped length *c*, plus O(*n*) to read a
  ///   password of *n* scalars.
  public func estimate(_ password: String, userInputs: [String] = []) -> Estimate {
    let scalars = password.unicodeScalars.map(\.value)
    let analyzedLength = min(scalars.count, maximumAnalyzedLength)
    let context = makeContext(userInputs: userInputs)
    let estimation = Estimation(context: context)
    let combined = combinedAnalysis(
      scalars, analyzedLength: analyzedLength, estimation: estimation)
    let guesses = min(combined.guesses, .greatestFiniteMagnitude)
    let score = Score(guesses: guesses)
    return Estimate(
      password: password,
      guesses: guesses,
      score: score,
      crackTimes: CrackTimes(guesses: guesses),
      feedback: FeedbackAdvisor.feedback(score: score, sequence: combined.sequence),
      sequence: combined.sequence,
      analyzedLength: analyzedLength
    )
  }

  /// Applies the long-input rule and, for a password that repeats one unit
  /// past the analysed length, the periodic rule, keeping the cheaper.
  ///
  /// A password made entirely of copies of one unit skips the long-input
  /// rule: its brute-force tail multiplies the prefix by at least 10 per
  /// scalar, while further copies multiply the repeat only by their count.
  private func combinedAnalysis(
    _ scalars: [UInt32], analyzedLength: Int, estimation: Estimation
  ) -> Estimation.Analysis {
    var periodic: Estimation.Analysis?
    if analyzedLength < scalars.count {
      periodic = PeriodicInputRule(
        scalars: scalars, analyzedLength: analyzedLength, estimation: estimation
      ).estimate()
      if let periodic, periodic.sequence.count == 1 {
        return periodic
      }
    }
    let combined = LongInputRule.analyze(
      scalars, analyzedLength: analyzedLength, with: estimation)
    guard let periodic, periodic.guesses < combined.guesses else { return combined }
    return periodic
  }

  /// Returns every match the matchers find, not only the cheapest sequence.
  ///
  /// Policy rules use this to look for patterns anywhere in a password. The
  /// same length cap as ``estimate(_:userInputs:)`` applies.
  public func allMatches(in password: String, userInputs: [String] = []) -> [Match] {
    let scalars = password.unicodeScalars.map(\.value).prefix(maximumAnalyzedLength)
    let context = makeContext(userInputs: userInputs)
    return Estimation(context: context).allMatches(in: PasswordText(scalars: Array(scalars)))
  }

  private func makeContext(userInputs: [String]) -> MatchingContext {
    let words = userInputs.map { input in
      PasswordText.string(input.unicodeScalars.map { PasswordText.lowercase($0.value) })
    }
    let index =
      words.contains(where: { !$0.isEmpty })
      ? RankedWordIndex(rankedLists: [(.userInputs, words)]) : nil
    return MatchingContext(profile: profile, referenceYear: referenceYear, userInputs: index)
  }

  private static func currentYear() -> Int {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar.component(.year, from: Date())
  }
}
