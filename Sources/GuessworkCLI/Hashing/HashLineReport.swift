import Guesswork

/// Renders per-line results of `hash` and `hash needs-rehash` as JSON lines or text.
struct HashLineReport {
  enum Format: String {
    case jsonl
    case text
  }

  /// A line that produced no result, with a stable code and a message.
  struct LineError {
    let code: String
    let message: String

    static let invalidUTF8 = LineError(
      code: "invalid_utf8", message: "the line is not valid UTF-8, so it was skipped")
    static let lineTooLong = LineError(
      code: "line_too_long", message: "the line is longer than 1 MiB, so it was skipped")

    init(code: String, message: String) {
      self.code = code
      self.message = message
    }

    init(_ error: HashingError) {
      self.init(code: error.code, message: error.description)
    }
  }

  let format: Format

  init(_ arguments: ParsedArguments, defaultFormat: Format) throws(UsageError) {
    let requested = arguments.value("format")
    guard let format = requested.map(Format.init(rawValue:)) ?? defaultFormat else {
      throw UsageError("invalid --format '\(requested ?? "")'; expected jsonl or text")
    }
    self.format = format
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
        return "line \(line): ok (\(decision.algorithm.rawValue))\n"
      }
      let reasons = decision.reasons.map(\.description).joined(separator: "; ")
      return "line \(line): needs rehash (\(decision.algorithm.rawValue)): \(reasons)\n"
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.string(decision.algorithm.rawValue, key: "algorithm")
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
    switch format {
    case .text:
      return "line \(line): error: \(error.message)\n"
    case .jsonl:
      var json = JSONWriter()
      json.beginObject()
      json.integer(line, key: "line")
      json.beginObject("error")
      json.string(error.code, key: "code")
      json.string("line \(line): \(error.message)", key: "message")
      json.endObject()
      json.endObject()
      return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }
  }
}
