import Guesswork

/// Renders estimates as JSON lines or as text for a person.
struct EstimateReport {
  let format: OutputFormat
  let includesPasswords: Bool

  init(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) {
    self.format = try OutputFormat(arguments, default: .terminalDefault(context))
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

  /// Renders a line that could not be scored, followed in text by the
  /// blank line that separates reports.
  func renderError(_ error: LineError, line: Int) -> [UInt8] {
    let rendered = error.render(line: line, format: format)
    return Array((format == .text ? rendered + "\n" : rendered).utf8)
  }

}
