import Testing

@testable import Guesswork

@Suite struct BcryptHashStringTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let text: String
    let error: HashingError
    var testDescription: String { label }
  }

  /// The 22-character salt and 31-character hash of Openwall's "U*U" vector.
  static let salt = "CCCCCCCCCCCCCCCCCCCCC."
  static let tag = "E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"

  static let rejected: [Case] = [
    Case(
      label: "prefix only", text: "$2b$",
      error: .malformedHash(.wrongLength(found: 4, expected: 60))),
    Case(
      label: "setting only", text: "$2b$05$\(salt)",
      error: .malformedHash(.wrongLength(found: 29, expected: 60))),
    Case(
      label: "one extra character", text: "$2b$05$\(salt)\(tag)x",
      error: .malformedHash(.wrongLength(found: 61, expected: 60))),
    Case(
      label: "one-digit cost", text: "$2b$5$\(salt)\(tag)x",
      error: .malformedHash(.invalidField(found: "5$", expected: "a two-digit cost"))),
    Case(
      label: "letter in cost", text: "$2b$0a$\(salt)\(tag)",
      error: .malformedHash(.invalidField(found: "0a", expected: "a two-digit cost"))),
    Case(
      label: "cost 3", text: "$2b$03$\(salt)\(tag)",
      error: .parameterOutOfRange(.cost, value: 3, allowed: 4...31)),
    Case(
      label: "cost 32", text: "$2b$32$\(salt)\(tag)",
      error: .parameterOutOfRange(.cost, value: 32, allowed: 4...31)),
    Case(
      label: "standard Base64 in salt", text: "$2b$05$CCCCCCCCCCCCCCCCCCCC+.\(tag)",
      error: .malformedHash(.invalidBase64(field: "salt"))),
    Case(
      label: "dollar in hash", text: "$2b$05$\(salt)E5YPO9kmyuRGyh0XouQYb4YMJKvyOe$",
      error: .malformedHash(.invalidBase64(field: "hash"))),
    // Salt characters carry 6 bits. The 22nd carries 2 bits of data, so only
    // '.', 'O', 'e' and 'u' (values 0, 16, 32, 48) are canonical there.
    Case(
      label: "salt ends in C", text: "$2b$05$CCCCCCCCCCCCCCCCCCCCCC\(tag)",
      error: .malformedHash(.nonCanonicalCharacter(field: "salt"))),
    // The 31st hash character carries 4 bits of data, so its value must be a
    // multiple of 4 ('W' is 24, 'X' is 25).
    Case(
      label: "hash ends in X", text: "$2b$05$\(salt)E5YPO9kmyuRGyh0XouQYb4YMJKvyOeX",
      error: .malformedHash(.nonCanonicalCharacter(field: "hash"))),
    Case(
      label: "upper-case prefix", text: "$2B$05$\(salt)\(tag)",
      error: .unsupportedAlgorithm(identifier: "$2B$")),
  ]

  @Test(arguments: rejected)
  func rejectsWithError(testCase: Case) {
    #expect(throws: testCase.error) { try BcryptHashString(parsing: testCase.text) }
  }

  @Test(arguments: BcryptHashString.Variant.allCases)
  func parsesVariantAndCost(variant: BcryptHashString.Variant) throws {
    let parsed = try BcryptHashString(parsing: "$\(variant.rawValue)$31$\(Self.salt)\(Self.tag)")

    #expect(parsed.variant == variant)
    #expect(parsed.parameters.cost == 31)
  }

  @Test(arguments: [".", "O", "e", "u"])
  func acceptsEachCanonicalSaltEnding(ending: String) throws {
    let salt = String(Self.salt.dropLast()) + ending

    #expect(throws: Never.self) { try BcryptHashString(parsing: "$2b$04$\(salt)\(Self.tag)") }
  }
}
