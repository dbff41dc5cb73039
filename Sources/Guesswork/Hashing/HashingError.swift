/// An error from hashing, verifying or checking a stored hash.
///
/// Messages come from `description`. None of them contains a password, and a
/// message about a stored hash quotes only the offending field.
public enum HashingError: Error, Sendable, Hashable {
  /// A parameter lies outside what the algorithm or libargon2 allows.
  case parameterOutOfRange(HashingParameter, value: Int, allowed: ClosedRange<Int>)
  /// Argon2 memory below 8 KiB per lane, the least libargon2 accepts.
  case memoryTooSmallForLanes(memoryKiB: Int, parallelism: Int, minimumKiB: Int)
  /// Argon2 memory above `HashingLimits.maximumMemoryKiB`.
  case memoryExceedsLimit(requestedKiB: Int, limitKiB: Int)
  /// The policy makes new hashes with an algorithm it does not accept.
  case algorithmForNewHashesNotAccepted(HashAlgorithm)
  /// The stored hash is not a well-formed PHC or modular crypt string.
  case malformedHash(HashFormatProblem)
  /// The stored hash uses a scheme Guesswork does not verify, such as `$6$` (SHA-crypt).
  case unsupportedAlgorithm(identifier: String)
  /// bcrypt reads at most 72 bytes; longer passwords are rejected, never truncated.
  case passwordTooLong(byteCount: Int, maximumByteCount: Int)
  /// bcrypt's C interface ends a password at the first NUL byte, so NUL is rejected.
  case passwordContainsNUL
  /// The system's random source (`getrandom`) failed with this `errno`.
  case randomSourceFailed(errno: Int32)
  /// libargon2 or libxcrypt reported an error.
  case libraryFailure(HashingLibrary, code: Int32, detail: String)
}

extension HashingError {
  /// Stable snake_case name for machine-readable output.
  public var code: String {
    switch self {
    case .parameterOutOfRange: "parameter_out_of_range"
    case .memoryTooSmallForLanes: "memory_too_small_for_lanes"
    case .memoryExceedsLimit: "memory_exceeds_limit"
    case .algorithmForNewHashesNotAccepted: "algorithm_not_accepted"
    case .malformedHash: "malformed_hash"
    case .unsupportedAlgorithm: "unsupported_algorithm"
    case .passwordTooLong: "password_too_long"
    case .passwordContainsNUL: "password_contains_nul"
    case .randomSourceFailed: "random_source_failed"
    case .libraryFailure: "library_failure"
    }
  }
}

/// A system library that Guesswork calls for hashing.
public enum HashingLibrary: String, Sendable, Hashable {
  case libargon2
  case libxcrypt
}

extension HashingError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .parameterOutOfRange(let parameter, let value, let allowed):
      "\(parameter.rawValue) \(value) is out of range; "
        + "use \(allowed.lowerBound) to \(allowed.upperBound)"
    case .memoryTooSmallForLanes(let memory, let parallelism, let minimum):
      "memory_kib \(memory) is too small for \(parallelism) lanes: Argon2 needs 8 KiB per lane "
        + "(\(minimum) KiB); lower the parallelism or raise memory_kib"
    case .memoryExceedsLimit(let requested, let limit):
      "memory_kib \(requested) exceeds the limit of \(limit) KiB (this machine's memory); "
        + "use a smaller memory cost"
    case .algorithmForNewHashesNotAccepted(let algorithm):
      "new hashes use '\(algorithm.rawValue)', which the accepted algorithms do not include; "
        + "add it to the accepted list"
    case .malformedHash(let problem):
      "malformed stored hash: \(problem)"
    case .unsupportedAlgorithm(let identifier):
      "unsupported hash algorithm '\(identifier)'; supported: "
        + "$argon2id$, $argon2i$, $argon2d$, $2b$, $2a$, $2y$"
    case .passwordTooLong(let count, let maximum):
      "password is \(count) bytes in UTF-8, but bcrypt reads at most \(maximum); "
        + "use a shorter password or Argon2id"
    case .passwordContainsNUL:
      "password contains a NUL character, which bcrypt cannot hash; use Argon2id"
    case .randomSourceFailed(let code):
      "the system random source failed (errno \(code)); no salt was generated"
    case .libraryFailure(let library, let code, let detail):
      "\(library.rawValue) failed (code \(code)): \(detail)"
    }
  }
}
