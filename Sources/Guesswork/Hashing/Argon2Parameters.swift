/// Cost settings of Argon2: memory, passes over that memory, and lanes.
///
/// Bounds come from the Argon2 reference implementation (libargon2 20171227):
/// at least 8 KiB per lane, at least one pass, 1 to 2^24 - 1 lanes. The upper
/// memory bound is the caller's `HashingLimits`, usually the machine's memory.
public struct Argon2Parameters: Sendable, Hashable {
  /// Memory cost in KiB (the `m` field of a PHC string).
  public var memoryKiB: Int
  /// Number of passes over the memory (the `t` field).
  public var iterations: Int
  /// Number of lanes, which libargon2 also uses as the thread count (the `p` field).
  public var parallelism: Int

  public init(memoryKiB: Int, iterations: Int, parallelism: Int) {
    self.memoryKiB = memoryKiB
    self.iterations = iterations
    self.parallelism = parallelism
  }

  /// Allowed number of passes: libargon2 stores it as a 32-bit unsigned count.
  public static let iterationsRange = 1...Int(UInt32.max)
  /// Allowed number of lanes (`ARGON2_MIN_LANES`...`ARGON2_MAX_LANES`).
  public static let parallelismRange = 1...0xFF_FFFF
  /// Memory that each lane needs at least, in KiB (`ARGON2_MIN_MEMORY` is 8 × lanes).
  public static let minimumMemoryKiBPerLane = 8

  /// Checks every field against libargon2's bounds and `limits`.
  ///
  /// - Throws: `HashingError.parameterOutOfRange` for a value outside its range,
  ///   `HashingError.memoryExceedsLimit` when `memoryKiB` is above `limits.maximumMemoryKiB`.
  public func validate(limits: HashingLimits) throws(HashingError) {
    try HashingParameter.iterations.check(iterations, in: Self.iterationsRange)
    try HashingParameter.parallelism.check(parallelism, in: Self.parallelismRange)
    let minimumMemory = Self.minimumMemoryKiBPerLane * parallelism
    try HashingParameter.memoryKiB.check(
      memoryKiB, in: Self.minimumMemoryKiBPerLane...Int(UInt32.max))
    guard memoryKiB >= minimumMemory else {
      throw .memoryTooSmallForLanes(
        memoryKiB: memoryKiB, parallelism: parallelism, minimumKiB: minimumMemory)
    }
    guard memoryKiB <= limits.maximumMemoryKiB else {
      throw .memoryExceedsLimit(requestedKiB: memoryKiB, limitKiB: limits.maximumMemoryKiB)
    }
    try HashingParameter.iterations.check(iterations, in: 1...limits.maximumIterations)
    try HashingParameter.parallelism.check(parallelism, in: 1...limits.maximumParallelism)
  }
}

extension Argon2Parameters {
  /// 64 MiB, 3 passes, 1 lane: the default for new hashes.
  ///
  /// RFC 9106 section 4 recommends 64 MiB and 3 passes when memory is constrained
  /// (with 4 lanes); one lane keeps one hash on one core, so a server's cores
  /// serve concurrent logins.
  public static let recommended = Argon2Parameters(memoryKiB: 65536, iterations: 3, parallelism: 1)

  /// Weakest settings the OWASP Password Storage Cheat Sheet accepts, one per row.
  ///
  /// The sheet lists five configurations it calls equally strong, trading memory
  /// against passes, all with one lane: 46 MiB × 1, 19 MiB × 2, 12 MiB × 3,
  /// 9 MiB × 4 and 7 MiB × 5.
  public static let owaspMinimums = [
    Argon2Parameters(memoryKiB: 47104, iterations: 1, parallelism: 1),
    Argon2Parameters(memoryKiB: 19456, iterations: 2, parallelism: 1),
    Argon2Parameters(memoryKiB: 12288, iterations: 3, parallelism: 1),
    Argon2Parameters(memoryKiB: 9216, iterations: 4, parallelism: 1),
    Argon2Parameters(memoryKiB: 7168, iterations: 5, parallelism: 1),
  ]

  /// Whether these settings use at least the memory and passes of one OWASP row.
  public var meetsOWASPMinimum: Bool {
    Self.owaspMinimums.contains { memoryKiB >= $0.memoryKiB && iterations >= $0.iterations }
  }
}
