import Foundation
import Testing

/// Checks `policies/schema/policy.schema.json` with an independent JSON
/// Schema validator, the Python `jsonschema` package (4.26.0 was used),
/// through `scripts/check-policy-schema.py`.
@Suite struct PolicyJSONSchemaTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Runs the script on paths relative to the repository and returns each
  /// file's verdict line.
  private func validate(_ paths: [String]) throws -> [String: String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/check-policy-schema.py"] + paths
    process.currentDirectoryURL = Self.root
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let problems = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(problems.isEmpty, "the script failed; is jsonschema installed? \(problems)")
    var verdicts: [String: String] = [:]
    for line in text.split(separator: "\n") {
      guard let colon = line.range(of: ": ") else { continue }
      verdicts[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
    }
    return verdicts
  }

  @Test func presetsAndValidFixturesMatchTheSchema() throws {
    let presets = [
      "strict", "nist-800-63b-4", "nist-800-63b-4-mfa", "owasp-asvs-5-l1", "owasp-asvs-5-l2",
      "pci-dss-4.0.1", "cis-windows",
    ].map { "policies/\($0).json" }
    let fixtures = [
      "Tests/PolicyFixtures/valid/company.json", "Tests/PolicyFixtures/warnings/weak-settings.json",
      "Tests/PolicyFixtures/warnings/warn-only.json",
    ]
    let verdicts = try validate(presets + fixtures)
    for path in presets + fixtures {
      #expect(verdicts[path] == "valid", "\(path): \(verdicts[path] ?? "no verdict")")
    }
  }

  @Test func schemaRejectsStructuralMistakes() throws {
    // Each of these breaks a rule the schema states. They cover an unknown
    // key, a wrong type, a value out of range, an unknown enumeration value,
    // a repeated list entry, a missing required key, a wrong version, and a
    // growth factor without its maximum. Contradictions and unreadable files
    // are left to `guesswork lint`.
    let broken = [
      "unknown-key", "wrong-type", "out-of-range", "invalid-enforcement", "duplicate-entry",
      "missing-version", "unsupported-version", "growth-without-maximum",
    ].map { "Tests/PolicyFixtures/broken/\($0).json" }
    let verdicts = try validate(broken)
    for path in broken {
      #expect(
        verdicts[path]?.hasPrefix("invalid: ") == true, "\(path): \(verdicts[path] ?? "no verdict")"
      )
    }
  }
}
