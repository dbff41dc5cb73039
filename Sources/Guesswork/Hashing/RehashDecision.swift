/// Whether a stored hash should be replaced at the next successful login, and why.
public struct RehashDecision: Sendable, Hashable {
  /// Family of the stored hash (Argon2i and Argon2d count as `.argon2id`).
  public let algorithm: HashAlgorithm
  /// The stored hash's own identifier, such as `argon2i` or `2a`.
  public let scheme: String
  /// Every way the stored hash falls short of the policy, in a fixed order; empty when it meets it.
  public let reasons: [RehashReason]

  public init(algorithm: HashAlgorithm, scheme: String, reasons: [RehashReason]) {
    self.algorithm = algorithm
    self.scheme = scheme
    self.reasons = reasons
  }

  /// Whether the hash should be replaced.
  public var isRequired: Bool { !reasons.isEmpty }
}

/// One way a stored hash falls short of a hashing policy.
public enum RehashReason: Sendable, Hashable {
  /// The policy's accepted algorithms do not include the hash's family.
  case algorithmNotAccepted(HashAlgorithm)
  /// An older variant of an accepted family: Argon2i or Argon2d, bcrypt `$2a$` or `$2y$`.
  case legacyVariant(found: String, replacement: String)
  /// Argon2 version 16 (1.0), which RFC 9106 replaced with version 19 (1.3).
  case outdatedVersion(found: Int, replacement: Int)
  /// Argon2 memory below the policy's minimum, in KiB.
  case memoryBelow(found: Int, minimum: Int)
  /// Argon2 passes below the policy's minimum.
  case iterationsBelow(found: Int, minimum: Int)
  /// Argon2 lanes below the policy's minimum.
  case parallelismBelow(found: Int, minimum: Int)
  /// bcrypt cost below the policy's minimum.
  case costBelow(found: Int, minimum: Int)

  /// Stable snake_case name for machine-readable output.
  public var code: String {
    switch self {
    case .algorithmNotAccepted: "algorithm_not_accepted"
    case .legacyVariant: "legacy_variant"
    case .outdatedVersion: "outdated_version"
    case .memoryBelow: "memory_below"
    case .iterationsBelow: "iterations_below"
    case .parallelismBelow: "parallelism_below"
    case .costBelow: "cost_below"
    }
  }
}

extension RehashReason: CustomStringConvertible {
  public var description: String {
    switch self {
    case .algorithmNotAccepted(let algorithm):
      "the policy does not accept \(algorithm.rawValue) hashes"
    case .legacyVariant(let found, let replacement):
      "\(found) is a legacy variant; new hashes use \(replacement)"
    case .outdatedVersion(let found, let replacement):
      "Argon2 version \(found) is outdated; new hashes use version \(replacement)"
    case .memoryBelow(let found, let minimum):
      "memory \(found) KiB is below the policy's \(minimum) KiB"
    case .iterationsBelow(let found, let minimum):
      "iterations \(found) is below the policy's \(minimum)"
    case .parallelismBelow(let found, let minimum):
      "parallelism \(found) is below the policy's \(minimum)"
    case .costBelow(let found, let minimum):
      "cost \(found) is below the policy's \(minimum)"
    }
  }
}
