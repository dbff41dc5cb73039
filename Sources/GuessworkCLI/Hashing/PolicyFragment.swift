import Guesswork

/// The `hashing` section of a policy file, as `hash tune` prints it for pasting.
enum PolicyFragment {
  /// Renders `policy` as `"hashing": {…}`, one field group per line.
  static func render(_ policy: HashingPolicy) -> String {
    let accepted = HashAlgorithm.allCases
      .filter(policy.acceptedAlgorithms.contains)
      .map { "\"\($0.rawValue)\"" }
      .joined(separator: ", ")
    let argon2 = policy.argon2id
    return """
      "hashing": {
        "algorithm": "\(policy.algorithm.rawValue)",
        "argon2id": {"memory_kib": \(argon2.memoryKiB), "iterations": \(argon2.iterations), \
      "parallelism": \(argon2.parallelism)},
        "bcrypt": {"cost": \(policy.bcrypt.cost)},
        "accept": [\(accepted)]
      }

      """
  }
}
