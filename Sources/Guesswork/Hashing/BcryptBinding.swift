import CCrypt

#if canImport(Glibc)
  import Glibc
#endif

/// The calls into libxcrypt; no other file touches the C library.
///
/// Callers pass only settings that `BcryptHashString` or `makeSetting` produced,
/// so libxcrypt never falls back to traditional DES for a string without `$2b$`.
enum BcryptBinding {
  /// Builds a `$2b$` setting (prefix, cost and salt) from 16 random bytes.
  static func makeSetting(cost: Int, randomBytes: [UInt8]) throws(HashingError) -> String {
    var output = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
    errno = 0
    let result = crypt_gensalt_rn(
      "$2b$", UInt(cost), randomBytes, Int32(randomBytes.count), &output, Int32(output.count))
    guard result != nil else {
      throw failure(errno)
    }
    return String(decoding: output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Runs bcrypt on `password` with the salt and cost in `setting` and returns the 60-byte hash.
  ///
  /// The work area (`struct crypt_data`, 32 KiB) is zeroed before use, as
  /// libxcrypt requires, and again afterwards so no password-derived state stays in memory.
  static func crypt(_ password: String, setting: String) throws(HashingError) -> [UInt8] {
    let size = MemoryLayout<crypt_data>.size
    let workArea = UnsafeMutableRawPointer.allocate(
      byteCount: size, alignment: MemoryLayout<crypt_data>.alignment)
    workArea.initializeMemory(as: UInt8.self, repeating: 0, count: size)
    defer {
      explicit_bzero(workArea, size)
      workArea.deallocate()
    }
    errno = 0
    guard let result = crypt_rn(password, setting, workArea, Int32(size)) else {
      throw failure(errno)
    }
    let output = Array(UnsafeRawBufferPointer(start: result, count: strlen(result)))
    guard output.first != UInt8(ascii: "*") else {
      throw .libraryFailure(.libxcrypt, code: 0, detail: "crypt returned a failure token")
    }
    return output
  }

  private static func failure(_ code: Int32) -> HashingError {
    .libraryFailure(.libxcrypt, code: code, detail: String(cString: strerror(code)).lowercased())
  }
}
