import Guesswork
import Testing

@testable import GuessworkCLI

/// The hashing tests' name for the shared in-memory tool runner.
typealias HashToolRun = ToolRun

extension ToolRun {
  /// Runs the tool with raw input bytes and text files readable by path.
  init(_ arguments: [String], inputBytes: [UInt8], files: [String: String] = [:]) {
    self = ToolRun.run(arguments, input: inputBytes, files: files.mapValues { Array($0.utf8) })
  }
}

/// Options for cheap hashes: 1 MiB, 1 pass, 1 lane; bcrypt cost 4.
let fastHashOptions = ["--memory-kib", "1024", "--iterations", "1", "--cost", "4"]
