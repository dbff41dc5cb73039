import Testing

@testable import GuessworkCLI

@Suite struct HashNeedsRehashTests {
  static let salt = "c29tZXNhbHRzb21lc2FsdA"
  static let tag = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"
  static let current = "$argon2id$v=19$m=65536,t=3,p=1$\(salt)$\(tag)"
  static let weakBcrypt = "$2a$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"

  @Test func reportsEachLineByNumberAndGoesOn() {
    let input =
      [Self.current, "not a hash", Self.weakBcrypt, "", "$6$salt$hash"].joined(separator: "\n")
      + "\n"
    let run = HashToolRun(["hash", "needs-rehash"], input: input)

    #expect(run.status == .failure)
    #expect(
      run.outputLines == [
        #"{"line":1,"algorithm":"argon2id","scheme":"argon2id","needs_rehash":false,"reasons":[]}"#,
        #"{"line":2,"error":{"code":"malformed_hash","message":"line 2: malformed stored hash: "#
          + #"the hash contains a character outside printable ASCII"}}"#,
        #"{"line":3,"algorithm":"bcrypt","scheme":"2a","needs_rehash":true,"reasons":["#
          + #"{"code":"legacy_variant","message":"$2a$ is a legacy variant; new hashes use $2b$"},"#
          + #"{"code":"cost_below","message":"cost 10 is below the policy's 12"}]}"#,
        #"{"line":4,"error":{"code":"malformed_hash","#
          + #""message":"line 4: malformed stored hash: the hash is empty"}}"#,
        #"{"line":5,"error":{"code":"unsupported_algorithm","#
          + #""message":"line 5: unsupported hash algorithm '$6$'; "#
          + #"supported: $argon2id$, $argon2i$, $argon2d$, $2b$, $2a$, $2y$"}}"#,
      ])
    #expect(run.errors.isEmpty)
  }

  @Test func legacyArgon2VariantIsNamed() {
    // An Argon2i hash belongs to the Argon2 family but is its own scheme.
    let argon2i = Self.current.replacingOccurrences(of: "$argon2id$", with: "$argon2i$")
    let run = HashToolRun(["hash", "needs-rehash"], input: argon2i + "\n")
    #expect(run.output.hasPrefix(#"{"line":1,"algorithm":"argon2id","scheme":"argon2i","#))
  }

  @Test func policyPresetSetsTheMinimums() {
    // The strict preset requires bcrypt cost 12, so a cost-10 hash falls short.
    let run = HashToolRun(
      ["hash", "needs-rehash", "--policy", "strict"], input: Self.weakBcrypt + "\n")
    #expect(run.status == .failure)
    #expect(
      run.output.contains(#"{"code":"cost_below","message":"cost 10 is below the policy's 12"}"#))
  }

  @Test func flagsOverrideThePolicy() {
    // --cost 10 lowers the strict preset's 12, leaving only the legacy prefix.
    let run = HashToolRun(
      ["hash", "needs-rehash", "--policy", "strict", "--cost", "10"], input: Self.weakBcrypt + "\n")
    #expect(!run.output.contains("cost_below"))
    #expect(run.output.contains("legacy_variant"))
  }

  @Test func policyWithoutHashingSectionIsUsageError() {
    let run = HashToolRun(["hash", "needs-rehash", "--policy", "nist-800-63b-4"], input: "")
    #expect(run.status == .usageError)
    #expect(
      run.errors
        == "guesswork: error: policy 'nist-800-63b-4' has no 'hashing' section; "
        + "add one, or set the hashing options instead\n")
  }

  @Test func invalidPolicyFileIsUsageErrorWithLocation() {
    // Line 4, column 14 is the number given where the hashing section belongs.
    let files = ["bad.json": "{\n  \"version\": 1,\n  \"name\": \"bad\",\n  \"hashing\": 7\n}\n"]
    let run = HashToolRun(
      ["hash", "needs-rehash", "--policy", "bad.json"], input: "", files: files)
    #expect(run.status == .usageError)
    #expect(run.errors.hasPrefix("bad.json:4:14: error: "))
    #expect(
      run.errors.hasSuffix(
        "guesswork: error: policy 'bad.json' is invalid; fix the errors listed above\n"))
  }

  @Test func allCurrentHashesExitZero() {
    let run = HashToolRun(["hash", "needs-rehash"], input: "\(Self.current)\r\n\(Self.current)\n")

    #expect(run.status == .success)
    #expect(run.outputLines.count == 2)
  }

  @Test func textFormatReadsAsSentences() {
    let run = HashToolRun(
      ["hash", "needs-rehash", "--format", "text"],
      input: "\(Self.current)\n\(Self.weakBcrypt)\nx\n")

    #expect(
      run.output == """
        line 1: ok ($argon2id$)
        line 2: needs rehash ($2a$): $2a$ is a legacy variant; new hashes use $2b$; \
        cost 10 is below the policy's 12
        line 3: error: malformed stored hash: \
        the hash does not start with '$' and an algorithm identifier

        """)
  }

  @Test func policyFlagsChangeDecision() {
    let stronger = HashToolRun(
      ["hash", "needs-rehash", "--memory-kib", "131072", "--format", "text"],
      input: Self.current + "\n")
    let weaker = HashToolRun(
      ["hash", "needs-rehash", "--iterations", "2", "--format", "text"], input: Self.current + "\n")
    let argon2Only = HashToolRun(
      ["hash", "needs-rehash", "--accept", "argon2id", "--cost", "4", "--format", "text"],
      input: Self.weakBcrypt + "\n")

    #expect(
      stronger.output
        == "line 1: needs rehash ($argon2id$): memory 65536 KiB is below the policy's 131072 KiB\n")
    #expect(weaker.output == "line 1: ok ($argon2id$)\n")
    #expect(
      argon2Only.output
        == "line 1: needs rehash ($2a$): the policy does not accept bcrypt hashes; "
        + "$2a$ is a legacy variant; new hashes use $2b$\n"
    )
  }

  @Test func invalidUTF8LineIsReported() {
    var input = Array((Self.current + "\n").utf8)
    input += [0xC3, UInt8(ascii: "\n")]
    let run = HashToolRun(["hash", "needs-rehash", "--format", "text"], inputBytes: input)

    #expect(run.status == .failure)
    #expect(run.outputLines.last == "line 2: error: the line is not valid UTF-8, so it was skipped")
  }

  @Test func tuneOptionIsRejected() {
    let run = HashToolRun(["hash", "needs-rehash", "--max-memory-kib", "1024"])

    #expect(run.status == .usageError)
    #expect(
      run.errors
        == "guesswork: error: option '--max-memory-kib' does not apply to "
        + "'guesswork hash needs-rehash'\n"
    )
  }
}
