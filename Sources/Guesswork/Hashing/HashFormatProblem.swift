/// What is wrong with a stored hash string that is not well formed.
///
/// Cases quote short structural fields (a cost, a parameter list) but never the
/// salt or hash bytes, which are secret-adjacent and long.
public enum HashFormatProblem: Sendable, Hashable {
  /// The string is empty.
  case empty
  /// The string holds a byte outside printable ASCII (such as NUL, a space or a non-ASCII letter).
  case invalidCharacter
  /// The string does not start with `$` and an identifier; traditional DES crypt is not supported.
  case missingIdentifier
  /// A `$`-separated field is missing, such as the salt or the hash.
  case missingField(String)
  /// A field has the wrong shape; `expected` describes the right one.
  case invalidField(found: String, expected: String)
  /// An Argon2 version other than 16 (`v=16` or no `v=`) or 19 (`v=19`).
  case unsupportedVersion(String)
  /// The salt or hash is not unpadded Base64 with zero bits after the last byte.
  case invalidBase64(field: String)
  /// The salt or hash decodes to fewer bytes than libargon2 accepts.
  case fieldTooShort(field: String, byteCount: Int, minimumByteCount: Int)
  /// Text follows the hash field.
  case trailingData
  /// A bcrypt hash whose length is not 60 characters.
  case wrongLength(found: Int, expected: Int)
  /// The last character of a bcrypt salt or hash sets bits that carry no data.
  case nonCanonicalCharacter(field: String)
}

extension HashFormatProblem: CustomStringConvertible {
  public var description: String {
    switch self {
    case .empty:
      "the hash is empty"
    case .invalidCharacter:
      "the hash contains a character outside printable ASCII"
    case .missingIdentifier:
      "the hash does not start with '$' and an algorithm identifier"
    case .missingField(let field):
      "the \(field) field is missing"
    case .invalidField(let found, let expected):
      "found '\(found)' where \(expected) belongs"
    case .unsupportedVersion(let version):
      "Argon2 version '\(version)' is not supported; expected 16 or 19"
    case .invalidBase64(let field):
      "the \(field) is not valid unpadded Base64"
    case .fieldTooShort(let field, let count, let minimum):
      "the \(field) is \(count) bytes; at least \(minimum) are required"
    case .trailingData:
      "text follows the hash field"
    case .wrongLength(let found, let expected):
      "the hash is \(found) characters long; bcrypt hashes are \(expected)"
    case .nonCanonicalCharacter(let field):
      "the last character of the \(field) sets unused bits, so no bcrypt implementation made it"
    }
  }
}
