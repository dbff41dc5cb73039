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
      let synopsis = "  " + option.synopsis.padding(toLength: 28)
      let lines = option.help.wrapped(toWidth: 80 - synopsis.count)
      text +=
        synopsis + lines.joined(separator: "\n" + String(repeating: " ", count: synopsis.count))
      text += "\n"
    }
    return text
  }
}

extension String {
  func padding(toLength length: Int) -> String {
    count >= length ? self + "  " : self + String(repeating: " ", count: length - count)
  }

  /// Splits the text at spaces into lines of at most `width` characters; a
  /// word longer than `width` gets a line of its own.
  func wrapped(toWidth width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in split(separator: " ") {
      if !current.isEmpty, current.count + 1 + word.count > width {
        lines.append(current)
        current = ""
      }
      current += current.isEmpty ? String(word) : " " + word
    }
    lines.append(current)
    return lines
  }
}
