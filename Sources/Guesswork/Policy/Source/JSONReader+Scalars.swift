extension JSONReader {
  /// Parses a string starting at its opening quote.
  mutating func parseString() throws(PolicyError) -> String {
    advance()
    var scalars = String.UnicodeScalarView()
    var runStart = offset
    while true {
      guard let byte = peek() else {
        throw failure(.unexpectedEnd(expected: "'\"' to close the string"))
      }
      switch byte {
      case UInt8(ascii: "\""):
        scalars.append(
          contentsOf: String(decoding: bytes[runStart..<offset], as: UTF8.self).unicodeScalars)
        advance()
        return String(scalars)
      case UInt8(ascii: "\\"):
        scalars.append(
          contentsOf: String(decoding: bytes[runStart..<offset], as: UTF8.self).unicodeScalars)
        scalars.append(try parseEscape())
        runStart = offset
      case 0x00..<0x20:
        throw failure(.controlCharacterInString(UInt32(byte)))
      default:
        advance()
      }
    }
  }

  /// Parses one escape sequence starting at its backslash.
  private mutating func parseEscape() throws(PolicyError) -> Unicode.Scalar {
    let start = location
    advance()
    guard let byte = peek() else {
      throw failure(.unexpectedEnd(expected: "an escape sequence"))
    }
    let simple: [UInt8: Unicode.Scalar] = [
      UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/",
      UInt8(ascii: "b"): "\u{8}", UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "n"): "\n",
      UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
    ]
    if let scalar = simple[byte] {
      advance()
      return scalar
    }
    guard byte == UInt8(ascii: "u") else {
      throw PolicyError(.invalidEscape("\\" + currentCharacterDescription), at: start)
    }
    advance()
    let first = try parseHexQuad(escapeStart: start)
    switch first {
    case 0xD800...0xDBFF:
      return try parseLowSurrogate(after: first, escapeStart: start)
    case 0xDC00...0xDFFF:
      throw PolicyError(.loneSurrogate(Self.escapeText(first)), at: start)
    default:
      // Every value outside the surrogate range is a valid scalar.
      return Unicode.Scalar(first) ?? "\u{FFFD}"
    }
  }

  private mutating func parseLowSurrogate(
    after high: UInt32, escapeStart: SourceLocation
  ) throws(PolicyError) -> Unicode.Scalar {
    guard bytes[offset...].starts(with: Array("\\u".utf8)) else {
      throw PolicyError(.loneSurrogate(Self.escapeText(high)), at: escapeStart)
    }
    let lowStart = location
    advance()
    advance()
    let low = try parseHexQuad(escapeStart: lowStart)
    guard (0xDC00...0xDFFF).contains(low) else {
      throw PolicyError(.loneSurrogate(Self.escapeText(high)), at: escapeStart)
    }
    let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private mutating func parseHexQuad(escapeStart: SourceLocation) throws(PolicyError) -> UInt32 {
    var value: UInt32 = 0
    var digits = ""
    for _ in 0..<4 {
      guard let byte = peek(), let digit = Self.hexValue(byte) else {
        let found = peek() == nil ? "" : currentCharacterDescription
        throw PolicyError(.invalidEscape("\\u" + digits + found), at: escapeStart)
      }
      digits.append(Character(Unicode.Scalar(byte)))
      value = value << 4 | digit
      advance()
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private static func escapeText(_ value: UInt32) -> String {
    "\\u" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
  }

  /// Parses a number and returns its text as written.
  ///
  /// The grammar is RFC 8259's: an optional minus, an integer part without
  /// leading zeros, an optional fraction and an optional exponent.
  mutating func parseNumber() throws(PolicyError) -> String {
    let start = location
    let startOffset = offset
    if peek() == UInt8(ascii: "-") {
      advance()
    }
    guard let first = peek(), Self.isDigit(first) else {
      throw PolicyError(.invalidNumber(numberText(from: startOffset)), at: start)
    }
    advance()
    if first == UInt8(ascii: "0"), let next = peek(), Self.isDigit(next) {
      throw PolicyError(.invalidNumber(numberText(from: startOffset)), at: start)
    }
    skipDigits()
    if peek() == UInt8(ascii: ".") {
      advance()
      try requireDigits(numberStart: startOffset, at: start)
    }
    if let byte = peek(), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
      advance()
      if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        advance()
      }
      try requireDigits(numberStart: startOffset, at: start)
    }
    return String(decoding: bytes[startOffset..<offset], as: UTF8.self)
  }

  /// Consumes one or more digits, or throws for a number missing them.
  private mutating func requireDigits(numberStart: Int, at start: SourceLocation)
    throws(PolicyError)
  {
    guard let byte = peek(), Self.isDigit(byte) else {
      throw PolicyError(.invalidNumber(numberText(from: numberStart)), at: start)
    }
    skipDigits()
  }

  private mutating func skipDigits() {
    while let byte = peek(), Self.isDigit(byte) {
      advance()
    }
  }

  /// Returns the number-like text from `start` to the next delimiter, so that
  /// messages quote `01` or `1.` whole.
  private func numberText(from start: Int) -> String {
    var end = start
    let delimiters = Set(",]} \t\r\n".utf8)
    while end < bytes.count, !delimiters.contains(bytes[end]), end - start < 40 {
      end += 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
}
