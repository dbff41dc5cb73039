import Testing

@testable import Guesswork

@Suite struct StoredHashTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let text: String
    let error: HashingError
    var testDescription: String { label }
  }

  static let salt = "c29tZXNhbHRzb21lc2FsdA"
  static let tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"

  static let rejected: [Case] = [
    Case(label: "empty", text: "", error: .malformedHash(.empty)),
    Case(label: "leading space", text: " $2b$", error: .malformedHash(.invalidCharacter)),
    Case(label: "trailing newline", text: "$2b$04$x\n", error: .malformedHash(.invalidCharacter)),
    Case(label: "NUL inside", text: "$2b$\u{0}04$", error: .malformedHash(.invalidCharacter)),
    Case(label: "non-ASCII", text: "$argon2id$é", error: .malformedHash(.invalidCharacter)),
    Case(label: "DES setting", text: "ab01FAX.bQRSU", error: .malformedHash(.missingIdentifier)),
    Case(label: "dollar alone", text: "$", error: .malformedHash(.missingIdentifier)),
    Case(label: "empty identifier", text: "$$2b$04$", error: .malformedHash(.missingIdentifier)),
    Case(
      label: "MD5 crypt", text: "$1$saltsalt$hash",
      error: .unsupportedAlgorithm(identifier: "$1$")),
    Case(
      label: "SHA-512 crypt", text: "$6$rounds=5000$salt$hash",
      error: .unsupportedAlgorithm(identifier: "$6$")),
    Case(
      label: "yescrypt", text: "$y$j9T$salt$hash", error: .unsupportedAlgorithm(identifier: "$y$")),
    Case(label: "bcrypt 2x", text: "$2x$05$abc", error: .unsupportedAlgorithm(identifier: "$2x$")),
    Case(label: "bcrypt 2", text: "$2$05$abc", error: .unsupportedAlgorithm(identifier: "$2$")),
    Case(
      label: "argon2ds", text: "$argon2ds$v=16$m=8,t=1,p=1$x$y",
      error: .unsupportedAlgorithm(identifier: "$argon2ds$")),
    Case(
      label: "scrypt", text: "$scrypt$ln=16,r=8,p=1$a$b",
      error: .unsupportedAlgorithm(identifier: "$scrypt$")),
  ]

  @Test(arguments: rejected)
  func rejectsWithError(testCase: Case) {
    #expect(throws: testCase.error) { try StoredHash(parsing: testCase.text) }
  }

  @Test func recognisesArgon2Variants() throws {
    for variant in Argon2Variant.allCases {
      let parsed = try StoredHash(
        parsing: "$\(variant.rawValue)$v=19$m=8,t=1,p=1$\(Self.salt)$\(Self.tag)")
      #expect(
        parsed
          == .argon2(
            try Argon2HashString(
              parsing: "$\(variant.rawValue)$v=19$m=8,t=1,p=1$\(Self.salt)$\(Self.tag)")))
      #expect(parsed.algorithm == .argon2id)
    }
  }

  @Test func recognisesBcrypt() throws {
    let parsed = try StoredHash(
      parsing: "$2y$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")

    #expect(parsed.algorithm == .bcrypt)
    guard case .bcrypt(let bcrypt) = parsed else {
      Issue.record("expected a bcrypt hash, got \(parsed)")
      return
    }
    #expect(bcrypt.variant == .y)
    #expect(bcrypt.parameters.cost == 5)
  }
}
