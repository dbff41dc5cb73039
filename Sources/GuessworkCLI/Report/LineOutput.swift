import Guesswork

/// Output format of the commands that answer once per input line.
enum OutputFormat: String, Sendable {
  case jsonl
  case text

  /// Reads `--format`, or returns `fallback` when it is absent.
  init(_ arguments: ParsedArguments, default fallback: OutputFormat) throws(UsageError) {
    guard let requested = arguments.value("format") else {
      self = fallback
      return
    }
    guard let format = OutputFormat(rawValue: requested) else {
      throw UsageError("invalid --format '\(requested)'; expected jsonl or text")
    }
    self = format
  }

  /// Text for a person at a terminal, JSON lines for a program otherwise.
  static func terminalDefault(_ context: ToolContext) -> OutputFormat {
    context.outputIsTerminal ? .text : .jsonl
  }
}

/// An input line that produced no result, with a stable code and a message.
struct LineError: Sendable {
  let code: String
  let message: String

  static let invalidUTF8 = LineError(
    code: "invalid_utf8", message: "the line is not valid UTF-8, so it was skipped")
  static let lineTooLong = LineError(
    code: "line_too_long", message: "the line is longer than 1 MiB, so it was skipped")

  /// Renders the error of input line `line`: `{"line":N,"error":{"code":…,
  /// "message":…}}` in JSON lines, `line N: error: …` in text.
  func render(line: Int, format: OutputFormat) -> String {
    switch format {
    case .text:
      return "line \(line): error: \(message)\n"
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.beginObject("error")
      json.string(code, key: "code")
      json.string("line \(line): \(message)", key: "message")
      json.endObject()
      json.endObject()
      return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
  }
}
