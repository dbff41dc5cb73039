/// Details of a match of a fixed regular pattern.
public struct RegexPattern: Sendable, Hashable {
  /// Which pattern matched.
  public let kind: RegexKind
  /// The year a `recentYear` match spells.
  public let year: Int
}

/// Fixed regular patterns the estimator looks for.
public enum RegexKind: String, Sendable, Hashable {
  /// A year from 1900 to 2019, the range zxcvbn 4.4.2 searches.
  case recentYear = "recent_year"
}
