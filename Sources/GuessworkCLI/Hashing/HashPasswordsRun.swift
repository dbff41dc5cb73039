import Guesswork

/// `guesswork hash`: hashes each password on standard input under the policy from the options.
enum HashPasswordsRun {
  static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) -> ExitCode
  {
    let policy = try resolveHashingPolicy(arguments, context: context)
    let report = try HashLineReport(arguments, defaultFormat: .text)
    let hasher: PasswordHasher
    do {
      hasher = try PasswordHasher(policy: policy)
    } catch {
      throw UsageError("invalid hashing policy: \(error)")
    }
    var reader = LineReader(source: context.input)
    var rejectedLines = 0
    while let line = reader.next() {
      switch hashLine(line, hasher: hasher) {
      case .success(let (number, hash)):
        context.output.write(report.hash(hash, line: number))
      case .failure(let failure):
        rejectedLines += 1
        if report.format == .text {
          // An empty line keeps output line N paired with input line N.
          context.errors.write(report.error(failure.error, line: failure.line))
          context.output.write("\n")
        } else {
          context.output.write(report.error(failure.error, line: failure.line))
        }
      }
    }
    return rejectedLines == 0 ? .success : .failure
  }

  struct LineFailure: Error {
    let line: Int
    let error: LineError
  }

  private static func hashLine(_ line: LineReader.Line, hasher: PasswordHasher) -> Result<
    (Int, String), LineFailure
  > {
    switch line {
    case .invalidUTF8(let number):
      return .failure(LineFailure(line: number, error: .invalidUTF8))
    case .tooLong(let number):
      return .failure(LineFailure(line: number, error: .lineTooLong))
    case .text(let number, let password):
      guard !password.isEmpty else {
        let error = LineError(
          code: "empty_password", message: "the line is empty, so nothing was hashed")
        return .failure(LineFailure(line: number, error: error))
      }
      do {
        return .success((number, try hasher.hash(password)))
      } catch {
        return .failure(LineFailure(line: number, error: LineError(error)))
      }
    }
  }
}
