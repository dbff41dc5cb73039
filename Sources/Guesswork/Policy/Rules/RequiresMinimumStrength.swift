/// Requires the strength estimator's score or guess count to reach a minimum.
///
/// The estimate is the same one `guesswork score` prints, computed with the
/// account's data as user inputs, so a password built from the user name
/// scores low. Scores run from 0 to 4 (zxcvbn's scale: 3 means about 10⁸ to
/// 10¹⁰ guesses); `minimum_guesses_log10` gives a finer threshold.
///
/// Failures: `score_too_low`, `guesses_too_low`.
public struct RequiresMinimumStrength: PasswordRule, Hashable {
  /// Lowest score accepted, or nil.
  public var minimumScore: Score?
  /// Lowest base-10 logarithm of the guess count accepted, or nil.
  public var minimumGuessesLog10: Double?

  public init(minimumScore: Score? = nil, minimumGuessesLog10: Double? = nil) {
    self.minimumScore = minimumScore
    self.minimumGuessesLog10 = minimumGuessesLog10
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    var found: [RuleViolation] = []
    let estimate = subject.estimate
    if let minimumScore, estimate.score < minimumScore {
      found.append(.scoreTooLow(minimum: minimumScore, actual: estimate.score))
    }
    if let minimumGuessesLog10, estimate.guessesLog10 < minimumGuessesLog10 {
      found.append(
        .guessesTooLow(minimumLog10: minimumGuessesLog10, actualLog10: estimate.guessesLog10))
    }
    return found
  }
}
