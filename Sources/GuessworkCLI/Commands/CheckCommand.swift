import Guesswork

/// `guesswork check`: checks each password on standard input against a policy.
public enum CheckCommand: Command {
  public static let name = "check"
  public static let summary = "Check passwords read from standard input against a policy."
  public static let help = """
    Usage: guesswork check --policy FILE|PRESET [OPTIONS] < passwords.txt

    Reads one password per line from standard input (a trailing CR is
    removed) and prints one result per line: accepted or rejected, every
    failed rule with its code, message and suggestion, and the strength
    estimate. Rules set to "warn" are reported but do not reject. A line
    that is not valid UTF-8 or longer than 1 MiB gets an error result with
    its line number, and checking goes on.

    \(("Presets: " + PolicyPresets.names.joined(separator: ", ") + ".").wrapped(toWidth: 72).joined(separator: "\n"))

    Exit status: 0 when every password is accepted, 1 when any is rejected
    or any line could not be read, 2 on a usage error or an invalid policy
    (its problems are printed as FILE:LINE:COLUMN: error: MESSAGE).
    """

  public static let options: [OptionSpec] = [
    .value("policy", placeholder: "FILE|PRESET", help: "Policy file or preset name; required."),
    .value(
      "format", placeholder: "FORMAT",
      help: "jsonl or text; jsonl unless standard output is a terminal."),
    .flag("omit-password", help: "Leave passwords out of the output."),
    .value("username", placeholder: "NAME", help: "The account's user name, for the context rule."),
    .value(
      "email", placeholder: "ADDRESS", help: "The account's email address, for the context rule."),
    .value("name", placeholder: "TEXT", help: "The person's name, for the context rule."),
    .repeatableValue(
      "user-input", placeholder: "WORD", help: "Another word weak for this account; repeatable."),
    .value("user-inputs", placeholder: "FILE", help: "A file of such words, one per line."),
    .value(
      "password-set-at", placeholder: "TIME",
      help: "When the current password was set (ISO 8601), for the rotation rule."),
    .value(
      "history", placeholder: "FILE",
      help: "Stored hashes of past passwords, newest (current) first, one per line."),
    .value("now", placeholder: "TIME", help: "The time to check at (ISO 8601); default: now."),
    .value(
      "reference-year", placeholder: "YYYY",
      help: "Year dates are measured from; default: the current year."),
  ]

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    guard let settings = try CheckSettings(arguments, context: context) else {
      return .usageError
    }
    var reader = LineReader(source: context.input)
    var allAccepted = true
    while let line = reader.next() {
      switch line {
      case .text(let number, let password):
        guard let result = try check(password, settings: settings) else { return .usageError }
        allAccepted = allAccepted && result.isAccepted
        context.output.write(settings.report.render(result, line: number))
      case .invalidUTF8(let number):
        allAccepted = false
        context.output.write(settings.report.renderInputError(.invalidUTF8, line: number))
      case .tooLong(let number):
        allAccepted = false
        context.output.write(settings.report.renderInputError(.lineTooLong, line: number))
      }
    }
    return allAccepted ? .success : .failure
  }

  private static func check(_ password: String, settings: CheckSettings) throws(UsageError)
    -> PolicyCheckResult?
  {
    guard let account = settings.account else {
      return settings.checker.check(password, context: settings.context)
    }
    do {
      return try settings.checker.check(
        password, context: settings.context, account: account, now: settings.now)
    } catch {
      throw UsageError("invalid entry in --history: \(error)")
    }
  }
}
