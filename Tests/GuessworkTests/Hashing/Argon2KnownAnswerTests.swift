import Testing

@testable import Guesswork

/// Known-answer vectors of the Argon2 reference implementation.
///
/// Argon2i vectors (v=19 and v=16): phc-winner-argon2, `src/test.c`, commit
/// 5d4f7552 (CC0 1.0 or Apache 2.0). Argon2id vectors: the reference
/// implementation's Argon2id set as reproduced in maandree/libar2 `test.c`
/// (ISC). Every vector uses the password "password" and the salt "somesalt"
/// unless its label names another. The 256 MiB and 1 GiB vectors are left out to
/// keep the suite light; the rest cost at most 64 MiB × 4 passes each.
@Suite struct Argon2KnownAnswerTests {
  struct Vector: CustomTestStringConvertible, Sendable {
    let label: String
    let password: String
    let encoded: String
    var testDescription: String { label }
  }

  static let vectors: [Vector] = [
    Vector(
      label: "argon2i v19 m=65536 t=2 p=1", password: "password",
      encoded:
        "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$wWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA"),
    Vector(
      label: "argon2i v19 m=256 t=2 p=1", password: "password",
      encoded: "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8"
    ),
    Vector(
      label: "argon2i v19 m=256 t=2 p=2", password: "password",
      encoded: "$argon2i$v=19$m=256,t=2,p=2$c29tZXNhbHQ$T/XOJ2mh1/TIpJHfCdQan76Q5esCFVoT5MAeIM1Oq2E"
    ),
    Vector(
      label: "argon2i v19 m=65536 t=1 p=1", password: "password",
      encoded:
        "$argon2i$v=19$m=65536,t=1,p=1$c29tZXNhbHQ$0WgHXE2YXhPr6uVgz4uUw7XYoWxRkWtvSsLaOsEbvs8"),
    Vector(
      label: "argon2i v19 differentpassword", password: "differentpassword",
      encoded:
        "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$FK6NoBr+qHAMI1jc73xTWNkCEoK9iGY6RWL1n7dNIu4"),
    Vector(
      label: "argon2i v19 salt diffsalt", password: "password",
      encoded:
        "$argon2i$v=19$m=65536,t=2,p=1$ZGlmZnNhbHQ$sDV8zPvvkfOGCw26RHsjSMvv7K2vmQq/6cxAcmxSEnE"),
    Vector(
      label: "argon2i v16 m=256 t=2 p=1", password: "password",
      encoded: "$argon2i$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY"),
    Vector(
      label: "argon2i v16 m=65536 t=2 p=1", password: "password",
      encoded: "$argon2i$m=65536,t=2,p=1$c29tZXNhbHQ$9sTbSlTio3Biev89thdrlKKiCaYsjjYVJxGAL3swxpQ"),
    Vector(
      label: "argon2id v19 m=65536 t=2 p=1", password: "password",
      encoded:
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"),
    Vector(
      label: "argon2id v19 m=256 t=2 p=1", password: "password",
      encoded:
        "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"),
    Vector(
      label: "argon2id v19 m=256 t=2 p=2", password: "password",
      encoded:
        "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc"),
    Vector(
      label: "argon2id v19 m=65536 t=4 p=1", password: "password",
      encoded:
        "$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQ$kCXUjmjvc5XMqQedpMTsOv+zyJEf5PhtGiUghW9jFyw"),
    Vector(
      label: "argon2id v19 differentpassword", password: "differentpassword",
      encoded:
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$C4TWUs9rDEvq7w3+J4umqA32aWKB1+DSiRuBfYxFj94"),
  ]

  @Test(arguments: vectors)
  func vectorVerifies(vector: Vector) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)

    #expect(try hasher.verify(vector.password, against: vector.encoded))
  }

  @Test(arguments: vectors)
  func vectorRejectsOtherPassword(vector: Vector) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)

    #expect(try !hasher.verify(vector.password + "x", against: vector.encoded))
  }

  /// The reference test's mismatch case: this hash is of "passwore", so "password" fails.
  @Test func referenceMismatchVectorFails() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let encoded =
      "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$8iIuixkI73Js3G1uMbezQXD0b8LG4SXGsOwoQkdAQIM"

    #expect(try !hasher.verify("password", against: encoded))
  }

  /// The reference test's decoding failures: a missing `$` before the salt or the hash.
  @Test(arguments: [
    "$argon2i$v=19$m=65536,t=2,p=1c29tZXNhbHQ$wWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA",
    "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQwWKIMhR9lyDFvRz9YTZweHKfbftvj+qf+YFY4NeBbtA",
  ])
  func referenceEncodingErrorsAreMalformed(encoded: String) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)

    #expect {
      try hasher.verify("password", against: encoded)
    } throws: { error in
      guard case .malformedHash = error as? HashingError else { return false }
      return true
    }
  }
}
