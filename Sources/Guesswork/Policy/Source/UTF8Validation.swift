/// Finds where a byte array stops being well-formed UTF-8.
enum UTF8Validation {
  /// Returns the offset of the first byte that starts an ill-formed sequence,
  /// or nil when all of `bytes` is well-formed UTF-8.
  ///
  /// Overlong forms, surrogates and values above U+10FFFF are ill-formed,
  /// as in the Unicode Standard's table of well-formed byte sequences.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var offset = 0
    while offset < bytes.count {
      guard let length = sequenceLength(in: bytes, at: offset) else {
        return offset
      }
      offset += length
    }
    return nil
  }

  private static func sequenceLength(in bytes: [UInt8], at offset: Int) -> Int? {
    let lead = bytes[offset]
    let secondRange: ClosedRange<UInt8>
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
    case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
    case 0xED: (length, secondRange) = (3, 0x80...0x9F)
    case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
    case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
    default: return nil
    }
    guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
      return nil
    }
    for continuation in bytes[(offset + 2)..<(offset + length)] where continuation & 0xC0 != 0x80 {
      return nil
    }
    return length
  }
}
