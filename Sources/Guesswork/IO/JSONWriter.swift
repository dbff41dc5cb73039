/// Builds compact JSON text by appending to a byte buffer.
///
/// It writes exactly the calls it receives: callers open and close objects and
/// arrays, and the writer inserts commas. Strings are escaped per RFC 8259;
/// non-finite numbers, which JSON cannot hold, are written as `null`.
public struct JSONWriter {
  /// The JSON text written so far, as UTF-8.
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  public init() {}

  /// Opens an object, as a value or as the value of `key`.
  public mutating func beginObject(_ key: String? = nil) {
    prefix(key)
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  public mutating func endObject() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "}"))
  }

  /// Opens an array, as a value or as the value of `key`.
  public mutating func beginArray(_ key: String? = nil) {
    prefix(key)
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  public mutating func endArray() {
    needsComma.removeLast()
    bytes.append(UInt8(ascii: "]"))
  }

  public mutating func string(_ value: String, key: String? = nil) {
    prefix(key)
    appendQuoted(value)
  }

  public mutating func number(_ value: Double, key: String? = nil) {
    prefix(key)
    guard value.isFinite else {
      bytes.append(contentsOf: "null".utf8)
      return
    }
    if value == value.rounded(), abs(value) < 1e15 {
      bytes.append(contentsOf: String(Int64(value)).utf8)
    } else {
      bytes.append(contentsOf: value.description.utf8)
    }
  }

  public mutating func integer(_ value: Int, key: String? = nil) {
    prefix(key)
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func bool(_ value: Bool, key: String? = nil) {
    prefix(key)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func null(key: String? = nil) {
    prefix(key)
    bytes.append(contentsOf: "null".utf8)
  }

  private mutating func prefix(_ key: String?) {
    if let last = needsComma.last {
      if last {
        bytes.append(UInt8(ascii: ","))
      }
      needsComma[needsComma.count - 1] = true
    }
    if let key {
      appendQuoted(key)
      bytes.append(UInt8(ascii: ":"))
    }
  }

  private mutating func appendQuoted(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    let isPlain = value.utf8.withContiguousStorageIfAvailable { utf8 in
      !utf8.contains(where: Self.needsEscaping)
    }
    if isPlain == true {
      bytes.append(contentsOf: value.utf8)
      bytes.append(UInt8(ascii: "\""))
      return
    }
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
      case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
      case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
      case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
      case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
      case 0..<0x20, 0x7F:
        bytes.append(contentsOf: #"\u00"#.utf8)
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private static func needsEscaping(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }
}
