import Foundation
import Testing

@testable import GuessworkCLI

/// One run of `guesswork` with memory-backed input and output.
struct ToolRun {
  let status: ExitCode
  let output: String
  let errors: String

  /// Runs the tool with standard input, files readable by path, and
  /// whether standard output is a terminal.
  static func run(
    _ arguments: [String], input: [UInt8] = [], files: [String: [UInt8]] = [:],
    terminal: Bool = false, chunkSize: Int = 1 << 16
  ) -> ToolRun {
    let output = MemorySink()
    let errors = MemorySink()
    let context = ToolContext(
      input: MemorySource(input, chunkSize: chunkSize), output: output, errors: errors,
      outputIsTerminal: terminal,
      readFile: { path in
        guard let bytes = files[path] else {
          throw FileReadError(path: path, reason: "file not found")
        }
        return bytes
      })
    let status = CommandLineTool.run(arguments, context: context)
    return ToolRun(status: status, output: output.text, errors: errors.text)
  }

  /// Runs `guesswork score` with the reference year pinned to 2017.
  static func score(
    _ arguments: [String] = [], input: String, files: [String: [UInt8]] = [:],
    terminal: Bool = false
  ) -> ToolRun {
    run(
      ["score", "--reference-year", "2017"] + arguments, input: Array(input.utf8),
      files: files, terminal: terminal)
  }

  /// Output lines, each parsed as a JSON object.
  var objects: [[String: Any]] {
    get throws {
      try output.split(separator: "\n").map { line in
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      }
    }
  }

  /// Output lines decoded as scored lines, with exact doubles and strict
  /// types.
  var results: [ScoreLine] {
    get throws {
      let decoder = JSONDecoder()
      decoder.keyDecodingStrategy = .convertFromSnakeCase
      return try output.split(separator: "\n").map { line in
        try decoder.decode(ScoreLine.self, from: Data(line.utf8))
      }
    }
  }
}

extension ToolRun {
  /// Runs the tool with text input and text files readable by path.
  init(
    _ arguments: [String], input: String = "", files: [String: String] = [:],
    terminal: Bool = false
  ) {
    self = ToolRun.run(
      arguments, input: Array(input.utf8), files: files.mapValues { Array($0.utf8) },
      terminal: terminal)
  }

  /// Standard output split into lines.
  var outputLines: [String] { output.split(separator: "\n").map(String.init) }
}
