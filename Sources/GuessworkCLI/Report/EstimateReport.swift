import Guesswork

/// Renders estimates as JSON lines or as text for a person.
struct EstimateReport {
  enum Format: String {
    case jsonl
    case text
  }

  /// Input problems reported instead of an estimate.
  enum InputError: String {
    case invalidUTF8 = "invalid_utf8"
    case lineTooLong = "line_too_long"

    var message: String {
      switch self {
      case .invalidUTF8: "the line is not valid UTF-8, so it was skipped"
      case .lineTooLong: "the line is longer than 1 MiB, so it was skipped"
      }
    }
  }

  let format: Format
  let includesPasswords: Bool

  init(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) {
    let requested = arguments.value("format")
    guard
      let format = requested.map(Format.init(rawValue:))
        ?? (context.outputIsTerminal ? .text : .jsonl)
    else {
      throw UsageError("invalid --format '\(requested ?? "")'; expected jsonl or text")
    }
    self.format = format
    self.includesPasswords = !arguments.isSet("omit-password")
  }

  func render(_ estimate: Estimate, line: Int) -> [UInt8] {
    switch format {
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      estimate.writeFields(to: &json, includeSecrets: includesPasswords)
      json.endObject()
      return json.bytes + [UInt8(ascii: "\n")]
    case .text:
      return Array(
        TextEstimateReport(estimate: estimate, line: line, includesPasswords: includesPasswords)
          .text.utf8)
    }
  }

  func renderError(_ error: InputError, line: Int) -> [UInt8] {
    switch format {
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.beginObject("error")
      json.string(error.rawValue, key: "code")
      json.string("line \(line): \(error.message)", key: "message")
      json.endObject()
      json.endObject()
      return json.bytes + [UInt8(ascii: "\n")]
    case .text:
      return Array("line \(line): error: \(error.message)\n\n".utf8)
    }
  }
}
