import Guesswork

/// Renders lint findings for CI logs or as one JSON document.
struct LintReport {
  let results: [(path: String, findings: [LintFinding])]

  var errorCount: Int { count(.error) }
  var warningCount: Int { count(.warning) }

  private func count(_ severity: LintFinding.Severity) -> Int {
    results.map { $0.findings.filter { $0.severity == severity }.count }.reduce(0, +)
  }

  /// Renders one line per finding: `file:line:column: severity: message
  /// [code]`, with the path as given in place of a missing location.
  func text() -> String {
    var text = ""
    for (path, findings) in results {
      for finding in findings {
        let place = finding.location.map(\.description) ?? path
        text += "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.code)]\n"
      }
    }
    return text
  }

  func summary() -> String {
    let files = results.count == 1 ? "1 file" : "\(results.count) files"
    return
      "guesswork lint: \(plural(errorCount, "error")), "
      + "\(plural(warningCount, "warning")) in \(files)\n"
  }

  func json() -> String {
    var json = JSONWriter()
    json.beginObject()
    json.beginArray("files")
    for (path, findings) in results {
      json.beginObject()
      json.string(path, key: "path")
      json.beginArray("findings")
      for finding in findings {
        write(finding, to: &json)
      }
      json.endArray()
      json.endObject()
    }
    json.endArray()
    json.integer(errorCount, key: "errors")
    json.integer(warningCount, key: "warnings")
    json.endObject()
    return String(decoding: json.bytes, as: UTF8.self) + "\n"
  }

  private func write(_ finding: LintFinding, to json: inout JSONWriter) {
    json.beginObject()
    json.string(finding.severity.rawValue, key: "severity")
    json.string(finding.code, key: "code")
    json.string(finding.message, key: "message")
    if let location = finding.location {
      json.string(location.file, key: "file")
      json.integer(location.line, key: "line")
      json.integer(location.column, key: "column")
    } else {
      json.null(key: "file")
      json.null(key: "line")
      json.null(key: "column")
    }
    json.endObject()
  }

  private func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
