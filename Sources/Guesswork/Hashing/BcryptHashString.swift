/// A parsed bcrypt hash in modular crypt format: `$2b$12$` + 22 salt + 31 hash characters.
public struct BcryptHashString: Sendable, Hashable {
  /// The prefix letter of a bcrypt hash.
  public enum Variant: String, Sendable, Hashable, CaseIterable {
    /// `$2a$`: the original prefix; hashes of passwords over 255 bytes differ between
    /// implementations, which Guesswork never produces because it rejects over 72 bytes.
    case a = "2a"
    /// `$2b$`: OpenBSD's corrected prefix (2014), used for every new hash.
    case b = "2b"
    /// `$2y$`: PHP's name for the corrected algorithm; it computes the same as `$2b$`.
    case y = "2y"
  }

  public let variant: Variant
  public let parameters: BcryptParameters

  /// Length of every bcrypt hash: 7 for `$2b$12$`, 22 for the salt, 31 for the hash.
  public static let length = 60
  static let alphabet = Array(
    "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

  /// Parses `text`, which must start with `$2a$`, `$2b$` or `$2y$`.
  ///
  /// `$2x$` (hashes made by the crypt_blowfish sign-extension bug) and `$2$`
  /// (the first, pre-1999 form) are rejected as unsupported.
  ///
  /// - Throws: `HashingError.malformedHash`, `.unsupportedAlgorithm`, or
  ///   `.parameterOutOfRange` for a cost outside 4...31.
  public init(parsing text: String) throws(HashingError) {
    let bytes = Array(text.utf8)
    let identifier = text.dropFirst().prefix { $0 != "$" }
    guard bytes.first == UInt8(ascii: "$"), let variant = Variant(rawValue: String(identifier))
    else {
      throw .unsupportedAlgorithm(identifier: "$\(identifier.prefix(32))$")
    }
    guard bytes.count == Self.length else {
      throw .malformedHash(.wrongLength(found: bytes.count, expected: Self.length))
    }
    let costDigits = bytes[4..<6]
    guard bytes[6] == UInt8(ascii: "$"), costDigits.allSatisfy(Self.isDigit) else {
      let found = String(decoding: costDigits, as: UTF8.self)
      throw .malformedHash(.invalidField(found: found, expected: "a two-digit cost"))
    }
    let cost = costDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    let parameters = BcryptParameters(cost: cost)
    try parameters.validate()
    try Self.checkEncoded(bytes[7..<29], field: "salt", unusedBits: 4)
    try Self.checkEncoded(bytes[29...], field: "hash", unusedBits: 2)
    self.variant = variant
    self.parameters = parameters
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// Checks bcrypt's own Base64 alphabet and that the last character's unused low bits are zero.
  private static func checkEncoded(_ field: ArraySlice<UInt8>, field name: String, unusedBits: Int)
    throws(HashingError)
  {
    var lastIndex = 0
    for byte in field {
      guard let index = alphabet.firstIndex(of: byte) else {
        throw .malformedHash(.invalidBase64(field: name))
      }
      lastIndex = index
    }
    guard lastIndex & ((1 << unusedBits) - 1) == 0 else {
      throw .malformedHash(.nonCanonicalCharacter(field: name))
    }
  }
}
