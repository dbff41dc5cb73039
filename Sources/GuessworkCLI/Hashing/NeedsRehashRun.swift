import Guesswork

/// `guesswork hash needs-rehash`: checks each stored hash on standard input against the policy.
enum NeedsRehashRun {
  static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) -> ExitCode
  {
    let policy = try resolveHashingPolicy(arguments, context: context)
    let report = try HashLineReport(
      arguments, defaultFormat: context.outputIsTerminal ? .text : .jsonl)
    var reader = LineReader(source: context.input)
    var flaggedLines = 0
    while let line = reader.next() {
      switch line {
      case .invalidUTF8(let number):
        flaggedLines += 1
        context.output.write(report.error(.invalidUTF8, line: number))
      case .tooLong(let number):
        flaggedLines += 1
        context.output.write(report.error(.lineTooLong, line: number))
      case .text(let number, let storedHash):
        do {
          let decision = try needsRehash(storedHash, under: policy)
          flaggedLines += decision.isRequired ? 1 : 0
          context.output.write(report.decision(decision, line: number))
        } catch {
          flaggedLines += 1
          context.output.write(report.error(LineError(error), line: number))
        }
      }
    }
    return flaggedLines == 0 ? .success : .failure
  }
}
