import Foundation

/// The estimator's verdict on one password.
public struct Estimate: Sendable {
  /// The password that was estimated.
  public let password: String
  /// Estimated guesses to find the password, saturated at the largest
  /// finite double so that it is always a valid number.
  public let guesses: Double
  /// Strength from 0 to 4, derived from `guesses`.
  public let score: Score
  /// Time to find the password under four attack scenarios.
  public let crackTimes: CrackTimes
  /// Warning and suggestions for weak passwords.
  public let feedback: Feedback
  /// The cheapest split of the password into guessable parts.
  public let sequence: [Match]
  /// Number of leading scalars analysed exactly as zxcvbn does. Any rest is
  /// estimated by the long-input rules: two more windows of that length, then
  /// brute force.
  public let analyzedLength: Int

  /// Base-10 logarithm of `guesses`.
  public var guessesLog10: Double { log10(guesses) }

  /// `guessesLog10` rounded down to a whole number: the order of magnitude,
  /// for output that must not reveal the password. One decimal would still
  /// tell the ten most common passwords apart.
  public var coarseGuessesLog10: Double { guessesLog10.rounded(.down) }

  /// Crack times for 10^``coarseGuessesLog10`` guesses, for output that must
  /// not reveal the exact count.
  public var coarseCrackTimes: CrackTimes {
    CrackTimes(guesses: min(pow(10, coarseGuessesLog10), .greatestFiniteMagnitude))
  }

  /// Whether the password was longer than the analysed length.
  public var isTruncated: Bool { analyzedLength < password.unicodeScalars.count }
}
