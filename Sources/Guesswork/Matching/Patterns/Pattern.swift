/// The ways a part of a password can be guessed, one case per matcher.
public enum Pattern: Sendable, Hashable {
  /// A word from a ranked list, possibly reversed or with l33t substitutions.
  case dictionary(DictionaryPattern)
  /// A walk over adjacent keys of a keyboard layout.
  case spatial(SpatialPattern)
  /// A unit repeated two or more times.
  case `repeat`(RepeatPattern)
  /// Characters with a constant step between code points, such as `abc`.
  case sequence(SequencePattern)
  /// A match of a fixed regular pattern, such as a recent year.
  case regex(RegexPattern)
  /// A calendar date, with or without separators.
  case date(DatePattern)
  /// Characters guessed one by one when nothing cheaper fits.
  case bruteforce

  /// The name zxcvbn uses for this pattern in its results.
  public var name: String {
    switch self {
    case .dictionary: "dictionary"
    case .spatial: "spatial"
    case .repeat: "repeat"
    case .sequence: "sequence"
    case .regex: "regex"
    case .date: "date"
    case .bruteforce: "bruteforce"
    }
  }
}
