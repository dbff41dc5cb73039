import Guesswork
import Testing

@testable import GuessworkCLI

@Suite struct HashVerifyTests {
  /// Openwall crypt_blowfish test vector: "U*U" under this hash (wrapper.c, `tests[]`).
  static let vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"

  @Test func hashFromFileMatches() {
    let run = HashToolRun(
      ["verify", "--hash-file", "stored.txt"], input: "U*U\n",
      files: ["stored.txt": Self.vector + "\n"])

    #expect(run.status == .success)
    #expect(run.output == "match\n")
  }

  @Test func hashFromFileWithCRLFMatches() {
    let run = HashToolRun(
      ["verify", "--hash-file", "stored.txt"], input: "U*U\r\n",
      files: ["stored.txt": Self.vector + "\r\n"])

    #expect(run.status == .success)
  }

  @Test func hashAfterPasswordOnStandardInput() {
    let match = HashToolRun(["verify"], input: "U*U\n\(Self.vector)\n")
    let mismatch = HashToolRun(["verify"], input: "U*U*\n\(Self.vector)\n")

    #expect(match.status == .success)
    #expect(mismatch.status == .failure)
    #expect(mismatch.output == "mismatch\n")
  }

  @Test func emptyLineIsEmptyPassword() throws {
    let stored = try PasswordHasher(policy: .recommended).verify(
      "", against: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy")
    let run = HashToolRun(
      ["verify"], input: "\n$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy\n")

    #expect(stored)
    #expect(run.status == .success)
  }

  @Test func guessworkHashVerifies() {
    let hashed = HashToolRun(["hash"] + fastHashOptions, input: "pässwörd\n")
    let run = HashToolRun(["verify"], input: "pässwörd\n\(hashed.output)")

    #expect(run.status == .success)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let label: String
    let arguments: [String]
    let input: String
    let message: String
    var testDescription: String { label }
  }

  @Test(arguments: [
    ErrorCase(
      label: "no input", arguments: ["verify"], input: "",
      message: "standard input ended before the password"),
    ErrorCase(
      label: "no hash line", arguments: ["verify"], input: "pw\n",
      message: "standard input ended before the stored hash"),
    ErrorCase(
      label: "extra line", arguments: ["verify"], input: "pw\n\(vector)\nmore\n",
      message: "standard input has more than two lines (password, hash)"),
    ErrorCase(
      label: "extra line with file", arguments: ["verify", "--hash-file", "stored.txt"],
      input: "pw\n\(vector)\n",
      message: "standard input has more than one line (the password)"),
    ErrorCase(
      label: "DES hash", arguments: ["verify"], input: "pw\nab01FAX.bQRSU\n",
      message:
        "cannot verify: malformed stored hash: "
        + "the hash does not start with '$' and an algorithm identifier"
    ),
    ErrorCase(
      label: "sha512crypt", arguments: ["verify"], input: "pw\n$6$salt$hash\n",
      message:
        "cannot verify: unsupported hash algorithm '$6$'; "
        + "supported: $argon2id$, $argon2i$, $argon2d$, $2b$, $2a$, $2y$"
    ),
    ErrorCase(
      label: "bcrypt password too long", arguments: ["verify"],
      input: String(repeating: "a", count: 73) + "\n\(vector)\n",
      message:
        "cannot verify: password is 73 bytes in UTF-8, but bcrypt reads at most 72; "
        + "use a shorter password or Argon2id"
    ),
    ErrorCase(
      label: "missing file", arguments: ["verify", "--hash-file", "absent.txt"], input: "pw\n",
      message: "cannot read --hash-file 'absent.txt': file not found"),
    ErrorCase(
      label: "two hashes in file", arguments: ["verify", "--hash-file", "two.txt"], input: "pw\n",
      message: "--hash-file 'two.txt' contains more than one line; expected one hash on one line"),
    ErrorCase(
      label: "two CRLF hashes in file", arguments: ["verify", "--hash-file", "two-crlf.txt"],
      input: "pw\n",
      message:
        "--hash-file 'two-crlf.txt' contains more than one line; expected one hash on one line"),
    ErrorCase(
      label: "password as argument", arguments: ["verify", "hunter2"], input: "",
      message: "unexpected argument; passwords are read from standard input, never from arguments"),
  ])
  func errorsExitTwo(testCase: ErrorCase) {
    let files = [
      "stored.txt": Self.vector, "two.txt": "\(Self.vector)\n\(Self.vector)\n",
      "two-crlf.txt": "\(Self.vector)\r\n\(Self.vector)\r\n",
    ]
    let run = HashToolRun(testCase.arguments, input: testCase.input, files: files)

    #expect(run.status == .usageError)
    #expect(run.errors == "guesswork: error: \(testCase.message)\n")
    #expect(run.output.isEmpty)
  }

  @Test func invalidUTF8PasswordIsNamedByLine() {
    let run = HashToolRun(
      ["verify"], inputBytes: [0xFF, UInt8(ascii: "\n")] + Array("\(Self.vector)\n".utf8))

    #expect(run.status == .usageError)
    #expect(
      run.errors == "guesswork: error: line 1 of standard input (the password) is not valid UTF-8\n"
    )
  }

  @Test func errorsNeverEchoPassword() {
    let run = HashToolRun(
      ["verify"], input: "s3cret-" + String(repeating: "x", count: 80) + "\n\(Self.vector)\n")

    #expect(!run.errors.contains("s3cret"))
    #expect(!run.output.contains("s3cret"))
  }
}
