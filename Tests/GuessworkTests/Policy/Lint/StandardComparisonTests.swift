import Testing

@testable import Guesswork

@Suite struct StandardComparisonTests {
  private func deviations(_ text: String, against standard: String) throws -> [LintFinding] {
    let policy = try PolicyTestSupport.load(text)
    return StandardComparison(policy: policy, standard: try PolicyLoader().load(standard))
      .deviations()
  }

  @Test func stricterPolicyPasses() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 20, "maximum": 128},
       "blocklist": {"common_passwords": 30000}, "context": {"minimum_token_length": 2}}
      """
    #expect(try deviations(text, against: "nist-800-63b-4").isEmpty)
  }

  @Test func unsetMaximumIsStricterThanAnyMaximum() throws {
    let text =
      #"""
      {"version": 1, "name": "p", "length": {"minimum": 15},
       "blocklist": {"common_passwords": 30000}, "context": {}}
      """#
    #expect(try deviations(text, against: "nist-800-63b-4").isEmpty)
  }

  @Test func weakerValuesAreReported() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 14, "maximum": 32},
       "blocklist": {"common_passwords": 1000}, "context": {"maximum_similarity": 0.9}}
      """
    let found = try deviations(text, against: "nist-800-63b-4")
    #expect(
      found.map(\.message) == [
        "'length.minimum' is 14; nist-800-63b-4 requires at least 15",
        "'length.maximum' is 32; nist-800-63b-4 requires at least 64",
        "'context.maximum_similarity' is 0.9; nist-800-63b-4 requires at most 0.7",
        "'blocklist.common_passwords' is 1000; nist-800-63b-4 requires at least 30000",
      ])
    #expect(Set(found.map(\.severity)) == [.error])
  }

  @Test func accountRulesAreBoundInTheStricterDirection() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 12},
       "character_classes": {"required": ["letter", "digit"]},
       "history": {"remember": 3}, "rotation": {"maximum_age_days": 120},
       "lockout": {"threshold": 20, "window_minutes": 30, "lock_minutes": 10}}
      """
    let found = try deviations(text, against: "pci-dss-4.0.1")
    #expect(
      found.map(\.message) == [
        "'rotation.maximum_age_days' is 120; pci-dss-4.0.1 requires at most 90",
        "'history.remember' is 3; pci-dss-4.0.1 requires at least 4",
        "'lockout.threshold' is 20; pci-dss-4.0.1 requires at most 10",
        "'lockout.lock_minutes' is 10; pci-dss-4.0.1 requires at least 30",
      ])
  }

  @Test func requiredClassCoveredByNarrowerClass() throws {
    // Requiring a lowercase letter is stricter than requiring any letter.
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 12},
       "character_classes": {"required": ["lower", "digit"]},
       "history": {"remember": 4}, "rotation": {"maximum_age_days": 90},
       "lockout": {"threshold": 10, "window_minutes": 30, "lock_minutes": 30}}
      """
    #expect(try deviations(text, against: "pci-dss-4.0.1").isEmpty)
  }

  @Test func missingClassAndSections() throws {
    let text =
      #"""
      {"version": 1, "name": "p", "length": {"minimum": 12},
       "character_classes": {"required": ["letter"]}}
      """#
    let found = try deviations(text, against: "pci-dss-4.0.1")
    #expect(
      found.map(\.code) == [
        "deviation_missing_entries", "deviation_missing", "deviation_missing", "deviation_missing",
      ])
    #expect(
      found.first?.message
        == "'character_classes.required' lacks 'digit', which pci-dss-4.0.1 requires")
  }

  @Test func prohibitedSettingsAndWarnOnlyRules() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 15, "enforcement": "warn"},
       "blocklist": {"common_passwords": 30000},
       "context": {}, "character_classes": {"minimum_classes": 2},
        "rotation": {"maximum_age_days": 365}}
      """
    let found = try deviations(text, against: "nist-800-63b-4")
    #expect(
      found.map(\.code) == [
        "deviation_prohibited", "deviation_prohibited", "deviation_not_enforced",
      ])
    #expect(
      found.last?.message
        == "'length' only warns, but nist-800-63b-4 enforces it; set its enforcement to 'enforce'")
  }

  @Test func minimumAgeOnlyIsNotProhibited() throws {
    // NIST prohibits a maximum age, not a minimum age.
    let text = """
      {"version": 1, "name": "p", "length": {"minimum": 15},
       "blocklist": {"common_passwords": 30000},
       "context": {}, "rotation": {"minimum_age_days": 1}}
      """
    #expect(try deviations(text, against: "nist-800-63b-4").isEmpty)
  }
}
