/// A verification path for unknown accounts that costs as much as a real one.
///
/// When a login names an account that does not exist, verify the password here
/// instead of returning at once. The work is a real verification against a hash
/// of a random secret made under the same policy, so the response time does not
/// reveal whether the account exists.
///
///     let decoy = try hasher.makeDecoy()                     // once, at start-up
///     let ok = try stored.map { try hasher.verify(password, against: $0) }
///       ?? decoy.verify(password)                            // always false
///
/// NOTE: the cost matches accounts whose stored hashes use the current policy.
/// Accounts still on older parameters or on bcrypt answer faster or slower, and
/// bcrypt hashes reject passwords over 72 bytes, until they are rehashed.
public struct DecoyVerifier: Sendable {
  private let hasher: PasswordHasher
  let decoyHash: String

  init(hasher: PasswordHasher) throws(HashingError) {
    let secret = try SecureRandom.bytes(count: 32)
    let hexDigits = Array("0123456789abcdef")
    let password = String(secret.flatMap { [hexDigits[Int($0 >> 4)], hexDigits[Int($0 & 0xF)]] })
    self.hasher = hasher
    self.decoyHash = try hasher.hash(password)
  }

  /// Runs a full verification of `password` and returns false.
  ///
  /// - Throws: the same password errors that a real verification under the
  ///   policy's algorithm throws, so those do not reveal the account either.
  public func verify(_ password: String) throws(HashingError) -> Bool {
    _ = try hasher.verify(password, against: decoyHash)
    return false
  }
}

extension PasswordHasher {
  /// Makes a decoy for unknown accounts; this costs one hash, so make it once and keep it.
  ///
  /// - Throws: `HashingError` when hashing fails.
  public func makeDecoy() throws(HashingError) -> DecoyVerifier {
    try DecoyVerifier(hasher: self)
  }
}
