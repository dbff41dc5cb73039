/// The three Argon2 variants, named as in the PHC string identifier.
public enum Argon2Variant: String, Sendable, Hashable, CaseIterable {
  /// Data-independent memory access; the legacy choice before Argon2id.
  case argon2i
  /// Data-dependent memory access; vulnerable to side channels, meant for other uses.
  case argon2d
  /// The hybrid that RFC 9106 recommends for passwords.
  case argon2id
}

/// Versions of the Argon2 algorithm that libargon2 computes.
public enum Argon2Version: Int, Sendable, Hashable, Comparable {
  /// Version 1.0 (0x10), written as `v=16` or by leaving the `v=` field out.
  case v16 = 16
  /// Version 1.3 (0x13), written as `v=19`; the only version new hashes use.
  case v19 = 19

  public static func < (lhs: Argon2Version, rhs: Argon2Version) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
