import Testing

@testable import GuessworkCLI

@Suite struct CommandLineToolTests {
  @Test func noArgumentsPrintsOverviewAsUsageError() {
    let result = ToolRun([])
    #expect(result.status == .usageError)
    #expect(result.output.contains("Usage: guesswork COMMAND"))
  }

  @Test func helpListsEveryCommand() {
    let result = ToolRun(["--help"])
    #expect(result.status == .success)
    for command in CommandLineTool.commands {
      #expect(result.output.contains(command.name), "help lacks \(command.name)")
    }
  }

  @Test func unknownCommandIsUsageError() {
    let result = ToolRun(["frobnicate"])
    #expect(result.status == .usageError)
    // The argument is not repeated: it may be a password typed by mistake.
    #expect(
      result.errors
        == "guesswork: error: unknown command; expected one of: score, check, lint, policy, hash, verify\n"
    )
    #expect(result.output.isEmpty)
  }

  @Test func versionPrintsVersion() {
    let result = ToolRun(["--version"])
    #expect(result.status == .success)
    #expect(result.output == "guesswork \(CommandLineTool.version)\n")
  }

  @Test func commandHelpListsOptionsAndHelpFlag() {
    let result = ToolRun(["score", "--help"])
    #expect(result.status == .success)
    #expect(result.output.contains("--omit-password"))
    #expect(result.output.contains("--help"))
  }
}

@Suite struct CommandHelpLayoutTests {
  @Test(arguments: CommandLineTool.commands.map { $0.name })
  func helpLinesFitEightyColumns(command: String) {
    // Help is read in terminals; option texts wrap under their column.
    let result = ToolRun([command, "--help"])
    for line in result.output.split(separator: "\n") {
      #expect(line.count <= 80, "\(command): \(line)")
    }
  }

  @Test func wrappingKeepsWordsWhole() {
    #expect("alpha beta gamma".wrapped(toWidth: 10) == ["alpha beta", "gamma"])
    #expect("supercalifragilistic word".wrapped(toWidth: 5) == ["supercalifragilistic", "word"])
    #expect("".wrapped(toWidth: 5) == [""])
  }
}
