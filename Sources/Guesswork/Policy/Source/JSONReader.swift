/// Parses JSON text into `PolicyValue`s that remember where each value starts.
///
/// The parser follows RFC 8259 strictly: no comments, no trailing commas, no
/// leading zeros, no unescaped control characters in strings, no lone
/// surrogate escapes and no text after the value. It also rejects duplicate
/// keys, which RFC 8259 leaves open, because a policy with two `minimum`s
/// has no clear meaning. A UTF-8 byte order mark at the start is skipped.
/// It stops at the first syntax error.
///
///     let value = try JSONReader.parse(Array(#"{"version": 1}"#.utf8), file: "a.json")
///     // value.members?[0].keyLocation == a.json:1:2
///
/// - Complexity: O(*n*) in the length of the text.
public struct JSONReader {
  /// Deepest nesting of objects and arrays accepted.
  public static let maximumDepth = 64

  let bytes: [UInt8]
  let file: String
  var offset = 0
  var line = 1
  var column = 1
  private var depth = 0

  private init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
  }

  /// Parses one JSON document.
  ///
  /// - Parameters:
  ///   - bytes: the document as UTF-8.
  ///   - file: the name locations carry.
  /// - Throws: `PolicyError` with one problem at the first syntax error.
  public static func parse(_ bytes: [UInt8], file: String) throws(PolicyError) -> PolicyValue {
    var reader = JSONReader(bytes: bytes, file: file)
    return try reader.parseDocument()
  }

  private mutating func parseDocument() throws(PolicyError) -> PolicyValue {
    if let invalidOffset = UTF8Validation.firstInvalidOffset(in: bytes) {
      while offset < invalidOffset {
        advance()
      }
      throw failure(.invalidUTF8)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      offset = 3
    }
    skipWhitespace()
    guard offset < bytes.count else {
      throw failure(.emptyDocument)
    }
    let value = try parseValue()
    skipWhitespace()
    guard offset == bytes.count else {
      throw failure(.trailingContent)
    }
    return value
  }

  // MARK: Values

  private mutating func parseValue() throws(PolicyError) -> PolicyValue {
    let start = location
    guard let byte = peek() else {
      throw failure(.unexpectedEnd(expected: "a value"))
    }
    switch byte {
    case UInt8(ascii: "{"):
      return PolicyValue(.object(try parseObject()), at: start)
    case UInt8(ascii: "["):
      return PolicyValue(.array(try parseArray()), at: start)
    case UInt8(ascii: "\""):
      return PolicyValue(.string(try parseString()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return PolicyValue(.number(try parseNumber()), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return PolicyValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return PolicyValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return PolicyValue(.null, at: start)
    default:
      throw unexpected(expected: "a value")
    }
  }

  private mutating func parseObject() throws(PolicyError) -> [PolicyMember] {
    try enterNesting()
    advance()
    var members: [PolicyMember] = []
    var keys: Set<String> = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      advance()
      depth -= 1
      return members
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else {
        throw peek() == UInt8(ascii: "}")
          ? failure(.trailingComma) : unexpected(expected: "a key in double quotes")
      }
      let keyLocation = location
      let key = try parseString()
      guard keys.insert(key).inserted else {
        throw PolicyError(.duplicateKey(key), at: keyLocation)
      }
      skipWhitespace()
      try expect(":", describedAs: "':' after the key")
      skipWhitespace()
      members.append(PolicyMember(key: key, keyLocation: keyLocation, value: try parseValue()))
      skipWhitespace()
      if try endOfContainer(closing: "}") {
        depth -= 1
        return members
      }
    }
  }

  private mutating func parseArray() throws(PolicyError) -> [PolicyValue] {
    try enterNesting()
    advance()
    var elements: [PolicyValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      advance()
      depth -= 1
      return elements
    }
    while true {
      skipWhitespace()
      if peek() == UInt8(ascii: "]") {
        throw failure(.trailingComma)
      }
      elements.append(try parseValue())
      skipWhitespace()
      if try endOfContainer(closing: "]") {
        depth -= 1
        return elements
      }
    }
  }

  /// Consumes `,` and returns false, or consumes the closing bracket and
  /// returns true.
  private mutating func endOfContainer(closing: Unicode.Scalar) throws(PolicyError) -> Bool {
    switch peek() {
    case UInt8(ascii: ","):
      advance()
      return false
    case UInt8(ascii: closing):
      advance()
      return true
    case nil:
      throw failure(.unexpectedEnd(expected: "',' or '\(closing)'"))
    default:
      throw unexpected(expected: "',' or '\(closing)'")
    }
  }

  private mutating func enterNesting() throws(PolicyError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw failure(.nestingTooDeep(limit: Self.maximumDepth))
    }
  }

  private mutating func expectLiteral(_ literal: String) throws(PolicyError) {
    for expected in literal.utf8 {
      guard peek() == expected else {
        throw peek() == nil
          ? failure(.unexpectedEnd(expected: "'\(literal)'"))
          : unexpected(expected: "'\(literal)'")
      }
      advance()
    }
  }

  private mutating func expect(_ scalar: Unicode.Scalar, describedAs description: String)
    throws(PolicyError)
  {
    guard peek() == UInt8(ascii: scalar) else {
      throw peek() == nil
        ? failure(.unexpectedEnd(expected: description)) : unexpected(expected: description)
    }
    advance()
  }

  // MARK: Position

  var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

  func peek() -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  /// Moves past one byte, counting lines and scalars.
  mutating func advance() {
    let byte = bytes[offset]
    offset += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  private mutating func skipWhitespace() {
    while let byte = peek(), [0x20, 0x09, 0x0A, 0x0D].contains(byte) {
      advance()
    }
  }

  func failure(_ kind: PolicyProblemKind) -> PolicyError {
    PolicyError(kind, at: location)
  }

  /// Returns an error for the character at the current position, or for the
  /// end of the text. Comments get their own message because they are the
  /// most common mistake in hand-written JSON.
  func unexpected(expected: String) -> PolicyError {
    guard offset < bytes.count else {
      return failure(.unexpectedEnd(expected: expected))
    }
    let rest = bytes[offset...]
    if rest.starts(with: Array("//".utf8)) || rest.starts(with: Array("/*".utf8)) {
      return failure(.commentNotAllowed)
    }
    return failure(.unexpectedCharacter(found: currentCharacterDescription, expected: expected))
  }

  /// The character at the current offset, decoded whole from UTF-8, or its
  /// code as `U+XXXX` when it is a control character.
  var currentCharacterDescription: String {
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 {
      end += 1
    }
    let text = String(decoding: bytes[offset..<end], as: UTF8.self)
    guard let scalar = text.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F else {
      return "U+" + String(UInt32(bytes[offset]), radix: 16, uppercase: true).leftPadded(to: 4)
    }
    return text
  }
}

extension String {
  func leftPadded(to length: Int) -> String {
    count >= length ? self : String(repeating: "0", count: length - count) + self
  }
}
