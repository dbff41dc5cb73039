import Foundation
import Testing

@testable import Guesswork

@Suite struct PolicyPresetsTests {
  /// The repository's `policies` folder, found from this file's path.
  static let presetsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("policies")

  static let fileNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: presetsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }()

  @Test func embeddedPresetsMatchFiles() throws {
    let stems = Self.fileNames.map { String($0.dropLast(".json".count)) }.sorted()
    #expect(PolicyPresets.names == stems, "run scripts/embed-policy-presets.py")
    for name in stems {
      let onDisk = try String(
        contentsOf: Self.presetsFolder.appendingPathComponent("\(name).json"), encoding: .utf8)
      #expect(
        PolicyPresets.source(named: name) == onDisk,
        "preset \(name) differs; run scripts/embed-policy-presets.py")
    }
  }

  @Test(arguments: PolicyPresets.names)
  func presetLoads(_ name: String) throws {
    let policy = try PolicyLoader().load(name)
    #expect(policy.name == name)
    #expect(policy.documentation?.isEmpty == false)
    #expect(policy.summary?.isEmpty == false)
    for section in policy.presentSections {
      #expect(
        policy.sectionDocumentation[section] != nil,
        "\(name): section \(section.rawValue) has no doc")
    }
  }

  @Test func expectedPresetsShip() {
    let expected: Set = [
      "strict", "nist-800-63b-4", "nist-800-63b-4-mfa", "owasp-asvs-5-l1", "owasp-asvs-5-l2",
      "pci-dss-4.0.1", "cis-windows",
    ]
    #expect(Set(PolicyPresets.names) == expected)
  }
}
