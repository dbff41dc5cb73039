import Guesswork

/// `guesswork verify`: checks a password from standard input against a stored hash.
public enum VerifyCommand: Command {
  public static let name = "verify"
  public static let summary = "Check a password from standard input against a stored hash."
  public static let help = """
    Usage: guesswork verify --hash-file FILE < password.txt
           printf '%s\\n%s\\n' "$PASSWORD" "$HASH" | guesswork verify

    Reads the password from the first line of standard input (a trailing CR is
    removed; an empty line is the empty password). The stored hash comes from
    the one line of FILE or, without --hash-file, from the second line of
    standard input. Supported hashes: $argon2id$, $argon2i$, $argon2d$ and
    bcrypt $2b$, $2a$, $2y$. Prints "match" or "mismatch".

    Exit status: 0 on a match, 1 on a mismatch, 2 when no answer is possible:
    a usage error, unreadable input, a malformed or unsupported hash, or a
    password the hash's algorithm cannot take (bcrypt: over 72 bytes or NUL).
    """

  public static let options: [OptionSpec] = [
    .value("hash-file", placeholder: "FILE", help: "File holding the stored hash on one line.")
  ]

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    guard arguments.positionals.isEmpty else {
      throw UsageError(
        "unexpected argument; passwords are read from standard input, never from arguments")
    }
    var reader = LineReader(source: context.input)
    let password = try readLine(&reader, expected: "password")
    let storedHash: String
    if let path = arguments.value("hash-file") {
      storedHash = try readHashFile(path, context: context)
    } else {
      storedHash = try readLine(&reader, expected: "stored hash")
    }
    guard reader.next() == nil else {
      let expected =
        arguments.value("hash-file") == nil
        ? "two lines (password, hash)" : "one line (the password)"
      throw UsageError("standard input has more than \(expected)")
    }
    let matches: Bool
    do {
      matches = try PasswordHasher(policy: .recommended).verify(password, against: storedHash)
    } catch {
      throw UsageError("cannot verify: \(error)")
    }
    context.output.write(matches ? "match\n" : "mismatch\n")
    return matches ? .success : .failure
  }

  private static func readLine(_ reader: inout LineReader, expected: String) throws(UsageError)
    -> String
  {
    switch reader.next() {
    case .text(_, let text):
      return text
    case .invalidUTF8(let number):
      throw UsageError("line \(number) of standard input (the \(expected)) is not valid UTF-8")
    case .tooLong(let number):
      throw UsageError("line \(number) of standard input (the \(expected)) is longer than 1 MiB")
    case nil:
      throw UsageError("standard input ended before the \(expected)")
    }
  }

  private static func readHashFile(_ path: String, context: ToolContext) throws(UsageError)
    -> String
  {
    let bytes: [UInt8]
    do {
      bytes = try context.readFile(path)
    } catch {
      throw UsageError("cannot read --hash-file '\(path)': \(readFailureReason(error))")
    }
    // Trim bytes, not Characters: Swift treats "\r\n" as one Character, which
    // hasSuffix("\n") and contains("\n") do not match.
    var content = bytes[...]
    if content.last == UInt8(ascii: "\n") {
      content = content.dropLast()
    }
    if content.last == UInt8(ascii: "\r") {
      content = content.dropLast()
    }
    guard !content.contains(UInt8(ascii: "\n")) else {
      throw UsageError(
        "--hash-file '\(path)' contains more than one line; expected one hash on one line")
    }
    guard let text = String(validating: content, as: UTF8.self) else {
      throw UsageError("--hash-file '\(path)' is not valid UTF-8")
    }
    return text
  }
}
