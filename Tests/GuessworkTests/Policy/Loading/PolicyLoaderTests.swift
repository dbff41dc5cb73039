import Testing

@testable import Guesswork

@Suite struct PolicyLoaderTests {
  private typealias Support = PolicyTestSupport

  private func load(_ reference: String, files: [String: String]) throws(PolicyError)
    -> PasswordPolicy
  {
    try Support.loader(files: files).load(reference)
  }

  private func problems(_ reference: String, files: [String: String]) -> [PolicyProblem] {
    do {
      _ = try load(reference, files: files)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func contradictionPointsAtTheExtendingFile() {
    // base.json allows 8 to 10 characters; kid.json raises the minimum to
    // 16. The conflict is made in kid.json, so the error points there: line
    // 2, column 24, where the value 16 starts after ` "length": {"minimum": `.
    let files = [
      "base.json": #"{"version": 1, "name": "base", "length": {"minimum": 8, "maximum": 10}}"#,
      "kid.json": "{\"version\": 1, \"name\": \"kid\", \"extends\": \"base.json\",\n"
        + #" "length": {"minimum": 16}}"#,
    ]
    let found = problems("kid.json", files: files)
    #expect(found.map(\.code) == ["maximum_below_minimum"])
    #expect(found.first?.location == Support.at(2, 24, file: "kid.json"))
  }

  @Test func topLevelArrayNamesThePolicy() {
    let found = problems("arr.json", files: ["arr.json": "[1, 2]"])
    #expect(found.map(\.message) == ["the policy must be an object, not an array"])
    #expect(found.first?.location == Support.at(1, 1, file: "arr.json"))
  }

  @Test func loadsPresetByName() throws {
    let policy = try PolicyLoader().load("nist-800-63b-4")
    #expect(policy.length?.minimum == 15)
    #expect(policy.extendsChain.isEmpty)
  }

  @Test func childOverridesOneSettingAndKeepsTheRest() throws {
    let policy = try load(
      "conf/child.json",
      files: [
        "conf/child.json":
          #"""
        {"version": 1, "name": "child", "extends": "nist-800-63b-4",
         "length": {"minimum": 20}}
        """#
      ])
    #expect(policy.name == "child")
    #expect(policy.length == LengthLimits(minimum: 20, maximum: 64))
    #expect(policy.blocklist?.commonPasswords == 30_000)
    #expect(policy.extendsChain == ["nist-800-63b-4"])
    // The inherited maximum points into the preset, the override into the child.
    #expect(policy.locations["length.minimum"]?.file == "conf/child.json")
    #expect(policy.locations["length.maximum"]?.file == "policies/nist-800-63b-4.json")
  }

  @Test func presetChainIsRecorded() throws {
    let policy = try PolicyLoader().load("nist-800-63b-4-mfa")
    #expect(policy.extendsChain == ["nist-800-63b-4"])
    #expect(policy.length?.minimum == 8)
    #expect(policy.length?.maximum == 64)
  }

  @Test func nullRemovesAnInheritedRule() throws {
    let policy = try load(
      "p.json",
      files: [
        "p.json": #"{"version": 1, "name": "p", "extends": "pci-dss-4.0.1", "rotation": null}"#
      ])
    #expect(policy.rotation == nil)
    #expect(policy.history?.rememberedCount == 4)
  }

  @Test func describingKeysAreNotInherited() throws {
    let policy = try load(
      "p.json", files: ["p.json": #"{"version": 1, "name": "p", "extends": "strict"}"#])
    #expect(policy.summary == nil)
    #expect(policy.documentation == nil)
    #expect(policy.length?.minimum == 12)
  }

  @Test func extendsFileRelativeToTheExtendingFile() throws {
    let policy = try load(
      "conf/team/child.json",
      files: [
        "conf/team/child.json": #"{"version": 1, "name": "child", "extends": "../base.json"}"#,
        "conf/base.json": #"{"version": 1, "name": "base", "sequences": {"maximum_length": 3}}"#,
      ])
    #expect(policy.sequences?.maximumLength == 3)
    #expect(policy.extendsChain == ["../base.json"])
  }

  @Test func detectsCycleThroughTwoFiles() throws {
    let found = problems(
      "a.json",
      files: [
        "a.json": #"{"version": 1, "name": "a", "extends": "b.json"}"#,
        "b.json": "{\"version\": 1, \"name\": \"b\",\n \"extends\": \"./a.json\"}",
      ])
    let problem = try #require(found.first)
    #expect(found.count == 1)
    #expect(problem.code == "extends_cycle")
    #expect(problem.location == Support.at(2, 13, file: "b.json"))
    #expect(
      problem.message
        == "'extends' forms a cycle: 'a.json' -> 'b.json' -> 'a.json'; remove one of the links")
  }

  @Test func detectsSelfExtension() throws {
    let found = problems(
      "a.json", files: ["a.json": #"{"version": 1, "name": "a", "extends": "a.json"}"#])
    #expect(found.map(\.code) == ["extends_cycle"])
  }

  @Test func unknownPresetListsAvailableOnes() throws {
    let found = problems(
      "p.json", files: ["p.json": #"{"version": 1, "name": "p", "extends": "nist"}"#])
    let problem = try #require(found.first)
    #expect(problem.code == "unknown_preset")
    #expect(problem.location == Support.at(1, 40, file: "p.json"))
    #expect(
      problem.message.hasPrefix("unknown preset 'nist'; available: cis-windows, nist-800-63b-4,"))
  }

  @Test func missingExtendedFileIsAConfigurationError() throws {
    let found = problems(
      "p.json", files: ["p.json": #"{"version": 1, "name": "p", "extends": "base.json"}"#])
    let problem = try #require(found.first)
    #expect(problem.code == "unreadable_file")
    #expect(problem.message == "cannot read policy file 'base.json': file not found")
  }

  @Test func missingTopLevelFileHasNoLocation() throws {
    let found = problems("nowhere.json", files: [:])
    #expect(found.map(\.code) == ["unreadable_file"])
    #expect(found.first?.location == nil)
  }

  @Test func versionIsCheckedInEveryFile() throws {
    let found = problems(
      "child.json",
      files: [
        "child.json": #"{"version": 1, "name": "c", "extends": "base.json"}"#,
        "base.json": #"{"version": 2, "name": "b"}"#,
      ])
    let problem = try #require(found.first)
    #expect(problem.code == "unsupported_version")
    #expect(problem.location == Support.at(1, 13, file: "base.json"))
  }

  @Test func missingVersionIsReported() throws {
    let found = problems("p.json", files: ["p.json": #"{"name": "p"}"#])
    #expect(found.map(\.code) == ["missing_key"])
    #expect(found.first?.message == "missing key 'version' in the policy")
  }

  @Test func problemsInParentPointIntoParent() throws {
    let found = problems(
      "child.json",
      files: [
        "child.json": #"{"version": 1, "name": "c", "extends": "base.json"}"#,
        "base.json": "{\"version\": 1, \"name\": \"b\",\n \"length\": {\"minimum\": -3}}",
      ])
    let problem = try #require(found.first)
    #expect(problem.code == "out_of_range")
    #expect(problem.location == Support.at(2, 24, file: "base.json"))
  }

  @Test func blocklistFileIsReadRelativeToPolicy() throws {
    let policy = try load(
      "conf/p.json",
      files: [
        "conf/p.json":
          #"{"version": 1, "name": "p", "blocklist": {"files": ["lists/banned.txt"]}}"#,
        "conf/lists/banned.txt": "acme2026\r\n\nsummer2026\n",
      ])
    let file = try #require(policy.blocklist?.files.first)
    #expect(file.path == "lists/banned.txt")
    #expect(file.keys.count == 2)
    let checker = PolicyChecker(policy: policy, estimator: Support.estimator)
    #expect(checker.check("Summer2026").failures.map(\.code) == [.blocklisted])
  }

  @Test func missingBlocklistIsAConfigurationErrorNotAFailedPassword() throws {
    // A missing word list must stop the policy from loading; it must never
    // turn into "this password is blocklisted" for every password.
    let found = problems(
      "p.json",
      files: [
        "p.json": "{\"version\": 1, \"name\": \"p\",\n \"blocklist\": {\"files\": [\"gone.txt\"]}}"
      ])
    let problem = try #require(found.first)
    #expect(found.count == 1)
    #expect(problem.code == "unreadable_blocklist")
    // The path string starts at column 26 of ` "blocklist": {"files": ["gone.txt"]}`.
    #expect(problem.location == Support.at(2, 26, file: "p.json"))
    #expect(
      problem.message
        == "cannot read blocklist 'gone.txt': file not found; "
        + "fix the path, which is relative to the policy file"
    )
  }

  @Test func blocklistWithInvalidUTF8NamesTheLine() throws {
    let loader = PolicyLoader { path in
      switch path {
      case "p.json":
        Array(#"{"version": 1, "name": "p", "blocklist": {"files": ["bad.txt"]}}"#.utf8)
      case "bad.txt": Array("fine\n".utf8) + [0xFF, 0x0A]
      default: throw FileReadFailure(reason: "file not found")
      }
    }
    do {
      _ = try loader.load("p.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.problems.map(\.code) == ["invalid_blocklist"])
      #expect(error.problems.first?.message == "blocklist 'bad.txt' line 2: invalid UTF-8")
    }
  }

  @Test func referenceWithoutSlashOrExtensionIsAPresetName() {
    #expect(!PolicySource.isFileReference("strict"))
    #expect(PolicySource.isFileReference("strict.json"))
    #expect(PolicySource.isFileReference("./strict"))
    #expect(PolicySource.isFileReference("company.xml"))
  }

  @Test func presetMayExtendOnlyPresets() throws {
    // The check applies to the embedded presets; every shipped preset that
    // extends names another preset.
    for name in PolicyPresets.names {
      #expect(throws: Never.self) { try PolicyLoader().load(name) }
    }
  }
}
