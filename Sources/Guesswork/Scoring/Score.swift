/// Strength score from 0 (too guessable) to 4 (very unguessable).
///
/// The thresholds are zxcvbn's: fewer than 10³ guesses scores 0, fewer than
/// 10⁶ scores 1, fewer than 10⁸ scores 2, fewer than 10¹⁰ scores 3, and the
/// rest 4; each threshold carries a margin of 5 guesses.
public enum Score: Int, Sendable, Hashable, Comparable, CaseIterable {
  /// Risky: fewer than about 10³ guesses.
  case tooGuessable = 0
  /// Protects only from throttled online attacks: fewer than about 10⁶.
  case veryGuessable = 1
  /// Protects from unthrottled online attacks: fewer than about 10⁸.
  case somewhatGuessable = 2
  /// Moderate protection from offline slow-hash attacks: fewer than about 10¹⁰.
  case safelyUnguessable = 3
  /// Strong protection from offline slow-hash attacks.
  case veryUnguessable = 4

  /// Returns the score for a guess count.
  public init(guesses: Double) {
    let margin = 5.0
    switch guesses {
    case ..<(1e3 + margin): self = .tooGuessable
    case ..<(1e6 + margin): self = .veryGuessable
    case ..<(1e8 + margin): self = .somewhatGuessable
    case ..<(1e10 + margin): self = .safelyUnguessable
    default: self = .veryUnguessable
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
