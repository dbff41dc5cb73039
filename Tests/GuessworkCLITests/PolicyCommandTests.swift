import Testing

@testable import GuessworkCLI

@Suite struct PolicyCommandTests {
  @Test func explainPrintsEffectivePolicy() {
    let child =
      #"{"version": 1, "name": "team", "extends": "nist-800-63b-4-mfa", "length": {"minimum": 10}}"#
    let run = ToolRun(["policy", "explain", "team.json"], files: ["team.json": child])
    #expect(run.status == .success)
    #expect(
      run.output.hasPrefix(
        "Policy \"team\".\nExtends nist-800-63b-4-mfa, which extends nist-800-63b-4.\n"))
    #expect(
      run.output.contains(
        "  - Length: at least 10 and at most 64 characters, counted "
          + "in Unicode code points after NFKC normalisation.\n"
      ))
    #expect(
      run.output.contains(
        "  - Blocklist: the whole password must not be one of the 30000 most common passwords"))
    #expect(
      run.output.contains(
        "Policies extending this one should not set: "
          + "character_classes, rotation.maximum_age_days.\n"
      ))
  }

  @Test func explainMarksWarningOnlyRules() {
    let policy =
      #"""
      {"version": 1, "name": "p", "length": {"minimum": 8},
       "strength": {"minimum_score": 3, "enforcement": "warn"}}
      """#
    let run = ToolRun(["policy", "explain", "p.json"], files: ["p.json": policy])
    #expect(
      run.output.contains(
        "  - Strength: an estimated strength score of at least 3 of 4. (warning only)\n"))
  }

  @Test func explainOfBrokenPolicyExitsTwo() {
    let run = ToolRun(["policy", "explain", "p.json"], files: ["p.json": "{"])
    #expect(run.status == .usageError)
    #expect(run.errors.hasPrefix("p.json:1:2: error: unexpected end of file"))
  }

  @Test func showPrintsPresetSource() {
    let run = ToolRun(["policy", "show", "strict"])
    #expect(run.status == .success)
    #expect(run.output.hasPrefix("{\n  \"version\": 1,\n  \"name\": \"strict\","))
  }

  @Test func listNamesEveryPreset() {
    let run = ToolRun(["policy", "list"])
    #expect(run.outputLines.count == 7)
    #expect(run.outputLines.first?.hasPrefix("cis-windows") == true)
  }

  @Test func usageErrors() {
    #expect(ToolRun(["policy"]).status == .usageError)
    #expect(ToolRun(["policy", "frobnicate"]).status == .usageError)
    #expect(ToolRun(["policy", "explain"]).status == .usageError)
    #expect(ToolRun(["policy", "show", "nope"]).status == .usageError)
  }
}
