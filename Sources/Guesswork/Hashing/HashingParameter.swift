/// A numeric hashing setting, named as in a policy file's `hashing` section.
public enum HashingParameter: String, Sendable, Hashable {
  /// Argon2 memory in KiB (`memory_kib`, `m` in a PHC string).
  case memoryKiB = "memory_kib"
  /// Argon2 passes (`iterations`, `t` in a PHC string).
  case iterations
  /// Argon2 lanes (`parallelism`, `p` in a PHC string).
  case parallelism
  /// bcrypt work factor (`cost`).
  case cost

  func check(_ value: Int, in range: ClosedRange<Int>) throws(HashingError) {
    guard range.contains(value) else {
      throw .parameterOutOfRange(self, value: value, allowed: range)
    }
  }
}
