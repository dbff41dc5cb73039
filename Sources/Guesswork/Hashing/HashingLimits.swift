#if canImport(Glibc)
  import Glibc
#endif

/// Upper bounds that protect the machine from absurd hashing parameters.
///
/// They apply to policies and to stored hashes alike. A stored hash claiming
/// `m=4294967295` is rejected before libargon2 tries to allocate 4 TiB, and
/// one claiming `t=4294967295` or bcrypt cost 31 is rejected before it ties up
/// a core for hours.
public struct HashingLimits: Sendable, Hashable {
  /// Maximum memory one Argon2 computation may use, in KiB.
  public var maximumMemoryKiB: Int
  /// Maximum Argon2 passes over the memory.
  public var maximumIterations: Int
  /// Maximum Argon2 lanes, which libargon2 also runs as threads.
  public var maximumParallelism: Int
  /// Maximum bcrypt cost (the base-2 logarithm of its rounds).
  public var maximumBcryptCost: Int

  public init(
    maximumMemoryKiB: Int,
    maximumIterations: Int = Argon2Parameters.iterationsRange.upperBound,
    maximumParallelism: Int = Argon2Parameters.parallelismRange.upperBound,
    maximumBcryptCost: Int = BcryptParameters.costRange.upperBound
  ) {
    self.maximumMemoryKiB = maximumMemoryKiB
    self.maximumIterations = maximumIterations
    self.maximumParallelism = maximumParallelism
    self.maximumBcryptCost = maximumBcryptCost
  }

  /// The largest values the hash formats can state (2^32 - 1 KiB and
  /// passes, 2^24 - 1 lanes, bcrypt cost 31).
  ///
  /// For checks that hash nothing, such as parsing and `needsRehash(_:under:)`.
  public static let formatMaximum = HashingLimits(maximumMemoryKiB: Int(UInt32.max))

  /// Limits for hashing on this machine: Argon2 memory up to its physical
  /// memory, at most 100 passes and 255 lanes, and bcrypt cost at most 18.
  ///
  /// The time limits are far above what any policy requires, so they only
  /// stop a hostile stored hash. OWASP's rows use at most 5 passes and 1
  /// lane, and bcrypt cost 18 takes an estimated 13 seconds where cost 12
  /// took 0.2 s on the benchmark machine.
  ///
  /// NOTE: reads physical memory only; a container's cgroup memory limit, which
  /// can be lower, is not consulted.
  public static var machine: HashingLimits {
    HashingLimits(
      maximumMemoryKiB: min(physicalMemoryKiB(), Int(UInt32.max)),
      maximumIterations: 100,
      maximumParallelism: 255,
      maximumBcryptCost: 18)
  }

  private static func physicalMemoryKiB() -> Int {
    let pages = sysconf(Int32(_SC_PHYS_PAGES))
    let pageSize = sysconf(Int32(_SC_PAGESIZE))
    // sysconf returns both values on Linux. The fallback only keeps other systems compiling.
    guard pages > 0, pageSize >= 1024 else {
      return Int(UInt32.max)
    }
    return pages * (pageSize / 1024)
  }
}
