import Guesswork
import Testing

@testable import GuessworkCLI

@Suite struct PolicyLoadingTests {
  private func context(files: [String: String], errors: MemorySink = MemorySink()) -> ToolContext {
    ToolContext(
      input: MemorySource(""), output: MemorySink(), errors: errors, outputIsTerminal: false,
      readFile: { path in
        guard let text = files[path] else {
          throw FileReadError(path: path, reason: "file not found")
        }
        return Array(text.utf8)
      })
  }

  @Test func hashingPolicyFromPreset() throws {
    let hashing = try PolicyLoading.hashingPolicy("strict", context: context(files: [:]))
    #expect(hashing.algorithm == .argon2id)
    #expect(hashing.argon2id == Argon2Parameters(memoryKiB: 65536, iterations: 3, parallelism: 1))
    #expect(hashing.bcrypt.cost == 12)
    #expect(hashing.acceptedAlgorithms == [.argon2id, .bcrypt])
  }

  @Test func policyWithoutHashingSectionIsAUsageError() {
    #expect(throws: UsageError.self) {
      try PolicyLoading.hashingPolicy("nist-800-63b-4", context: context(files: [:]))
    }
  }

  @Test func invalidPolicyPrintsItsProblems() {
    let errors = MemorySink()
    let files = ["p.json": #"{"version": 1, "name": "p", "hashing": {"bcrypt": {"cost": 3}}}"#]
    #expect(throws: UsageError("policy 'p.json' is invalid; fix the errors listed above")) {
      try PolicyLoading.hashingPolicy("p.json", context: context(files: files, errors: errors))
    }
    // The cost 3 is the 60th character of the file.
    #expect(errors.text.hasPrefix("p.json:1:60: error: 'hashing.bcrypt.cost' is 3;"))
  }

  @Test func fileReadErrorsKeepOnlyTheReason() {
    let errors = MemorySink()
    _ = PolicyLoading.load("missing.json", context: context(files: [:], errors: errors))
    #expect(
      errors.text
        == "guesswork: error: cannot read policy file 'missing.json': file not found "
        + "[unreadable_file]\n"
    )
  }
}
