import Foundation
import Testing

@testable import GuessworkCLI

@Suite struct LintCommandTests {
  /// `Tests/PolicyFixtures`, found from this file's path.
  static let fixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "PolicyFixtures"
    ).path

  /// Runs the tool on real files.
  private func run(_ arguments: [String]) -> (status: ExitCode, output: String, errors: String) {
    let output = MemorySink()
    let errors = MemorySink()
    let context = ToolContext(
      input: MemorySource(""), output: output, errors: errors, outputIsTerminal: false,
      readFile: FileAccess.readWholeFile)
    let status = CommandLineTool.run(arguments, context: context)
    return (status, output.text, errors.text)
  }

  struct Expected: Sendable, CustomStringConvertible {
    let file: String
    let line: Int
    let column: Int
    let code: String
    var description: String { file }
  }

  /// Each broken fixture has one deliberate error. Positions were counted by
  /// hand in the fixture; the reasoning is next to each entry.
  static let broken: [Expected] = [
    // `    "minimums": {...}`: the object's brace; 1 + 1 + 2 + 2 = 6 characters > maximum 5.
    Expected(file: "classes-cannot-fit.json", line: 7, column: 17, code: "classes_cannot_fit"),
    // The `//` starts after two spaces.
    Expected(file: "comment.json", line: 4, column: 3, code: "comment_not_allowed"),
    // Linting a.json follows a -> b -> a; the link closing the loop is b's `"./cycle-a.json"`.
    Expected(file: "cycle-b.json", line: 4, column: 14, code: "extends_cycle"),
    // Linting b.json follows b -> a -> b; the closing link is a's `"cycle-b.json"`.
    Expected(file: "cycle-a.json", line: 4, column: 14, code: "extends_cycle"),
    // The second `"digit"` in `["digit", "lower", "digit"]`.
    Expected(file: "duplicate-entry.json", line: 4, column: 56, code: "duplicate_entry"),
    // The second `"length"` key.
    Expected(file: "duplicate-key.json", line: 5, column: 3, code: "duplicate_key"),
    // The lockout object's brace: it lacks `maximum_lock_minutes`.
    Expected(file: "growth-without-maximum.json", line: 4, column: 14, code: "missing_key"),
    // The `accept` array, which lacks the new-hash algorithm bcrypt.
    Expected(
      file: "hashing-not-accepted.json", line: 6, column: 15, code: "hashing_algorithm_not_accepted"
    ),
    // The value `"audit"`.
    Expected(file: "invalid-enforcement.json", line: 4, column: 18, code: "invalid_value"),
    // The byte 0xFF after `  "name": "invalid-`.
    Expected(file: "invalid-utf8.json", line: 3, column: 20, code: "invalid_utf8"),
    // The number `08`.
    Expected(file: "leading-zero.json", line: 4, column: 25, code: "invalid_number"),
    // The backslash of `\uD800`.
    Expected(file: "lone-surrogate.json", line: 4, column: 23, code: "lone_surrogate"),
    // The value 12 of `maximum`, below the minimum 16.
    Expected(file: "max-below-min.json", line: 6, column: 16, code: "maximum_below_minimum"),
    // The value 45 of `minimum_age_days`, not below the maximum 30.
    Expected(
      file: "min-age-above-max.json", line: 4, column: 60, code: "minimum_age_not_below_maximum"),
    // The path string `"no-such-list.txt"`.
    Expected(file: "missing-blocklist.json", line: 5, column: 15, code: "unreadable_blocklist"),
    // The object itself, which has no `version`.
    Expected(file: "missing-version.json", line: 1, column: 1, code: "missing_key"),
    // The score 5.
    Expected(file: "out-of-range.json", line: 4, column: 33, code: "out_of_range"),
    // The `required` array: the allowed set has no symbols.
    Expected(
      file: "required-class-not-allowed.json", line: 4, column: 37,
      code: "required_class_not_allowed"),
    // The `}` right after `12,`.
    Expected(file: "trailing-comma.json", line: 4, column: 28, code: "trailing_comma"),
    // The key `"minimun"`.
    Expected(file: "unknown-key.json", line: 4, column: 14, code: "unknown_key"),
    // The value `"nist"`.
    Expected(file: "unknown-preset.json", line: 4, column: 14, code: "unknown_preset"),
    // The version 2.
    Expected(file: "unsupported-version.json", line: 2, column: 14, code: "unsupported_version"),
    // The file ends after line 4's line break, inside the object.
    Expected(file: "unterminated.json", line: 5, column: 1, code: "unexpected_end"),
    // The string `"12"`.
    Expected(file: "wrong-type.json", line: 4, column: 25, code: "wrong_type"),
  ]

  @Test func reportsEachBrokenFileAtItsPosition() throws {
    let directory = Self.fixtures + "/broken"
    let result = run(["lint", directory])
    #expect(result.status == .failure)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == Self.broken.count)
    for expected in Self.broken {
      let prefix = "\(directory)/\(expected.file):\(expected.line):\(expected.column): error: "
      let line = lines.first { $0.hasPrefix(prefix) }
      #expect(line != nil, "no error at \(expected.file):\(expected.line):\(expected.column)")
      #expect(line?.hasSuffix("[\(expected.code)]") == true, "\(expected.file): \(line ?? "")")
    }
    #expect(result.errors == "guesswork lint: 24 errors, 0 warnings in 24 files\n")
  }

  /// Broken XML fixtures; schema and syntax errors come from libxml2.
  static let brokenXML: [Expected] = [
    // The `<!DOCTYPE` declaration on line 2.
    Expected(file: "doctype.xml", line: 2, column: 1, code: "xml_syntax"),
    // `          maximum="12"/>`: the value's quote at column 19.
    Expected(file: "max-below-min.xml", line: 4, column: 19, code: "maximum_below_minimum"),
    // libxml2 reports the column after `</policy>` (9 characters).
    Expected(file: "mismatched-tag.xml", line: 4, column: 10, code: "xml_syntax"),
    // `  <strength minimum_score="5"/>`: the value's quote at column 27.
    Expected(file: "out-of-range.xml", line: 3, column: 27, code: "xml_schema"),
    // The `<colour>` element.
    Expected(file: "unknown-element.xml", line: 4, column: 3, code: "xml_schema"),
  ]

  @Test func reportsEachBrokenXMLFileAtItsPosition() throws {
    let directory = Self.fixtures + "/broken-xml"
    let result = run(["lint", directory])
    #expect(result.status == .failure)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count == Self.brokenXML.count)
    for expected in Self.brokenXML {
      let prefix = "\(directory)/\(expected.file):\(expected.line):\(expected.column): error: "
      let line = lines.first { $0.hasPrefix(prefix) }
      #expect(line != nil, "no error at \(expected.file):\(expected.line):\(expected.column)")
      #expect(line?.hasSuffix("[\(expected.code)]") == true, "\(expected.file): \(line ?? "")")
    }
  }

  @Test func directorySkipsSchemaFiles() throws {
    // The shipped policies/ folder holds policy.schema.json next to the
    // presets; it is a JSON Schema, not a policy, so linting the folder
    // must not report it.
    let policies = URL(fileURLWithPath: Self.fixtures)
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("policies").path
    let result = run(["lint", policies])
    #expect(result.status == .success)
    #expect(!result.output.contains("schema"))
  }

  @Test func warningsPassUnlessStrict() {
    let directory = Self.fixtures + "/warnings"
    let relaxed = run(["lint", directory])
    #expect(relaxed.status == .success)
    let strict = run(["lint", "--strict", directory])
    #expect(strict.status == .failure)
    let codes = relaxed.output.split(separator: "\n").compactMap { line in
      line.split(separator: "[").last.map { String($0.dropLast()) }
    }
    #expect(
      codes == [
        "nothing_enforced", "no_blocklist", "weak_minimum_length", "low_maximum_length",
        "strict_repeat_limit",
        "weak_minimum_score", "history_without_rotation", "history_without_minimum_age",
        "weak_bcrypt_cost",
      ])
  }

  @Test func validPoliciesMeetTheStandardTheyExtend() {
    let result = run(["lint", "--against", "nist-800-63b-4", Self.fixtures + "/valid"])
    #expect(result.status == .success)
    #expect(result.output.isEmpty)
    #expect(result.errors == "guesswork lint: 0 errors, 0 warnings in 2 files\n")
  }

  @Test func jsonAndXMLFormsExplainAlike() {
    let json = run(["policy", "explain", Self.fixtures + "/valid/company.json"])
    let xml = run(["policy", "explain", Self.fixtures + "/valid/company.xml"])
    #expect(json.status == .success)
    #expect(json.output == xml.output)
  }

  @Test func againstReportsEveryDeviation() {
    let result = run(["lint", "--against", "nist-800-63b-4", "strict"])
    #expect(result.status == .failure)
    // The NIST preset sets `context` and `blocklist`, which strict lacks.
    // Strict's minimum of 12 is below 15, and strict sets the prohibited
    // `character_classes` and `rotation.maximum_age_days`.
    let lines = result.output.split(separator: "\n").filter { $0.contains(": error: ") }
    let expected: [String] = [
      "policies/strict.json:1:1: error: 'context' is missing; "
        + "nist-800-63b-4 sets it, so add the section [deviation_missing]",
      "policies/strict.json:1:1: error: 'blocklist' is missing; "
        + "nist-800-63b-4 sets it, so add the section [deviation_missing]",
      "policies/strict.json:8:16: error: 'length.minimum' is 12; "
        + "nist-800-63b-4 requires at least 15 [deviation_weaker]",
      "policies/strict.json:12:24: error: 'character_classes' is set, but nist-800-63b-4 "
        + "prohibits it; remove it [deviation_prohibited]",
      "policies/strict.json:33:25: error: 'rotation.maximum_age_days' is set, but "
        + "nist-800-63b-4 prohibits it; remove it [deviation_prohibited]",
    ]
    #expect(lines.map(String.init) == expected)
  }

  @Test func jsonFormatListsFindingsPerFile() throws {
    let result = run(["lint", "--format", "json", Self.fixtures + "/broken/unknown-key.json"])
    #expect(result.status == .failure)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(object["errors"] as? Int == 1)
    #expect(object["warnings"] as? Int == 0)
    let files = try #require(object["files"] as? [[String: Any]])
    let finding = try #require((files.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["severity"] as? String == "error")
    #expect(finding["code"] as? String == "unknown_key")
    #expect(finding["line"] as? Int == 4)
    #expect(finding["column"] as? Int == 14)
    #expect(
      finding["message"] as? String == "unknown key 'minimun' in 'length'; did you mean 'minimum'?")
  }

  @Test func everyPresetLintsWithoutErrors() {
    for name in [
      "strict", "nist-800-63b-4", "nist-800-63b-4-mfa", "owasp-asvs-5-l1", "owasp-asvs-5-l2",
      "pci-dss-4.0.1", "cis-windows",
    ] {
      let result = run(["lint", name])
      #expect(result.status == .success, "\(name): \(result.output)")
      #expect(!result.output.contains(": error: "))
    }
  }

  @Test func presetsMeetThemselves() {
    for name in [
      "nist-800-63b-4", "owasp-asvs-5-l1", "owasp-asvs-5-l2", "pci-dss-4.0.1", "cis-windows",
      "strict",
    ] {
      let result = run(["lint", "--against", name, name])
      #expect(!result.output.contains(": error: "), "\(name): \(result.output)")
    }
  }

  @Test func unreadableFileHasNoLocationButNamesThePath() {
    let result = run(["lint", "/nonexistent/policy.json"])
    #expect(result.status == .failure)
    #expect(
      result.output
        == "/nonexistent/policy.json: error: cannot read policy file "
        + "'/nonexistent/policy.json': file not found [unreadable_file]\n"
    )
  }

  @Test func usageErrors() {
    #expect(run(["lint"]).status == .usageError)
    #expect(run(["lint", "--against", "nist", "strict"]).status == .usageError)
    #expect(run(["lint", "--format", "xml", "strict"]).status == .usageError)
  }
}
