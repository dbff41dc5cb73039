/// A stored password hash, recognised by its identifier and parsed.
public enum StoredHash: Sendable, Hashable {
  case argon2(Argon2HashString)
  case bcrypt(BcryptHashString)

  /// Parses a stored hash in PHC (`$argon2…$`) or modular crypt (`$2a$`, `$2b$`, `$2y$`) form.
  ///
  /// Every character must be printable ASCII. That rejects NUL bytes, which would
  /// cut the string short in C, and whitespace left over from reading a file.
  /// Strings without a `$` identifier are rejected rather than passed to
  /// libxcrypt, which would read them as traditional DES settings.
  ///
  /// - Throws: `HashingError.malformedHash`, `.unsupportedAlgorithm` or `.parameterOutOfRange`.
  public init(parsing text: String) throws(HashingError) {
    guard !text.isEmpty else {
      throw .malformedHash(.empty)
    }
    guard text.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
      throw .malformedHash(.invalidCharacter)
    }
    let identifier = text.dropFirst().prefix { $0 != "$" }
    guard text.hasPrefix("$"), !identifier.isEmpty else {
      throw .malformedHash(.missingIdentifier)
    }
    if Argon2Variant(rawValue: String(identifier)) != nil {
      self = .argon2(try Argon2HashString(parsing: text))
    } else if BcryptHashString.Variant(rawValue: String(identifier)) != nil {
      self = .bcrypt(try BcryptHashString(parsing: text))
    } else {
      throw .unsupportedAlgorithm(identifier: "$\(identifier.prefix(32))$")
    }
  }

  /// The hash's identifier between the first two `$`, such as `argon2i` or `2b`.
  public var scheme: String {
    switch self {
    case .argon2(let hash): hash.variant.rawValue
    case .bcrypt(let hash): hash.variant.rawValue
    }
  }

  /// The algorithm family, which decides acceptance under a policy.
  public var algorithm: HashAlgorithm {
    switch self {
    case .argon2: .argon2id
    case .bcrypt: .bcrypt
    }
  }
}
