/// The `guesswork` command-line tool: picks a subcommand and runs it.
public enum CommandLineTool {
  /// Subcommands in the order the help lists them.
  public static let commands: [any Command.Type] = [
    ScoreCommand.self,
    CheckCommand.self,
    LintCommand.self,
    PolicyCommand.self,
    HashCommand.self,
    VerifyCommand.self,
  ]

  /// Runs the tool with the arguments after the program name.
  ///
  /// Usage errors are printed to standard error as `guesswork: error: …`.
  public static func run(_ arguments: [String], context: ToolContext) -> ExitCode {
    defer {
      context.output.flush()
      context.errors.flush()
    }
    guard let name = arguments.first, name != "--help", name != "help" else {
      context.output.write(overview)
      return arguments.isEmpty ? .usageError : .success
    }
    if name == "--version" {
      context.output.write("guesswork \(version)\n")
      return .success
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      return fail(UsageError("unknown command '\(name)'; run 'guesswork --help' for the list"), context)
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") {
      context.output.write(command.fullHelp)
      return .success
    }
    do {
      let parsed = try ArgumentParser(options: command.options).parse(rest)
      return try command.run(parsed, context: context)
    } catch {
      return fail(error, context)
    }
  }

  /// Version of the tool.
  public static let version = "0.1.0"

  private static func fail(_ error: UsageError, _ context: ToolContext) -> ExitCode {
    context.errors.write("guesswork: error: \(error.message)\n")
    return .usageError
  }

  static var overview: String {
    var text = """
      guesswork: how guessable is a password, and does it meet a policy?

      Usage: guesswork COMMAND [OPTIONS]

      Passwords are read from standard input, one per line, never from
      arguments.

      Commands:

      """
    for command in commands {
      text += "  \(command.name.padding(toLength: 12))\(command.summary)\n"
    }
    text += "\nRun 'guesswork COMMAND --help' for a command's options.\n"
    return text
  }
}
