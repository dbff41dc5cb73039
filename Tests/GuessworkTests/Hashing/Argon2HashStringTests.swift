import Testing

@testable import Guesswork

@Suite struct Argon2HashStringTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let text: String
    let error: HashingError
    var testDescription: String { label }
  }

  /// "somesaltsomesalt" (16 bytes) and a 32-byte hash, both canonical Base64.
  static let salt = "c29tZXNhbHRzb21lc2FsdA"
  static let tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
  static let expectedFields = "'m=<KiB>,t=<passes>,p=<lanes>'"

  static func hash(_ parameters: String, version: String = "v=19$") -> String {
    "$argon2id$\(version)\(parameters)$\(salt)$\(tag)"
  }

  static func invalidFields(_ found: String) -> HashingError {
    .malformedHash(.invalidField(found: found, expected: expectedFields))
  }

  static let rejected: [Case] = [
    Case(label: "no fields", text: "$argon2id", error: .malformedHash(.missingField("parameter"))),
    Case(
      label: "only version", text: "$argon2id$v=19",
      error: .malformedHash(.missingField("parameter"))),
    Case(
      label: "version 17", text: hash("m=8,t=1,p=1", version: "v=17$"),
      error: .malformedHash(.unsupportedVersion("17"))),
    Case(
      label: "version 019", text: hash("m=8,t=1,p=1", version: "v=019$"),
      error: .malformedHash(.unsupportedVersion("019"))),
    Case(
      label: "version text", text: hash("m=8,t=1,p=1", version: "v=x$"),
      error: .malformedHash(.unsupportedVersion("x"))),
    Case(label: "fields reordered", text: hash("t=1,m=8,p=1"), error: invalidFields("t=1,m=8,p=1")),
    Case(label: "field missing", text: hash("m=8,t=1"), error: invalidFields("m=8,t=1")),
    Case(
      label: "extra field", text: hash("m=8,t=1,p=1,data=abc"),
      error: invalidFields("m=8,t=1,p=1,data=abc")),
    Case(label: "semicolons", text: hash("m=8;t=1;p=1"), error: invalidFields("m=8;t=1;p=1")),
    Case(label: "leading zero", text: hash("m=08,t=1,p=1"), error: invalidFields("m=08,t=1,p=1")),
    Case(label: "negative", text: hash("m=8,t=-1,p=1"), error: invalidFields("m=8,t=-1,p=1")),
    Case(label: "plus sign", text: hash("m=+8,t=1,p=1"), error: invalidFields("m=+8,t=1,p=1")),
    Case(
      label: "above 32 bits", text: hash("m=4294967296,t=1,p=1"),
      error: invalidFields("m=4294967296,t=1,p=1")),
    Case(
      label: "zero passes", text: hash("m=8,t=0,p=1"),
      error: .parameterOutOfRange(
        .iterations, value: 0, allowed: Argon2Parameters.iterationsRange)),
    Case(
      label: "zero lanes", text: hash("m=8,t=1,p=0"),
      error: .parameterOutOfRange(
        .parallelism, value: 0, allowed: Argon2Parameters.parallelismRange)),
    Case(
      label: "memory below 8 per lane", text: hash("m=15,t=1,p=2"),
      error: .memoryTooSmallForLanes(memoryKiB: 15, parallelism: 2, minimumKiB: 16)),
    Case(
      label: "salt missing", text: "$argon2id$v=19$m=8,t=1,p=1",
      error: .malformedHash(.missingField("salt"))),
    Case(
      label: "salt empty", text: "$argon2id$v=19$m=8,t=1,p=1$$\(tag)",
      error: .malformedHash(.missingField("salt"))),
    Case(
      label: "hash missing", text: "$argon2id$v=19$m=8,t=1,p=1$\(salt)",
      error: .malformedHash(.missingField("hash"))),
    Case(
      label: "hash empty", text: "$argon2id$v=19$m=8,t=1,p=1$\(salt)$",
      error: .malformedHash(.missingField("hash"))),
    Case(
      label: "salt of 7 bytes", text: "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbA$\(tag)",
      error: .malformedHash(.fieldTooShort(field: "salt", byteCount: 7, minimumByteCount: 8))),
    Case(
      label: "hash of 3 bytes", text: "$argon2id$v=19$m=8,t=1,p=1$\(salt)$AAAA",
      error: .malformedHash(.fieldTooShort(field: "hash", byteCount: 3, minimumByteCount: 4))),
    Case(
      label: "padded salt", text: "$argon2id$v=19$m=8,t=1,p=1$\(salt)==$\(tag)",
      error: .malformedHash(.invalidBase64(field: "salt"))),
    Case(
      label: "URL-safe hash", text: "$argon2id$v=19$m=8,t=1,p=1$\(salt)$CTFh-dXP_O1a",
      error: .malformedHash(.invalidBase64(field: "hash"))),
    Case(
      label: "text after hash", text: "\(hash("m=8,t=1,p=1"))$extra",
      error: .malformedHash(.trailingData)),
  ]

  @Test(arguments: rejected)
  func rejectsWithError(testCase: Case) {
    #expect(throws: testCase.error) { try Argon2HashString(parsing: testCase.text) }
  }

  @Test func parsesEveryField() throws {
    let parsed = try Argon2HashString(parsing: Self.hash("m=65536,t=3,p=4"))

    #expect(parsed.variant == .argon2id)
    #expect(parsed.version == .v19)
    #expect(parsed.parameters == Argon2Parameters(memoryKiB: 65536, iterations: 3, parallelism: 4))
    #expect(parsed.saltByteCount == 16)
    #expect(parsed.hashByteCount == 32)
  }

  @Test func missingVersionMeansVersion16() throws {
    let parsed = try Argon2HashString(parsing: Self.hash("m=8,t=1,p=1", version: ""))

    #expect(parsed.version == .v16)
  }

  @Test func acceptsLargestFieldValues() throws {
    let parsed = try Argon2HashString(parsing: Self.hash("m=4294967295,t=4294967295,p=16777215"))

    #expect(parsed.parameters.memoryKiB == 4_294_967_295)
    #expect(parsed.parameters.iterations == 4_294_967_295)
    #expect(parsed.parameters.parallelism == 16_777_215)
  }

  @Test func longFieldIsQuotedShortened() {
    let field = "m=" + String(repeating: "9", count: 200)

    #expect(throws: Self.invalidFields(String(field.prefix(64)))) {
      try Argon2HashString(parsing: Self.hash(field))
    }
  }
}
