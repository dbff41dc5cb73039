import Guesswork
import Testing

@testable import GuessworkCLI

/// One run of the tool with in-memory input, output and files.
struct HashToolRun {
  let status: ExitCode
  let output: String
  let errors: String

  var outputLines: [String] { output.split(separator: "\n").map(String.init) }

  init(_ arguments: [String], input: String = "", files: [String: String] = [:]) {
    self.init(arguments, inputBytes: Array(input.utf8), files: files)
  }

  init(_ arguments: [String], inputBytes: [UInt8], files: [String: String] = [:]) {
    let output = MemorySink()
    let errors = MemorySink()
    let context = ToolContext(
      input: MemorySource(inputBytes),
      output: output,
      errors: errors,
      outputIsTerminal: false,
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
}

/// Options for cheap hashes: 1 MiB, 1 pass, 1 lane; bcrypt cost 4.
let fastHashOptions = ["--memory-kib", "1024", "--iterations", "1", "--cost", "4"]
