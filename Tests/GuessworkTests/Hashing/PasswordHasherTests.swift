import Testing

@testable import Guesswork

@Suite struct PasswordHasherTests {
  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func hashVerifiesOnlyItsPassword(policy: HashingPolicy) throws {
    let hasher = try TestPolicies.hasher(policy)
    let stored = try hasher.hash("correct horse")

    #expect(try hasher.verify("correct horse", against: stored))
    #expect(try !hasher.verify("correct horsE", against: stored))
    #expect(try !hasher.verify("", against: stored))
  }

  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func saltsDifferBetweenHashes(policy: HashingPolicy) throws {
    let hasher = try TestPolicies.hasher(policy)

    #expect(try hasher.hash("same") != hasher.hash("same"))
  }

  @Test func argon2idHashStatesPolicyParameters() throws {
    let stored = try TestPolicies.hasher(TestPolicies.argon2id).hash("pw")
    let parsed = try Argon2HashString(parsing: stored)

    #expect(stored.hasPrefix("$argon2id$v=19$m=1024,t=1,p=1$"))
    #expect(parsed.saltByteCount == 16)
    #expect(parsed.hashByteCount == 32)
  }

  @Test func bcryptHashUsesPrefix2bAndCost() throws {
    let stored = try TestPolicies.hasher(TestPolicies.bcrypt).hash("pw")

    #expect(stored.hasPrefix("$2b$04$"))
    #expect(stored.utf8.count == 60)
  }

  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func nonASCIIAndEmptyPasswordsRoundTrip(policy: HashingPolicy) throws {
    let hasher = try TestPolicies.hasher(policy)
    for password in ["", "pässwörd", "密码😀", "tab\there"] {
      let stored = try hasher.hash(password)
      #expect(try hasher.verify(password, against: stored), "\(password.utf8.count) bytes")
    }
  }

  @Test func bcryptAccepts72BytesAndRejects73() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)
    // 24 euro signs are 72 UTF-8 bytes (3 each); one more ASCII byte makes 73.
    let longest = String(repeating: "€", count: 24)
    let stored = try hasher.hash(longest)

    #expect(try hasher.verify(longest, against: stored))
    #expect(throws: HashingError.passwordTooLong(byteCount: 73, maximumByteCount: 72)) {
      try hasher.hash(longest + "a")
    }
    #expect(throws: HashingError.passwordTooLong(byteCount: 73, maximumByteCount: 72)) {
      try hasher.verify(longest + "a", against: stored)
    }
  }

  @Test func bcryptRejectsNUL() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)
    let stored = try hasher.hash("a")

    #expect(throws: HashingError.passwordContainsNUL) { try hasher.hash("a\u{0}b") }
    #expect(throws: HashingError.passwordContainsNUL) {
      try hasher.verify("a\u{0}b", against: stored)
    }
  }

  @Test func argon2idHashesEveryByteAfterNUL() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let stored = try hasher.hash("a\u{0}b")

    #expect(try hasher.verify("a\u{0}b", against: stored))
    #expect(try !hasher.verify("a", against: stored))
    #expect(try !hasher.verify("a\u{0}c", against: stored))
  }

  @Test func argon2idReadsPasswordsPast72Bytes() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let long = String(repeating: "a", count: 1000)
    let stored = try hasher.hash(long)

    #expect(try hasher.verify(long, against: stored))
    #expect(try !hasher.verify(String(repeating: "a", count: 999), against: stored))
  }

  @Test func verifyRejectsDESSettingLibxcryptWouldAccept() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)

    // libxcrypt reads "garbage" as a traditional DES setting and returns a hash.
    #expect(throws: HashingError.malformedHash(.missingIdentifier)) {
      try hasher.verify("pw", against: "garbage")
    }
    #expect(throws: HashingError.malformedHash(.missingIdentifier)) {
      try hasher.verify("pw", against: "gaxDyoamrjlO6")
    }
  }

  @Test func verifyRejectsStoredMemoryAboveLimit() throws {
    let hasher = try PasswordHasher(
      policy: TestPolicies.argon2id, limits: HashingLimits(maximumMemoryKiB: 2048))
    let stored =
      "$argon2id$v=19$m=4096,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$"
      + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    #expect(throws: HashingError.memoryExceedsLimit(requestedKiB: 4096, limitKiB: 2048)) {
      try hasher.verify("pw", against: stored)
    }
  }

  @Test func verifyRejectsStoredMemoryOfFourTebibytes() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let stored =
      "$argon2id$v=19$m=4294967295,t=1,p=1$c29tZXNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    #expect(throws: HashingError.memoryExceedsLimit(requestedKiB: 4_294_967_295, limitKiB: 1 << 20))
    {
      try hasher.verify("pw", against: stored)
    }
  }

  @Test func initRejectsAbsurdPolicy() {
    var policy = TestPolicies.argon2id
    policy.bcrypt.cost = 32

    #expect(throws: HashingError.parameterOutOfRange(.cost, value: 32, allowed: 4...31)) {
      try TestPolicies.hasher(policy)
    }
  }

  @Test func needsRehashUsesHasherPolicy() throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    let stored = try hasher.hash("pw")

    #expect(try !hasher.needsRehash(stored).isRequired)
  }
}

/// Stored hashes whose time cost would tie up a core are refused before any
/// C call, under the machine limits (at most 100 passes, 255 lanes, cost 18).
@Suite struct StoredHashTimeLimitTests {
  /// A well-formed Argon2id hash of 8 KiB; only its parameters matter here.
  static func argon2(t: UInt32, p: Int) -> String {
    "$argon2id$v=19$m=\(8 * p),t=\(t),p=\(p)$c29tZXNhbHRzb21lc2FsdA"
      + "$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
  }

  @Test func argon2PassesAboveLimitAreRefused() throws {
    let hasher = try PasswordHasher(policy: TestPolicies.argon2id, limits: .machine)
    #expect(
      throws: HashingError.parameterOutOfRange(.iterations, value: 4_294_967_295, allowed: 1...100)
    ) {
      try hasher.verify("pw", against: Self.argon2(t: 4_294_967_295, p: 1))
    }
  }

  @Test func argon2LanesAboveLimitAreRefused() throws {
    let hasher = try PasswordHasher(policy: TestPolicies.argon2id, limits: .machine)
    #expect(throws: HashingError.parameterOutOfRange(.parallelism, value: 256, allowed: 1...255)) {
      try hasher.verify("pw", against: Self.argon2(t: 1, p: 256))
    }
  }

  @Test func bcryptCostAboveLimitIsRefused() throws {
    let hasher = try PasswordHasher(policy: TestPolicies.bcrypt, limits: .machine)
    let stored = "$2b$31$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"
    #expect(throws: HashingError.parameterOutOfRange(.cost, value: 31, allowed: 4...18)) {
      try hasher.verify("pw", against: stored)
    }
  }
}
