import Foundation
import Guesswork

/// Renders policy check results as JSON lines or as text for a person.
struct CheckReport {
  let format: OutputFormat
  let includesPasswords: Bool

  init(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) {
    self.format = try OutputFormat(arguments, default: .terminalDefault(context))
    self.includesPasswords = !arguments.isSet("omit-password")
  }

  func render(_ result: PolicyCheckResult, line: Int) -> String {
    switch format {
    case .jsonl: json(result, line: line)
    case .text: text(result, line: line)
    }
  }

  /// Renders a line that could not be checked because it is invalid UTF-8
  /// or too long, followed in text by the blank line that separates reports.
  func renderInputError(_ error: LineError, line: Int) -> String {
    let rendered = error.render(line: line, format: format)
    return format == .text ? rendered + "\n" : rendered
  }

  private func json(_ result: PolicyCheckResult, line: Int) -> String {
    var json = JSONWriter()
    json.beginObject()
    json.integer(line, key: "line")
    if includesPasswords {
      json.string(result.estimate.password, key: "password")
    }
    json.bool(result.isAccepted, key: "accepted")
    json.beginArray("failures")
    for failure in result.failures {
      json.beginObject()
      json.string(failure.code.rawValue, key: "code")
      json.string(failure.section.rawValue, key: "section")
      json.string(failure.enforcement.rawValue, key: "enforcement")
      json.string(failure.message, key: "message")
      json.string(failure.suggestion, key: "suggestion")
      json.endObject()
    }
    json.endArray()
    json.beginObject("estimate")
    json.integer(result.estimate.score.rawValue, key: "score")
    if includesPasswords {
      json.number(result.estimate.guesses, key: "guesses")
      json.number(result.estimate.guessesLog10, key: "guesses_log10")
    } else {
      // An exact count gives a common password away: a single word's count
      // is its rank in a public list. Only the order of magnitude is shown.
      json.number(result.estimate.coarseGuessesLog10, key: "guesses_log10")
    }
    result.estimate.feedback.write(to: &json)
    json.endObject()
    if let status = result.ageStatus {
      writeAge(status, to: &json)
    }
    json.endObject()
    return String(decoding: json.bytes, as: UTF8.self) + "\n"
  }

  private func writeAge(_ status: AgeStatus, to json: inout JSONWriter) {
    json.beginObject("current_password")
    if let age = status.ageInDays {
      json.integer(age, key: "age_days")
    } else {
      json.null(key: "age_days")
    }
    if let left = status.daysUntilExpiry {
      json.integer(left, key: "days_until_expiry")
    } else {
      json.null(key: "days_until_expiry")
    }
    json.bool(status.mustRotate, key: "must_rotate")
    json.bool(status.isWarningWindowOpen, key: "warning")
    json.bool(status.isChangeAllowed, key: "change_allowed")
    json.endObject()
  }

  private func text(_ result: PolicyCheckResult, line: Int) -> String {
    let label = includesPasswords ? " \(TextEstimateReport.quoted(result.estimate.password))" : ""
    var lines = ["line \(line)\(label): \(result.isAccepted ? "accepted" : "rejected")"]
    for failure in result.failures {
      let kind = failure.enforcement == .enforce ? "fails" : "warning"
      lines.append(
        "  \(kind) \(failure.code.rawValue) (\(failure.section.rawValue)): \(failure.message)")
      lines.append("    suggestion: \(failure.suggestion)")
    }
    let estimate = result.estimate
    lines.append(
      "  strength: score \(estimate.score.rawValue)/4, about "
        + "10^\(includesPasswords ? String(format: "%.1f", estimate.guessesLog10) : String(Int(estimate.coarseGuessesLog10))) guesses"
    )
    if let status = result.ageStatus {
      lines.append("  current password: \(describe(status))")
    }
    return lines.joined(separator: "\n") + "\n\n"
  }

  private func describe(_ status: AgeStatus) -> String {
    guard let age = status.ageInDays else {
      return status.mustRotate ? "age unknown, so it must be changed" : "age unknown"
    }
    var parts = ["\(age) days old"]
    if status.mustRotate {
      parts.append("expired, must be changed")
    } else if let left = status.daysUntilExpiry {
      parts.append("expires in \(left) days\(status.isWarningWindowOpen ? " (warning)" : "")")
    }
    if !status.isChangeAllowed {
      parts.append("too new to change")
    }
    return parts.joined(separator: ", ")
  }
}
