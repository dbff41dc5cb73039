import Testing

@testable import Guesswork

@Suite struct PolicyAdvisorTests {
  private func codes(_ text: String) throws -> [String] {
    PolicyAdvisor(policy: try PolicyTestSupport.load(text)).findings().map(\.code)
  }

  @Test func goodPolicyHasNoAdvice() throws {
    let text =
      #"""
      {"version": 1, "name": "p", "length": {"minimum": 15, "maximum": 64},
       "blocklist": {"common_passwords": 1000}}
      """#
    #expect(try codes(text).isEmpty)
  }

  @Test func lengthAdvice() throws {
    #expect(
      try codes(#"{"version": 1, "name": "p", "blocklist": {"common_passwords": 10}}"#) == [
        "no_minimum_length"
      ])
    #expect(
      try codes(
        #"""
        {"version": 1, "name": "p", "length": {"minimum": 7},
         "blocklist": {"common_passwords": 10}}
        """#
      ) == ["weak_minimum_length"])
    #expect(
      try codes(
        #"""
        {"version": 1, "name": "p", "length": {"minimum": 8, "maximum": 63},
         "blocklist": {"common_passwords": 10}}
        """#
      ) == ["low_maximum_length"])
  }

  @Test func boundaryValuesDrawNoAdvice() throws {
    // 8 characters, a maximum of 64, walks of 4, sequences of 3, runs of 2
    // and a score of 2 are all fine.
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 8, "maximum": 64},
       "blocklist": {"common_passwords": 10},
       "keyboard_walks": {"maximum_length": 4}, "sequences": {"maximum_length": 3},
       "repeated_characters": {"maximum_run": 2}, "strength": {"minimum_score": 2}}
      """
    #expect(try codes(text).isEmpty)
  }

  @Test func patternAdviceJustBelowBoundaries() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 8}, "blocklist": {"common_passwords": 10},
       "keyboard_walks": {"maximum_length": 3}, "sequences": {"maximum_length": 2},
       "repeated_characters": {"maximum_run": 1}, "strength": {"minimum_score": 1}}
      """
    #expect(
      try codes(text) == [
        "short_keyboard_walk_limit", "strict_sequence_limit", "strict_repeat_limit",
        "weak_minimum_score",
      ])
  }

  @Test func historyAdvice() throws {
    let base =
      #""version": 1, "name": "p", "length": {"minimum": 8}, "blocklist": {"common_passwords": 10}"#
    #expect(
      try codes("{\(base), \"history\": {\"remember\": 3}}") == [
        "history_without_rotation", "history_without_minimum_age",
      ])
    #expect(try codes("{\(base), \"history\": {\"remember\": 1}}") == ["history_without_rotation"])
    #expect(try codes("{\(base), \"history\": {\"remember\": 0}}").isEmpty)
    let withRotation =
      "{\(base), \"history\": {\"remember\": 3}, \"rotation\": "
      + "{\"maximum_age_days\": 90, \"minimum_age_days\": 1}}"
    #expect(try codes(withRotation).isEmpty)
  }

  @Test func hashingAdvice() throws {
    let base =
      #""version": 1, "name": "p", "length": {"minimum": 8}, "blocklist": {"common_passwords": 10}"#
    // OWASP's weakest Argon2id rows are 19456 KiB with 2 passes and 47104 KiB with 1.
    let weakArgon2 =
      #""hashing": {"argon2id": {"memory_kib": 19455, "iterations": 2, "parallelism": 1}}"#
    #expect(try codes("{\(base), \(weakArgon2)}") == ["weak_argon2_parameters"])
    let owaspArgon2 =
      #""hashing": {"argon2id": {"memory_kib": 19456, "iterations": 2, "parallelism": 1}}"#
    #expect(try codes("{\(base), \(owaspArgon2)}").isEmpty)
    let bcrypt9 =
      #""hashing": {"algorithm": "bcrypt", "bcrypt": {"cost": 9}, "accept": ["bcrypt"]}"#
    #expect(try codes("{\(base), \(bcrypt9)}") == ["weak_bcrypt_cost"])
    let bcrypt10 =
      #""hashing": {"algorithm": "bcrypt", "bcrypt": {"cost": 10}, "accept": ["bcrypt"]}"#
    #expect(try codes("{\(base), \(bcrypt10)}").isEmpty)
  }

  @Test func lockoutAdvice() throws {
    let base =
      #""version": 1, "name": "p", "length": {"minimum": 8}, "blocklist": {"common_passwords": 10}"#
    #expect(
      try codes(
        "{\(base), \"lockout\": {\"threshold\": 101, \"window_minutes\": 5, \"lock_minutes\": 5}}")
        == ["high_lockout_threshold"])
    #expect(
      try codes(
        "{\(base), \"lockout\": {\"threshold\": 100, \"window_minutes\": 5, \"lock_minutes\": 5}}"
      ).isEmpty)
  }

  @Test func warnOnlyPolicy() throws {
    let text =
      #"""
      {"version": 1, "name": "p", "enforcement": "warn", "length": {"minimum": 8},
       "blocklist": {"common_passwords": 10}}
      """#
    #expect(try codes(text) == ["nothing_enforced"])
    let oneEnforced =
      #"""
      {"version": 1, "name": "p", "enforcement": "warn",
       "length": {"minimum": 8, "enforcement": "enforce"}, "blocklist": {"common_passwords": 10}}
      """#
    #expect(try codes(oneEnforced).isEmpty)
  }

  @Test func emptySections() throws {
    let text =
      #"{"version": 1, "name": "p", "length": {"minimum": 8}, "blocklist": {}, "strength": {}}"#
    #expect(try codes(text) == ["empty_section", "empty_section"])
  }

  @Test func prohibitedSettingFromParent() throws {
    let text =
      #"""
      {"version": 1, "name": "p", "extends": "nist-800-63b-4",
       "character_classes": {"minimum_classes": 3}}
      """#
    let findings = PolicyAdvisor(policy: try PolicyTestSupport.load(text)).findings()
    #expect(findings.map(\.code) == ["prohibited_setting"])
    #expect(findings.first?.location?.file == "policy.json")
    #expect(
      findings.first?.message
        == "'character_classes' is set, but 'policies/nist-800-63b-4.json' prohibits it for "
        + "policies that extend it; remove the setting, or extend a policy that allows it"
    )
  }
}
