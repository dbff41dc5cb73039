import Guesswork

/// `guesswork score`: estimates the strength of each password on standard input.
public enum ScoreCommand: Command {
  public static let name = "score"
  public static let summary = "Estimate the strength of passwords read from standard input."
  public static let help = """
    Usage: guesswork score [OPTIONS] < passwords.txt

    Reads one password per line from standard input (a trailing CR is
    removed) and prints one result per line. An empty line is scored as the
    empty password. A line that is not valid UTF-8 or longer than 1 MiB gets
    an error result with its line number, and scoring goes on.

    Exit status: 0 when every line was scored, 1 when some line could not
    be read (invalid UTF-8 or too long), 2 on a usage error.
    """

  public static let options: [OptionSpec] = [
    .value(
      "format", placeholder: "FORMAT",
      help: "jsonl or text; jsonl unless standard output is a terminal."),
    .repeatableValue(
      "user-input", placeholder: "WORD", help: "A word weak for this user; repeatable."),
    .value("user-inputs", placeholder: "FILE", help: "A file of such words, one per line."),
    .flag("omit-password", help: "Leave passwords, tokens and matched words out."),
    .value(
      "reference-year", placeholder: "YYYY",
      help: "Year dates are measured from; default: the current year."),
    .value("profile", placeholder: "NAME", help: "Model profile; default: zxcvbn."),
    .value(
      "analyzed-length", placeholder: "N",
      help: "Characters analysed exactly as zxcvbn does, 1 to 10000; default: 100. "
        + "The next two stretches of that length are analysed without l33t matching."),
  ]

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    let settings = try ScoreSettings(arguments, context: context)
    var reader = LineReader(source: context.input)
    var rejectedLines = 0
    while let line = reader.next() {
      switch line {
      case .text(let number, let password):
        let estimate = settings.estimator.estimate(password, userInputs: settings.userInputs)
        context.output.write(settings.report.render(estimate, line: number))
      case .invalidUTF8(let number):
        rejectedLines += 1
        context.output.write(settings.report.renderError(.invalidUTF8, line: number))
      case .tooLong(let number):
        rejectedLines += 1
        context.output.write(settings.report.renderError(.lineTooLong, line: number))
      }
    }
    return rejectedLines == 0 ? .success : .failure
  }
}
