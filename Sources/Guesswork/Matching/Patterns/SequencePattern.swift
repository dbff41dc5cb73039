/// Details of a run with a constant step between code points.
public struct SequencePattern: Sendable, Hashable {
  /// The alphabet the run stays in.
  public let kind: SequenceKind
  /// Size of that alphabet as zxcvbn counts it.
  public let space: Int
  /// Whether code points increase along the run.
  public let isAscending: Bool
}

/// Alphabets a sequence can run through.
public enum SequenceKind: String, Sendable, Hashable {
  /// ASCII lowercase letters only.
  case lower
  /// ASCII uppercase letters only.
  case upper
  /// ASCII digits only.
  case digits
  /// Anything else, such as Greek letters or mixed symbols.
  case unicode
}
