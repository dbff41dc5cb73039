/// The sections of a policy file, one per rule family.
///
/// The raw value is the section's key in the file.
public enum PolicySection: String, Sendable, Hashable, CaseIterable, Comparable {
  case length
  case characterClasses = "character_classes"
  case characters
  case repeatedCharacters = "repeated_characters"
  case sequences
  case keyboardWalks = "keyboard_walks"
  case forbiddenSubstrings = "forbidden_substrings"
  case context
  case blocklist
  case strength
  case rotation
  case history
  case lockout
  case hashing

  public static func < (lhs: Self, rhs: Self) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}

/// Whether a failed rule rejects the password or is only reported.
public enum Enforcement: String, Sendable, Hashable, CaseIterable {
  /// A failure rejects the password.
  case enforce
  /// A failure is reported but does not reject, so that a stricter rule
  /// can be rolled out while its effect is watched.
  case warn
}
