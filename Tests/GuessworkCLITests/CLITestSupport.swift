@testable import GuessworkCLI

/// Runs the tool in memory and returns what it wrote.
struct ToolRun {
  let status: ExitCode
  let output: String
  let errors: String

  /// Runs `guesswork` with arguments, standard input and files held in memory.
  init(
    _ arguments: [String], input: String = "", files: [String: String] = [:], terminal: Bool = false
  ) {
    let output = MemorySink()
    let errors = MemorySink()
    let context = ToolContext(
      input: MemorySource(input), output: output, errors: errors, outputIsTerminal: terminal,
      readFile: { path in
        guard let text = files[path] else {
          throw FileReadError(path: path, reason: "file not found")
        }
        return Array(text.utf8)
      })
    status = CommandLineTool.run(arguments, context: context)
    self.output = output.text
    self.errors = errors.text
  }

  /// Standard output split into lines.
  var outputLines: [Substring] { output.split(separator: "\n") }
}
