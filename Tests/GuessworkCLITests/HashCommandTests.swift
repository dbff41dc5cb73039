import Guesswork
import Testing

@testable import GuessworkCLI

@Suite struct HashCommandTests {
  @Test func hashesEachLineWithPolicyParameters() throws {
    let run = HashToolRun(["hash"] + fastHashOptions, input: "first\r\nsecond\n")
    let hasher = try PasswordHasher(policy: .recommended)

    #expect(run.status == .success)
    #expect(run.outputLines.count == 2)
    #expect(run.outputLines.allSatisfy { $0.hasPrefix("$argon2id$v=19$m=1024,t=1,p=1$") })
    #expect(try hasher.verify("first", against: run.outputLines[0]))
    #expect(try hasher.verify("second", against: run.outputLines[1]))
    #expect(run.errors.isEmpty)
  }

  @Test func bcryptAlgorithmGives2bHashes() throws {
    let run = HashToolRun(["hash", "--algorithm", "bcrypt"] + fastHashOptions, input: "pw\n")

    #expect(run.status == .success)
    #expect(run.outputLines.first?.hasPrefix("$2b$04$") == true)
  }

  @Test func badLinesAreReportedAndRunGoesOn() {
    var input = Array("one\n\n".utf8)
    input += [0xFF, 0xFE, UInt8(ascii: "\n")]
    input += Array("two\n".utf8)
    let run = HashToolRun(["hash"] + fastHashOptions, inputBytes: input)

    #expect(run.status == .failure)
    #expect(run.outputLines.count == 2)
    #expect(
      run.errors == """
        line 2: error: the line is empty, so nothing was hashed
        line 3: error: the line is not valid UTF-8, so it was skipped

        """)
  }

  @Test func jsonlNumbersHashesAndErrors() {
    let long = String(repeating: "€", count: 25)
    let run = HashToolRun(
      ["hash", "--algorithm", "bcrypt", "--format", "jsonl"] + fastHashOptions,
      input: "ok\n\(long)\nnul\u{0}byte\n")

    #expect(run.status == .failure)
    #expect(run.outputLines.count == 3)
    #expect(run.outputLines[0].hasPrefix(#"{"line":1,"hash":"$2b$04$"#))
    #expect(
      run.outputLines[1] == #"{"line":2,"error":{"code":"password_too_long","message":"line 2: "#
        + #"password is 75 bytes in UTF-8, but bcrypt reads at most 72; "#
        + #"use a shorter password or Argon2id"}}"#
    )
    #expect(run.outputLines[2].hasPrefix(#"{"line":3,"error":{"code":"password_contains_nul","#))
    #expect(run.errors.isEmpty)
  }

  @Test func errorsNeverEchoPasswords() {
    let secret = String(repeating: "s3cret", count: 13)
    let run = HashToolRun(
      ["hash", "--algorithm", "bcrypt", "--format", "jsonl"] + fastHashOptions, input: secret + "\n"
    )

    #expect(run.status == .failure)
    #expect(!run.output.contains("s3cret"))
    #expect(!run.errors.contains("s3cret"))
  }

  @Test func lineOver1MiBIsSkipped() {
    let run = HashToolRun(
      ["hash"] + fastHashOptions, input: String(repeating: "a", count: (1 << 20) + 1) + "\nb\n")

    #expect(run.status == .failure)
    #expect(run.outputLines.count == 1)
    #expect(run.errors == "line 1: error: the line is longer than 1 MiB, so it was skipped\n")
  }

  @Test func emptyInputHashesNothing() {
    let run = HashToolRun(["hash"] + fastHashOptions)

    #expect(run.status == .success)
    #expect(run.output.isEmpty)
  }

  struct UsageCase: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    UsageCase(
      arguments: ["hash", "hunter2"],
      message:
        "unknown hash mode 'hunter2'; expected needs-rehash or tune "
        + "(passwords are read from standard input, never from arguments)"
    ),
    UsageCase(
      arguments: ["hash", "tune", "extra"],
      message: "too many arguments; passwords are read from standard input, never from arguments"),
    UsageCase(
      arguments: ["hash", "--target", "1s"],
      message: "option '--target' does not apply to 'guesswork hash'"),
    UsageCase(
      arguments: ["hash", "--algorithm", "scrypt"],
      message: "invalid --algorithm 'scrypt'; expected one of: argon2id, bcrypt"),
    UsageCase(
      arguments: ["hash", "--cost", "twelve"],
      message: "invalid --cost 'twelve'; expected a whole number (cost)"),
    UsageCase(
      arguments: ["hash", "--cost", "32"],
      message: "invalid hashing policy: cost 32 is out of range; use 4 to 31"),
    UsageCase(
      arguments: ["hash", "--iterations", "0"],
      message: "invalid hashing policy: iterations 0 is out of range; use 1 to 4294967295"),
    UsageCase(
      arguments: ["hash", "--memory-kib", "99999999999"],
      message: "invalid hashing policy: memory_kib 99999999999 is out of range; use 8 to 4294967295"
    ),
    UsageCase(
      arguments: ["hash", "--accept", "bcrypt"],
      message:
        "invalid hashing policy: new hashes use 'argon2id', which the accepted algorithms "
        + "do not include; add it to the accepted list"
    ),
    UsageCase(
      arguments: ["hash", "--accept", "argon2id,"],
      message: "invalid --accept ''; expected one of: argon2id, bcrypt"),
    UsageCase(
      arguments: ["hash", "--format", "xml"],
      message: "invalid --format 'xml'; expected jsonl or text"),
  ])
  func usageErrorsExplainFix(testCase: UsageCase) {
    let run = HashToolRun(testCase.arguments)

    #expect(run.status == .usageError)
    #expect(run.errors == "guesswork: error: \(testCase.message)\n")
    #expect(run.output.isEmpty)
  }

  @Test func memoryAboveMachineIsRejected() {
    let beyond = HashingLimits.machine.maximumMemoryKiB + 1
    let run = HashToolRun(["hash", "--memory-kib", String(beyond)])

    #expect(run.status == .usageError)
    #expect(run.errors.contains("exceeds the limit of"))
  }

  @Test func policyDefaultsMatchRecommended() throws {
    let arguments = try ArgumentParser(options: HashCommand.options).parse([])
    let policy = try resolveHashingPolicy(arguments, context: HashToolRun.emptyContext)

    #expect(policy == HashingPolicy.recommended)
  }

  @Test func policyFlagsOverrideEachField() throws {
    let arguments = try ArgumentParser(options: HashCommand.options).parse([
      "--algorithm", "bcrypt", "--memory-kib", "19456", "--iterations", "2", "--parallelism", "2",
      "--cost", "10", "--accept", "bcrypt",
    ])
    let policy = try resolveHashingPolicy(arguments, context: HashToolRun.emptyContext)

    #expect(
      policy
        == HashingPolicy(
          algorithm: .bcrypt,
          argon2id: Argon2Parameters(memoryKiB: 19456, iterations: 2, parallelism: 2),
          bcrypt: BcryptParameters(cost: 10), acceptedAlgorithms: [.bcrypt]))
  }

  @Test func helpListsModesAndOptions() {
    let run = HashToolRun(["hash", "--help"])

    #expect(run.status == .success)
    #expect(run.output.contains("guesswork hash needs-rehash"))
    #expect(run.output.contains("--max-memory-kib KiB"))
  }
}

extension HashToolRun {
  static var emptyContext: ToolContext {
    ToolContext(
      input: MemorySource(""), output: MemorySink(), errors: MemorySink(), outputIsTerminal: false,
      readFile: { path in throw FileReadError(path: path, reason: "file not found") })
  }
}
