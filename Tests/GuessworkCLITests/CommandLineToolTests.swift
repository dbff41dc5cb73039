import Testing

@testable import GuessworkCLI

/// Runs the tool in memory and returns its exit code and output.
func runTool(
  _ arguments: [String], input: String = "", outputIsTerminal: Bool = false
) -> (code: ExitCode, output: String, errors: String) {
  let output = MemorySink()
  let errors = MemorySink()
  let context = ToolContext(
    input: MemorySource(input),
    output: output,
    errors: errors,
    outputIsTerminal: outputIsTerminal,
    readFile: FileAccess.readWholeFile
  )
  let code = CommandLineTool.run(arguments, context: context)
  return (code, output.text, errors.text)
}

@Suite struct CommandLineToolTests {
  @Test func noArgumentsPrintsOverviewAsUsageError() {
    let result = runTool([])
    #expect(result.code == .usageError)
    #expect(result.output.contains("Usage: guesswork COMMAND"))
  }

  @Test func helpListsEveryCommand() {
    let result = runTool(["--help"])
    #expect(result.code == .success)
    for command in CommandLineTool.commands {
      #expect(result.output.contains(command.name), "help lacks \(command.name)")
    }
  }

  @Test func unknownCommandIsUsageError() {
    let result = runTool(["frobnicate"])
    #expect(result.code == .usageError)
    #expect(result.errors == "guesswork: error: unknown command 'frobnicate'; run 'guesswork --help' for the list\n")
    #expect(result.output.isEmpty)
  }

  @Test func versionPrintsVersion() {
    let result = runTool(["--version"])
    #expect(result.code == .success)
    #expect(result.output == "guesswork \(CommandLineTool.version)\n")
  }

  @Test func commandHelpListsOptionsAndHelpFlag() {
    let result = runTool(["score", "--help"])
    #expect(result.code == .success)
    #expect(result.output.contains("--omit-password"))
    #expect(result.output.contains("--help"))
  }
}
