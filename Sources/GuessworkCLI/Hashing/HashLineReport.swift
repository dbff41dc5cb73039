import Guesswork

/// Renders per-line results of `hash` and `hash needs-rehash` as JSON lines or text.
struct HashLineReport {
  let format: OutputFormat

  init(_ arguments: ParsedArguments, defaultFormat: OutputFormat) throws(UsageError) {
    self.format = try OutputFormat(arguments, default: defaultFormat)
  }

  /// Renders a new hash: the hash alone in text, `{"line":N,"hash":…}` in JSON lines.
  func hash(_ hash: String, line: Int) -> String {
    switch format {
    case .text:
      return hash + "\n"
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.string(hash, key: "hash")
      json.endObject()
      return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
  }

  /// Renders a rehash decision with each reason's code and message.
  func decision(_ decision: RehashDecision, line: Int) -> String {
    switch format {
    case .text:
      guard decision.isRequired else {
        return "line \(line): ok ($\(decision.scheme)$)\n"
      }
      let reasons = decision.reasons.map(\.description).joined(separator: "; ")
      return "line \(line): needs rehash ($\(decision.scheme)$): \(reasons)\n"
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.string(decision.algorithm.rawValue, key: "algorithm")
      json.string(decision.scheme, key: "scheme")
      json.bool(decision.isRequired, key: "needs_rehash")
      json.beginArray("reasons")
      for reason in decision.reasons {
        json.beginObject()
        json.string(reason.code, key: "code")
        json.string(reason.description, key: "message")
        json.endObject()
      }
      json.endArray()
      json.endObject()
      return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
  }

  /// Renders the error of one line. Text output of `hash` sends it to standard error.
  func error(_ error: LineError, line: Int) -> String {
    error.render(line: line, format: format)
  }

}

extension LineError {
  /// The error of a line that could not be hashed or parsed as a stored hash.
  init(_ error: HashingError) {
    self.init(code: error.code, message: error.description)
  }
}
