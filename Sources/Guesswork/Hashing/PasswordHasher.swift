/// Hashes passwords under a hashing policy and verifies them against stored hashes.
///
/// Passwords are hashed as their UTF-8 bytes without Unicode normalisation, so
/// hashes agree byte for byte with other Argon2 and bcrypt implementations. An
/// application that wants NFKC or NFC normalises before calling.
///
///     let hasher = try PasswordHasher(policy: .recommended)
///     let stored = try hasher.hash(password)            // "$argon2id$v=19$m=65536,t=3,p=1$…"
///     let ok = try hasher.verify(password, against: stored)
///
/// - Complexity: each `hash` and `verify` costs one run of the algorithm at the
///   policy's or the stored hash's parameters (about 0.15 s at 64 MiB, 3 passes).
public struct PasswordHasher: Sendable {
  /// Salt length of new hashes: 128 bits, as RFC 9106 recommends and as bcrypt always uses.
  public static let saltByteCount = 16
  /// Length of new Argon2id hashes (256 bits), as RFC 9106 recommends.
  public static let argon2HashByteCount = 32
  /// bcrypt reads this many bytes of a password; Guesswork rejects longer ones.
  public static let bcryptMaximumPasswordBytes = 72

  /// Policy whose algorithm and parameters new hashes use.
  public let policy: HashingPolicy
  /// Bounds on the memory that a policy or a stored hash may ask for.
  public let limits: HashingLimits

  /// Creates a hasher after checking `policy` against `limits`.
  ///
  /// - Throws: `HashingError` for an invalid or absurd policy.
  public init(policy: HashingPolicy, limits: HashingLimits = .machine) throws(HashingError) {
    try policy.validate(limits: limits)
    self.policy = policy
    self.limits = limits
  }

  /// Hashes `password` with the policy's algorithm, parameters and a fresh random salt.
  ///
  /// - Throws: for bcrypt, `.passwordTooLong` above 72 UTF-8 bytes and
  ///   `.passwordContainsNUL`; `.randomSourceFailed` or `.libraryFailure` otherwise.
  public func hash(_ password: String) throws(HashingError) -> String {
    let salt = try SecureRandom.bytes(count: Self.saltByteCount)
    switch policy.algorithm {
    case .argon2id:
      return try Argon2Binding.hashEncoded(
        password, salt: salt, parameters: policy.argon2id, hashByteCount: Self.argon2HashByteCount)
    case .bcrypt:
      try Self.checkBcryptPassword(password)
      let setting = try BcryptBinding.makeSetting(cost: policy.bcrypt.cost, randomBytes: salt)
      return String(decoding: try BcryptBinding.crypt(password, setting: setting), as: UTF8.self)
    }
  }

  /// Checks `password` against `storedHash` in time that does not depend on where they differ.
  ///
  /// Argon2 hashes are compared by libargon2's constant-time comparison; bcrypt
  /// output is compared here with `ConstantTime.isEqual`. The stored hash is
  /// parsed first, so a malformed one is an error and never a silent mismatch.
  ///
  /// - Returns: true when the password matches.
  /// - Throws: `.malformedHash`, `.unsupportedAlgorithm`, `.parameterOutOfRange` or
  ///   `.memoryExceedsLimit` for the stored hash; for bcrypt hashes also the
  ///   password errors of `hash(_:)`.
  public func verify(_ password: String, against storedHash: String) throws(HashingError) -> Bool {
    switch try StoredHash(parsing: storedHash) {
    case .argon2(let parsed):
      try parsed.parameters.validate(limits: limits)
      return try Argon2Binding.verify(password, encoded: storedHash, variant: parsed.variant)
    case .bcrypt(let parsed):
      try HashingParameter.cost.check(parsed.parameters.cost, in: 4...limits.maximumBcryptCost)
      try Self.checkBcryptPassword(password)
      let output = try BcryptBinding.crypt(password, setting: storedHash)
      return ConstantTime.isEqual(output, storedHash.utf8)
    }
  }

  /// Decides whether `storedHash` should be replaced under this hasher's policy.
  ///
  /// - Throws: `HashingError` when the stored hash cannot be parsed.
  public func needsRehash(_ storedHash: String) throws(HashingError) -> RehashDecision {
    try Guesswork.needsRehash(storedHash, under: policy)
  }

  /// Rejects what bcrypt would silently mishandle: over 72 bytes (truncated) and NUL (cut short).
  static func checkBcryptPassword(_ password: String) throws(HashingError) {
    let byteCount = password.utf8.count
    guard byteCount <= bcryptMaximumPasswordBytes else {
      throw .passwordTooLong(byteCount: byteCount, maximumByteCount: bcryptMaximumPasswordBytes)
    }
    guard !password.utf8.contains(0) else {
      throw .passwordContainsNUL
    }
  }
}
