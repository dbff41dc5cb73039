import Testing

@testable import Guesswork

@Suite struct PolicyLinterTests {
  @Test func loadProblemsBecomeErrors() {
    let linter = PolicyLinter(
      loader: PolicyTestSupport.loader(files: ["p.json": #"{"version": 1}"#]))
    let findings = linter.lint("p.json")
    #expect(findings.map(\.severity) == [.error])
    #expect(findings.map(\.code) == ["missing_key"])
    #expect(
      findings.first?.description
        == "p.json:1:1: error: missing key 'name' in the policy [missing_key]")
  }

  @Test func findingsAreInFileOrderWithErrorsFirstAtOnePlace() throws {
    let text = #"{"version": 1, "name": "p", "length": {"minimum": 14}}"#
    let linter = PolicyLinter(loader: PolicyTestSupport.loader(files: ["p.json": text]))
    let findings = linter.lint("p.json", against: try PolicyLoader().load("nist-800-63b-4"))
    // At 1:1 the two missing sections (errors) come before the missing blocklist (warning).
    #expect(
      findings.map(\.code) == [
        "deviation_missing", "deviation_missing", "no_blocklist", "deviation_weaker",
      ])
    #expect(findings.map(\.severity) == [.error, .error, .warning, .error])
  }

  @Test func warningsAloneForALoadablePolicy() {
    let linter = PolicyLinter(
      loader: PolicyTestSupport.loader(files: ["p.json": #"{"version": 1, "name": "p"}"#]))
    #expect(linter.lint("p.json").map(\.code) == ["no_minimum_length", "no_blocklist"])
  }
}
