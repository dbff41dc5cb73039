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
    guard let name = arguments.first, !["--help", "-h", "help"].contains(name) else {
      context.output.write(overview)
      return arguments.isEmpty ? .usageError : .success
    }
    if name == "--version" {
      context.output.write("guesswork \(version)\n")
      return .success
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      // The argument is not echoed: it may be a password typed in the wrong place.
      let names = commands.map { $0.name }.joined(separator: ", ")
      return fail(UsageError("unknown command; expected one of: \(names)"), context)
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      context.output.write(command.fullHelp)
      return .success
    }
    let status = execute(command, rest, context: context)
    return failedStream(context) ?? status
  }

  private static func execute(
    _ command: any Command.Type, _ arguments: [String], context: ToolContext
  ) -> ExitCode {
    do {
      let parsed = try ArgumentParser(options: command.options).parse(arguments)
      return try command.run(parsed, context: context)
    } catch {
      return fail(error, context)
    }
  }

  /// Reports a failed read of standard input or write of standard output,
  /// which would otherwise pass for an empty input or a complete output.
  private static func failedStream(_ context: ToolContext) -> ExitCode? {
    context.output.flush()
    if let reason = context.input.failure {
      return fail(UsageError("cannot read standard input: \(reason)"), context)
    }
    if let reason = context.output.failure {
      return fail(UsageError("cannot write standard output: \(reason)"), context)
    }
    return nil
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
