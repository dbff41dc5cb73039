import Testing

@testable import Guesswork

/// Known-answer vectors of crypt_blowfish, the bcrypt implementation inside libxcrypt.
///
/// Source: Openwall crypt_blowfish, `wrapper.c`, the `tests[]` table (public
/// domain), commit df3522f0. The salts `CCC…C.` and `XXX…XO` are those vectors'
/// fixed salts. The `$2a$` and `$2b$` prefixes compute the same for passwords of
/// 72 bytes or fewer, which is all that Guesswork accepts.
@Suite struct BcryptKnownAnswerTests {
  struct Vector: CustomTestStringConvertible, Sendable {
    let password: String
    let hash: String
    var testDescription: String { "'\(password)'" }
  }

  static let vectors: [Vector] = [
    Vector(password: "U*U", hash: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"),
    Vector(password: "U*U*", hash: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"),
    Vector(password: "U*U*U", hash: "$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a"),
    Vector(password: "", hash: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy"),
    // Exactly 72 bytes: 10 digits, 26 lowercase, 26 uppercase, 10 digits.
    Vector(
      password: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
      hash: "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"),
  ]

  @Test(arguments: vectors)
  func vectorVerifies(vector: Vector) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)

    #expect(try hasher.verify(vector.password, against: vector.hash))
  }

  @Test(arguments: vectors)
  func vectorVerifiesUnder2bAnd2yPrefixes(vector: Vector) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)
    let suffix = vector.hash.dropFirst(3)

    #expect(try hasher.verify(vector.password, against: "$2b" + suffix))
    #expect(try hasher.verify(vector.password, against: "$2y" + suffix))
  }

  @Test(arguments: vectors)
  func vectorRejectsOtherPassword(vector: Vector) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)
    let other = vector.password.isEmpty ? "U" : String(vector.password.dropLast())

    #expect(try !hasher.verify(other, against: vector.hash))
  }

  /// crypt_blowfish ignores bytes past the 72nd, so this password would match the
  /// 72-byte vector there; Guesswork rejects it instead of truncating it.
  @Test func passwordPast72BytesIsRejected() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)
    let password =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      + "chars after 72 are ignored"

    #expect(throws: HashingError.passwordTooLong(byteCount: 98, maximumByteCount: 72)) {
      try hasher.verify(
        password, against: "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui")
    }
  }
}
