#if canImport(Glibc)
  import Glibc
#endif

/// Random bytes from the kernel's cryptographically secure source.
///
/// glibc's `getentropy(3)` reads the `getrandom(2)` system call, blocking only
/// until the kernel's pool is first seeded; it serves at most 256 bytes per call.
enum SecureRandom {
  private static let maximumBytesPerCall = 256

  /// Returns `count` random bytes.
  ///
  /// - Throws: `HashingError.randomSourceFailed` with the `errno` of a failed call.
  static func bytes(count: Int) throws(HashingError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let length = min(count - filled, maximumBytesPerCall)
      let result = bytes.withUnsafeMutableBytes { buffer in
        getentropy(buffer.baseAddress.map { $0 + filled }, length)
      }
      guard result == 0 else {
        throw .randomSourceFailed(errno: errno)
      }
      filled += length
    }
    return bytes
  }
}
