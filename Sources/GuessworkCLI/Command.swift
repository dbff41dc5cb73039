/// A subcommand of `guesswork`.
public protocol Command: Sendable {
  /// Name typed after `guesswork`, such as `score`.
  static var name: String { get }
  /// One line for the command list.
  static var summary: String { get }
  /// Full help, shown by `guesswork NAME --help`.
  static var help: String { get }
  /// Options the command accepts.
  static var options: [OptionSpec] { get }

  /// Runs the command with parsed arguments.
  static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) -> ExitCode
}

extension Command {
  /// Help text with the option list appended.
  static var fullHelp: String {
    var text = help + "\n\nOptions:\n"
    for option in options + [.flag("help", help: "Show this help and exit.")] {
      let synopsis = option.synopsis.padding(toLength: 28)
      text += "  \(synopsis)\(option.help)\n"
    }
    return text
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self + "  " : self + String(repeating: " ", count: length - count)
  }
}
