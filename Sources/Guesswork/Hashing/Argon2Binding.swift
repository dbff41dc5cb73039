import CArgon2

/// The calls into libargon2; no other file touches the C library.
enum Argon2Binding {
  /// Hashes `password` (its UTF-8 bytes) with Argon2id and returns the PHC string.
  static func hashEncoded(
    _ password: String,
    salt: [UInt8],
    parameters: Argon2Parameters,
    hashByteCount: Int
  ) throws(HashingError) -> String {
    let iterations = UInt32(parameters.iterations)
    let memory = UInt32(parameters.memoryKiB)
    let lanes = UInt32(parameters.parallelism)
    let capacity = argon2_encodedlen(
      iterations, memory, lanes, UInt32(salt.count), UInt32(hashByteCount), Argon2_id)
    var encoded = [CChar](repeating: 0, count: capacity)
    var password = password
    let status = password.withUTF8 { bytes in
      argon2id_hash_encoded(
        iterations, memory, lanes, bytes.baseAddress, bytes.count,
        salt, salt.count, hashByteCount, &encoded, capacity)
    }
    try check(status)
    let text = encoded.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: text, as: UTF8.self)
  }

  /// Verifies `password` against a PHC string; libargon2 compares the hashes in constant time.
  ///
  /// - Returns: true on a match, false on `ARGON2_VERIFY_MISMATCH`.
  static func verify(_ password: String, encoded: String, variant: Argon2Variant)
    throws(HashingError) -> Bool
  {
    var password = password
    let status = password.withUTF8 { bytes in
      argon2_verify(encoded, bytes.baseAddress, bytes.count, type(of: variant))
    }
    if status == ARGON2_VERIFY_MISMATCH.rawValue {
      return false
    }
    try check(status)
    return true
  }

  private static func type(of variant: Argon2Variant) -> argon2_type {
    switch variant {
    case .argon2i: Argon2_i
    case .argon2d: Argon2_d
    case .argon2id: Argon2_id
    }
  }

  private static func check(_ status: Int32) throws(HashingError) {
    guard status == ARGON2_OK.rawValue else {
      let detail = String(cString: argon2_error_message(status))
      throw .libraryFailure(.libargon2, code: status, detail: detail.lowercased())
    }
  }
}
