import Testing

@testable import Guesswork

@Suite struct NeedsRehashTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let storedHash: String
    let reasons: [RehashReason]
    var testDescription: String { label }
  }

  /// Policy: new hashes Argon2id m=65536 t=3 p=1, bcrypt cost 12, both accepted.
  static let policy = HashingPolicy.recommended
  static let salt = "c29tZXNhbHRzb21lc2FsdA"
  static let tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
  static let bcryptTail = "CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"

  static func argon2(_ variant: String, _ version: String, _ fields: String) -> String {
    "$\(variant)$\(version)\(fields)$\(salt)$\(tag)"
  }

  static let cases: [Case] = [
    Case(
      label: "argon2id at the policy", storedHash: argon2("argon2id", "v=19$", "m=65536,t=3,p=1"),
      reasons: []),
    Case(
      label: "argon2id above the policy",
      storedHash: argon2("argon2id", "v=19$", "m=131072,t=4,p=2"), reasons: []),
    Case(
      label: "argon2id memory below", storedHash: argon2("argon2id", "v=19$", "m=65535,t=3,p=1"),
      reasons: [.memoryBelow(found: 65535, minimum: 65536)]),
    Case(
      label: "argon2id iterations below",
      storedHash: argon2("argon2id", "v=19$", "m=65536,t=2,p=1"),
      reasons: [.iterationsBelow(found: 2, minimum: 3)]),
    Case(
      label: "OWASP minimum row below the policy",
      storedHash: argon2("argon2id", "v=19$", "m=19456,t=2,p=1"),
      reasons: [
        .memoryBelow(found: 19456, minimum: 65536), .iterationsBelow(found: 2, minimum: 3),
      ]),
    Case(
      label: "more memory does not make up for fewer passes",
      storedHash: argon2("argon2id", "v=19$", "m=1048576,t=1,p=1"),
      reasons: [.iterationsBelow(found: 1, minimum: 3)]),
    Case(
      label: "argon2i at the policy", storedHash: argon2("argon2i", "v=19$", "m=65536,t=3,p=1"),
      reasons: [.legacyVariant(found: "argon2i", replacement: "argon2id")]),
    Case(
      label: "argon2d at the policy", storedHash: argon2("argon2d", "v=19$", "m=65536,t=3,p=1"),
      reasons: [.legacyVariant(found: "argon2d", replacement: "argon2id")]),
    Case(
      label: "argon2id version 16", storedHash: argon2("argon2id", "", "m=65536,t=3,p=1"),
      reasons: [.outdatedVersion(found: 16, replacement: 19)]),
    Case(label: "bcrypt 2b at cost 12", storedHash: "$2b$12$\(bcryptTail)", reasons: []),
    Case(label: "bcrypt 2b at cost 13", storedHash: "$2b$13$\(bcryptTail)", reasons: []),
    Case(
      label: "bcrypt cost 11", storedHash: "$2b$11$\(bcryptTail)",
      reasons: [.costBelow(found: 11, minimum: 12)]),
    Case(
      label: "bcrypt 2a cost 10", storedHash: "$2a$10$\(bcryptTail)",
      reasons: [
        .legacyVariant(found: "$2a$", replacement: "$2b$"), .costBelow(found: 10, minimum: 12),
      ]),
    Case(
      label: "bcrypt 2y cost 12", storedHash: "$2y$12$\(bcryptTail)",
      reasons: [.legacyVariant(found: "$2y$", replacement: "$2b$")]),
  ]

  @Test(arguments: cases)
  func listsEveryShortfall(testCase: Case) throws {
    let decision = try needsRehash(testCase.storedHash, under: Self.policy)

    #expect(decision.reasons == testCase.reasons)
    #expect(decision.isRequired == !testCase.reasons.isEmpty)
  }

  @Test func bcryptNotAcceptedAfterPolicyDropsIt() throws {
    var policy = Self.policy
    policy.acceptedAlgorithms = [.argon2id]
    let decision = try needsRehash("$2b$12$\(Self.bcryptTail)", under: policy)

    #expect(decision.algorithm == .bcrypt)
    #expect(decision.reasons == [.algorithmNotAccepted(.bcrypt)])
  }

  @Test func argon2NotAcceptedWhenPolicyMovesToBcrypt() throws {
    var policy = Self.policy
    policy.algorithm = .bcrypt
    policy.acceptedAlgorithms = [.bcrypt]
    let decision = try needsRehash(
      Self.argon2("argon2i", "v=19$", "m=65536,t=3,p=1"), under: policy)

    #expect(
      decision.reasons == [
        .algorithmNotAccepted(.argon2id), .legacyVariant(found: "argon2i", replacement: "argon2id"),
      ])
  }

  @Test func raisingPolicyParametersTurnsCurrentHashStale() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let stored = try hasher.hash("pw")
    var stronger = TestPolicies.argon2id
    stronger.argon2id = Argon2Parameters(memoryKiB: 2048, iterations: 2, parallelism: 2)

    #expect(try needsRehash(stored, under: TestPolicies.argon2id).reasons == [])
    #expect(
      try needsRehash(stored, under: stronger).reasons == [
        .memoryBelow(found: 1024, minimum: 2048),
        .iterationsBelow(found: 1, minimum: 2),
        .parallelismBelow(found: 1, minimum: 2),
      ])
  }

  @Test func loweringPolicyParametersNeverAsksForRehash() throws {
    var weaker = Self.policy
    weaker.argon2id = Argon2Parameters(memoryKiB: 8, iterations: 1, parallelism: 1)
    weaker.bcrypt = BcryptParameters(cost: 4)

    #expect(
      try !needsRehash(Self.argon2("argon2id", "v=19$", "m=65536,t=3,p=1"), under: weaker)
        .isRequired)
    #expect(try !needsRehash("$2b$12$\(Self.bcryptTail)", under: weaker).isRequired)
  }

  @Test func malformedHashIsError() {
    #expect(throws: HashingError.malformedHash(.wrongLength(found: 10, expected: 60))) {
      try needsRehash("$2b$12$abc", under: Self.policy)
    }
  }

  @Test func invalidPolicyIsError() {
    var policy = Self.policy
    policy.acceptedAlgorithms = []

    #expect(throws: HashingError.algorithmForNewHashesNotAccepted(.argon2id)) {
      try needsRehash("$2b$12$\(Self.bcryptTail)", under: policy)
    }
  }

  @Test func reasonMessagesNameValues() {
    #expect(
      RehashReason.memoryBelow(found: 19456, minimum: 65536).description
        == "memory 19456 KiB is below the policy's 65536 KiB")
    #expect(RehashReason.costBelow(found: 10, minimum: 12).code == "cost_below")
  }
}
