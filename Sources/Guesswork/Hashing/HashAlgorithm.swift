/// A password-hashing algorithm that Guesswork can produce new hashes with.
///
/// Stored hashes in older forms (Argon2i, Argon2d, bcrypt `$2a$` and `$2y$`) still
/// verify; they belong to the family of the case here and are reported as
/// legacy variants by `needsRehash(_:under:)`.
public enum HashAlgorithm: String, Sendable, Hashable, CaseIterable {
  /// Argon2id (RFC 9106), stored as a PHC string such as `$argon2id$v=19$m=65536,t=3,p=1$…`.
  case argon2id
  /// bcrypt, stored in modular crypt format such as `$2b$12$…` (60 characters).
  case bcrypt
}
