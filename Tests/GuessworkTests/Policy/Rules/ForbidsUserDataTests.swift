import Testing

@testable import Guesswork

@Suite struct ForbidsUserDataTests {
  private let rule = ForbidsUserData()

  private func check(_ password: String, _ context: CheckContext, rule: ForbidsUserData? = nil)
    -> [RuleViolation]
  {
    PolicyTestSupport.violations(rule ?? self.rule, password, context: context)
  }

  @Test func containsUsername() {
    let context = CheckContext(username: "alice")
    #expect(check("alice2026!", context) == [.containsUserData(.username)])
    #expect(check("ALICE", context) == [.containsUserData(.username)])
    #expect(check("@l1ce99", context) == [.containsUserData(.username)])
  }

  @Test func containsUsernameBackwards() {
    #expect(check("ecila!!", CheckContext(username: "alice")) == [.containsUserData(.username)])
  }

  @Test func emailLocalPartAndItsParts() {
    let context = CheckContext(email: "ada.lovelace@example.org")
    #expect(check("Lovelace1815", context) == [.containsUserData(.email)])
    // The domain is not compared: only the local part is.
    #expect(check("example!org", context).isEmpty)
  }

  @Test func nameParts() {
    let context = CheckContext(name: "Grace Hopper")
    #expect(check("hopper-rocks", context) == [.containsUserData(.name)])
  }

  @Test func shortPartsAreSkipped() {
    // "Al" is shorter than the minimum token length of 3.
    let context = CheckContext(name: "Al Jones")
    #expect(check("xalx", context).isEmpty)
  }

  @Test func resemblesWithoutContaining() {
    // "jsmyth" against "jsmith": 1 edit in 6, a similarity of 0.83.
    #expect(check("jsmyth", CheckContext(username: "jsmith")) == [.resemblesUserData(.username)])
    // "jxmyrh" against "jsmith": 3 edits in 6, a similarity of 0.5.
    #expect(check("jxmyrh", CheckContext(username: "jsmith")).isEmpty)
  }

  @Test func similarityThresholdBoundary() {
    // "abcdefghij" against "abcdefgxyz": 3 edits in 10, a similarity of 0.7,
    // which reaches a threshold of 0.7 but not one of 0.71.
    let context = CheckContext(userInputs: ["abcdefghij"])
    #expect(
      check("abcdefgxyz", context, rule: ForbidsUserData(maximumSimilarity: 0.7)) == [
        .resemblesUserData(.userInput)
      ])
    #expect(check("abcdefgxyz", context, rule: ForbidsUserData(maximumSimilarity: 0.71)).isEmpty)
  }

  @Test func reportsEachFieldOnce() {
    let context = CheckContext(username: "grace", name: "Grace Hopper")
    #expect(
      check("gracegrace", context) == [.containsUserData(.username), .containsUserData(.name)])
  }

  @Test func emptyContextChecksNothing() {
    #expect(check("anything", CheckContext()).isEmpty)
    #expect(check("anything", CheckContext(username: "", email: "")).isEmpty)
  }

  @Test func tokenPartsSplitOnSeparators() {
    #expect(UserDataTokens.parts(of: "ada.lovelace_1815") == ["ada", "lovelace", "1815"])
    #expect(UserDataTokens.parts(of: "single") == [])
    #expect(UserDataTokens.parts(of: "José María") == ["José", "María"])
  }
}
