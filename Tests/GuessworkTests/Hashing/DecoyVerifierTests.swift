import Testing

@testable import Guesswork

@Suite struct DecoyVerifierTests {
  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func decoyHashHasPolicyCost(policy: HashingPolicy) throws {
    let decoy = try TestPolicies.hasher(policy).makeDecoy()
    let decision = try needsRehash(decoy.decoyHash, under: policy)

    #expect(decision.algorithm == policy.algorithm)
    #expect(decision.reasons.isEmpty)
  }

  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func decoyNeverMatches(policy: HashingPolicy) throws {
    let decoy = try TestPolicies.hasher(policy).makeDecoy()

    #expect(try !decoy.verify(""))
    #expect(try !decoy.verify("password"))
  }

  @Test func decoyRejectsPasswordsAsBcryptDoes() throws {
    let decoy = try TestPolicies.hasher(TestPolicies.bcrypt).makeDecoy()

    #expect(throws: HashingError.passwordTooLong(byteCount: 73, maximumByteCount: 72)) {
      try decoy.verify(String(repeating: "a", count: 73))
    }
  }
}
