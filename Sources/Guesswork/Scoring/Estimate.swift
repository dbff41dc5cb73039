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
  /// Number of leading scalars analysed pattern by pattern; the rest, if
  /// any, counts as one brute-force part.
  public let analyzedLength: Int

  /// Base-10 logarithm of `guesses`.
  public var guessesLog10: Double { log10(guesses) }

  /// `guessesLog10` rounded to one decimal: precise enough to compare
  /// strengths, too coarse to name a list position.
  public var roundedGuessesLog10: Double { (guessesLog10 * 10).rounded() / 10 }

  /// Crack times for the rounded guess count, for output that must not
  /// reveal the exact count.
  public var roundedCrackTimes: CrackTimes {
    CrackTimes(guesses: min(pow(10, roundedGuessesLog10), .greatestFiniteMagnitude))
  }

  /// Whether the password was longer than the analysed length.
  public var isTruncated: Bool { analyzedLength < password.unicodeScalars.count }
}
