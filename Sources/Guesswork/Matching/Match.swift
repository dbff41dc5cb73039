import Foundation

/// One guessable part of a password, as chosen by the estimator.
///
/// Spans count Unicode scalars and are closed: `startIndex...endIndex`. The
/// tokens of an estimate's sequence, joined in order, equal the password.
public struct Match: Sendable, Hashable {
  /// Offset of the first scalar of the part (zxcvbn's `i`).
  public let startIndex: Int
  /// Offset of the last scalar of the part, inclusive (zxcvbn's `j`).
  public let endIndex: Int
  /// The part of the password this match covers.
  public let token: String
  /// How the part can be guessed, with the details of that pattern.
  public let pattern: Pattern
  /// Estimated guesses needed to find this part on its own.
  public let guesses: Double

  /// Base-10 logarithm of `guesses`.
  public var guessesLog10: Double { log10(guesses) }

  /// Number of scalars the part covers.
  public var length: Int { endIndex - startIndex + 1 }
}
