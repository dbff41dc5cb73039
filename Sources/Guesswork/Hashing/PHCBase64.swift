/// Unpadded standard Base64 as used by PHC strings for the salt and hash.
enum PHCBase64 {
  /// Returns how many bytes `text` encodes, or nil when it is not canonical unpadded Base64.
  ///
  /// Canonical means only the alphabet `A–Z a–z 0–9 + /`, no `=`, a length
  /// that is not 1 more than a multiple of 4, and zero in the unused low bits of
  /// the last character (so each byte string has exactly one encoding).
  static func decodedByteCount(_ text: Substring) -> Int? {
    var lastValue: UInt8 = 0
    for byte in text.utf8 {
      guard let value = sextet(byte) else {
        return nil
      }
      lastValue = value
    }
    let remainder = text.utf8.count % 4
    switch remainder {
    case 0:
      return text.utf8.count / 4 * 3
    case 2 where lastValue & 0b1111 == 0:
      return text.utf8.count / 4 * 3 + 1
    case 3 where lastValue & 0b11 == 0:
      return text.utf8.count / 4 * 3 + 2
    default:
      return nil
    }
  }

  private static func sextet(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): 62
    case UInt8(ascii: "/"): 63
    default: nil
    }
  }
}
