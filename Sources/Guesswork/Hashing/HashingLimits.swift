#if canImport(Glibc)
  import Glibc
#endif

/// Upper bounds that protect the machine from absurd hashing parameters.
///
/// They apply to policies and to stored hashes alike, so a stored hash claiming
/// `m=4294967295` is rejected before libargon2 tries to allocate 4 TiB.
public struct HashingLimits: Sendable, Hashable {
  /// Most memory one Argon2 computation may use, in KiB.
  public var maximumMemoryKiB: Int

  public init(maximumMemoryKiB: Int) {
    self.maximumMemoryKiB = maximumMemoryKiB
  }

  /// The largest memory an Argon2 PHC string can state (2^32 - 1 KiB).
  ///
  /// For checks that hash nothing, such as parsing and `needsRehash(_:under:)`.
  public static let formatMaximum = HashingLimits(maximumMemoryKiB: Int(UInt32.max))

  /// Limits of this machine: Argon2 memory up to its physical memory.
  ///
  /// NOTE: reads physical memory only; a container's cgroup memory limit, which
  /// can be lower, is not consulted.
  public static var machine: HashingLimits {
    HashingLimits(maximumMemoryKiB: min(physicalMemoryKiB(), Int(UInt32.max)))
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
