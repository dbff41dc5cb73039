/// A parsed Argon2 PHC string: `$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>`.
///
/// Parsing follows the form that libargon2 20171227 writes and reads: the
/// fields `m`, `t`, `p` in that order, no `data=` or `keyid=`, and Base64
/// without padding. Parsing does not check memory against the machine; verifying does.
public struct Argon2HashString: Sendable, Hashable {
  public let variant: Argon2Variant
  public let version: Argon2Version
  public let parameters: Argon2Parameters
  public let saltByteCount: Int
  public let hashByteCount: Int

  /// Smallest salt libargon2 accepts (`ARGON2_MIN_SALT_LENGTH`).
  public static let minimumSaltByteCount = 8
  /// Smallest hash libargon2 accepts (`ARGON2_MIN_OUTLEN`).
  public static let minimumHashByteCount = 4

  /// Parses `text`, which must start with `$argon2i$`, `$argon2d$` or `$argon2id$`.
  ///
  /// - Throws: `HashingError.malformedHash` for a shape error, or
  ///   `HashingError.parameterOutOfRange` for a value libargon2 rejects.
  public init(parsing text: String) throws(HashingError) {
    var fields = text.split(separator: "$", omittingEmptySubsequences: false)[...]
    guard fields.popFirst() == "", let identifier = fields.popFirst() else {
      throw .malformedHash(.missingIdentifier)
    }
    guard let variant = Argon2Variant(rawValue: String(identifier)) else {
      throw .unsupportedAlgorithm(identifier: "$\(identifier.prefix(32))$")
    }
    self.variant = variant
    version = try Self.parseVersion(&fields)
    guard let parameterField = fields.popFirst() else {
      throw .malformedHash(.missingField("parameter"))
    }
    parameters = try Self.parseParameters(parameterField)
    try parameters.validate(limits: .formatMaximum)
    saltByteCount = try Self.parseBase64(
      fields.popFirst(), field: "salt", minimum: Self.minimumSaltByteCount)
    hashByteCount = try Self.parseBase64(
      fields.popFirst(), field: "hash", minimum: Self.minimumHashByteCount)
    guard fields.isEmpty else {
      throw .malformedHash(.trailingData)
    }
  }

  private static func parseVersion(_ fields: inout ArraySlice<Substring>) throws(HashingError)
    -> Argon2Version
  {
    guard let field = fields.first, field.hasPrefix("v=") else {
      return .v16
    }
    fields.removeFirst()
    let digits = field.dropFirst(2)
    guard let number = DecimalField.parse(digits), let version = Argon2Version(rawValue: number)
    else {
      throw .malformedHash(.unsupportedVersion(String(digits.prefix(12))))
    }
    return version
  }

  private static func parseParameters(_ field: Substring) throws(HashingError) -> Argon2Parameters {
    let expected = "'m=<KiB>,t=<passes>,p=<lanes>'"
    let parts = field.split(separator: ",", omittingEmptySubsequences: false)
    let names = ["m=", "t=", "p="]
    var values: [Int] = []
    for (part, name) in zip(parts, names) {
      guard part.hasPrefix(name), let value = DecimalField.parse(part.dropFirst(2)) else {
        throw .malformedHash(.invalidField(found: String(field.prefix(64)), expected: expected))
      }
      values.append(value)
    }
    guard parts.count == names.count else {
      throw .malformedHash(.invalidField(found: String(field.prefix(64)), expected: expected))
    }
    return Argon2Parameters(memoryKiB: values[0], iterations: values[1], parallelism: values[2])
  }

  private static func parseBase64(_ field: Substring?, field name: String, minimum: Int)
    throws(HashingError) -> Int
  {
    guard let field, !field.isEmpty else {
      throw .malformedHash(.missingField(name))
    }
    guard let count = PHCBase64.decodedByteCount(field) else {
      throw .malformedHash(.invalidBase64(field: name))
    }
    guard count >= minimum else {
      throw .malformedHash(.fieldTooShort(field: name, byteCount: count, minimumByteCount: minimum))
    }
    return count
  }
}

/// A PHC decimal: ASCII digits without a leading zero, fitting in 32 bits unsigned.
enum DecimalField {
  static func parse(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 10, text == "0" || !text.hasPrefix("0"),
      text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      let value = Int(text), value <= UInt32.max
    else {
      return nil
    }
    return value
  }
}
