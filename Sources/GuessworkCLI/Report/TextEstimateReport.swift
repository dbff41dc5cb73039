import Foundation
import Guesswork

/// A few lines describing one estimate for a person at a terminal.
struct TextEstimateReport {
  let estimate: Estimate
  let line: Int
  let includesPasswords: Bool

  var text: String {
    var lines: [String] = []
    let label = includesPasswords ? " \(Self.quoted(estimate.password))" : ""
    let magnitude =
      includesPasswords
      ? String(format: "%.1f", estimate.guessesLog10) : String(Int(estimate.coarseGuessesLog10))
    let scoreName = Self.scoreNames[estimate.score.rawValue]
    lines.append(
      "line \(line)\(label): score \(estimate.score.rawValue)/4 (\(scoreName)), "
        + "about 10^\(magnitude) guesses")
    let times = includesPasswords ? estimate.crackTimes : estimate.coarseCrackTimes
    lines.append("  time to crack:")
    lines.append(
      "    online, 100 per hour     \(DurationText.describe(seconds: times.onlineThrottling100PerHour))"
    )
    lines.append(
      "    online, 10 per second    \(DurationText.describe(seconds: times.onlineNoThrottling10PerSecond))"
    )
    lines.append(
      "    offline, slow hash       \(DurationText.describe(seconds: times.offlineSlowHashing1e4PerSecond))"
    )
    lines.append(
      "    offline, fast hash       \(DurationText.describe(seconds: times.offlineFastHashing1e10PerSecond))"
    )
    if let warning = estimate.feedback.warning {
      lines.append("  warning: \(warning.text)")
    }
    for suggestion in estimate.feedback.suggestions {
      lines.append("  suggestion: \(suggestion.text)")
    }
    lines.append("  parts:")
    for match in estimate.sequence {
      lines.append("    \(describe(match))")
    }
    if estimate.isTruncated {
      lines.append(
        "  note: characters after the first \(estimate.analyzedLength) were estimated by the long-input rules"
      )
    }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// Describes one part; without passwords, only its kind, because the
  /// span, token and count would narrow the password down.
  private func describe(_ match: Match) -> String {
    let kind = "\(match.pattern.name)\(details(of: match.pattern))"
    guard includesPasswords else { return kind }
    let span = "\(match.startIndex)–\(match.endIndex)"
    let guesses = "10^\(String(format: "%.1f", match.guessesLog10)) guesses"
    return
      "\(span) \(match.pattern.name) \(Self.quoted(match.token))\(details(of: match.pattern)): \(guesses)"
  }

  private func details(of pattern: Pattern) -> String {
    switch pattern {
    case .dictionary(let details):
      var notes = [details.dictionary.rawValue]
      if includesPasswords {
        notes.append("rank \(details.rank)")
      }
      if details.isReversed { notes.append("reversed") }
      if details.isL33t { notes.append("l33t") }
      return " (\(notes.joined(separator: ", ")))"
    case .spatial(let details):
      return " (\(details.layout.rawValue), \(details.turns) turns)"
    case .repeat(let details):
      return includesPasswords ? " (\(details.repeatCount) times)" : ""
    case .sequence(let details):
      return " (\(details.kind.rawValue), \(details.isAscending ? "ascending" : "descending"))"
    case .regex(let details):
      return " (\(details.kind.rawValue))"
    case .date, .bruteforce:
      return ""
    }
  }

  private static let scoreNames = [
    "too guessable", "very guessable", "somewhat guessable", "safely unguessable",
    "very unguessable",
  ]

  /// Quotes text for display, escaping control characters so that they
  /// cannot move the cursor or change the terminal.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _
      where scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .format:
        result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
