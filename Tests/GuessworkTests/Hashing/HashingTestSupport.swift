@testable import Guesswork

/// Cheap parameters for tests that only need some valid hash: 1 MiB, 1 pass, 1 lane, bcrypt cost 4.
enum TestPolicies {
  static let fastArgon2 = Argon2Parameters(memoryKiB: 1024, iterations: 1, parallelism: 1)

  static let argon2id = HashingPolicy(
    algorithm: .argon2id, argon2id: fastArgon2, bcrypt: BcryptParameters(cost: 4),
    acceptedAlgorithms: [.argon2id, .bcrypt])

  static let bcrypt = HashingPolicy(
    algorithm: .bcrypt, argon2id: fastArgon2, bcrypt: BcryptParameters(cost: 4),
    acceptedAlgorithms: [.argon2id, .bcrypt])

  /// Limits of a machine with 1 GiB, so tests do not depend on the real machine.
  static let limits = HashingLimits(maximumMemoryKiB: 1 << 20)

  static func hasher(_ policy: HashingPolicy) throws -> PasswordHasher {
    try PasswordHasher(policy: policy, limits: limits)
  }
}
