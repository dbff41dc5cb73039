/// The outside world as commands see it, so tests can replace every part.
public struct ToolContext {
  /// Standard input.
  public let input: ByteSource
  /// Standard output.
  public let output: OutputSink
  /// Standard error.
  public let errors: OutputSink
  /// Whether standard output is a terminal, which selects text output.
  public let outputIsTerminal: Bool
  /// Reads a whole file; throws when it cannot.
  public let readFile: (String) throws -> [UInt8]

  public init(
    input: ByteSource,
    output: OutputSink,
    errors: OutputSink,
    outputIsTerminal: Bool,
    readFile: @escaping (String) throws -> [UInt8]
  ) {
    self.input = input
    self.output = output
    self.errors = errors
    self.outputIsTerminal = outputIsTerminal
    self.readFile = readFile
  }
}

/// A file that could not be read; the message names the path and reason.
public struct FileReadError: Error, Sendable {
  public let path: String
  public let reason: String
}
