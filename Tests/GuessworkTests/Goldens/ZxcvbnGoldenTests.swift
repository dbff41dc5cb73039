import Foundation
import Testing

@testable import Guesswork

/// Compares the `zxcvbn` profile with zxcvbn 4.4.2 on the golden file made
/// by `scripts/generate-goldens.py` from the Python port with the year pinned.
@Suite struct ZxcvbnGoldenTests {
  struct GoldenCase: Sendable {
    let password: String
    let userInputs: [String]
    let referenceYear: Int
    let guesses: Double
    let score: Int
    let sequence: [String]
    let warning: String?
    let suggestions: [String]
  }

  static let cases: [GoldenCase] = loadCases()

  @Test func everyGoldenLineParses() throws {
    // A line that fails to parse would silently drop out of every check.
    let lines = try String(contentsOf: Self.fileURL, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true)
    #expect(Self.cases.count == lines.count)
    #expect(Self.cases.allSatisfy { $0.score >= 0 && !$0.guesses.isNaN })
  }

  @Test func goldenFileCoversEveryPattern() throws {
    #expect(Self.cases.count >= 3000)
    let patterns = Set(Self.cases.flatMap { $0.sequence.map { $0.split(separator: " ")[0] } })
    for pattern in ["dictionary", "spatial", "repeat", "sequence", "regex", "date", "bruteforce"] {
      #expect(patterns.contains(Substring(pattern)), "no golden case uses \(pattern)")
    }
    #expect(Self.cases.contains { $0.password.isEmpty })
    #expect(Self.cases.contains { !$0.userInputs.isEmpty })
    #expect(Self.cases.contains { $0.password.unicodeScalars.contains { !$0.isASCII } })
  }

  @Test func scoresAgreeWithReference() {
    let mismatches = Self.cases.filter { golden in
      estimate(golden).score.rawValue != golden.score
    }
    report(mismatches, field: "score")
  }

  @Test func sequencesAgreeWithReference() {
    let mismatches = Self.cases.filter { golden in
      describe(estimate(golden).sequence) != golden.sequence
    }
    report(mismatches, field: "sequence")
  }

  @Test func guessesAgreeWithinRelativeTolerance() {
    let mismatches = Self.cases.filter { golden in
      let guesses = estimate(golden).guesses
      return abs(guesses - golden.guesses) > 1e-9 * max(abs(golden.guesses), 1)
    }
    report(mismatches, field: "guesses")
  }

  @Test func feedbackKeysAgreeWithReference() {
    let mismatches = Self.cases.filter { golden in
      let feedback = estimate(golden).feedback
      return feedback.warning?.rawValue != golden.warning
        || feedback.suggestions.map(\.rawValue) != golden.suggestions
    }
    report(mismatches, field: "feedback")
  }

  private func estimate(_ golden: GoldenCase) -> Estimate {
    StrengthEstimator(referenceYear: golden.referenceYear)
      .estimate(golden.password, userInputs: golden.userInputs)
  }

  private func describe(_ sequence: [Match]) -> [String] {
    sequence.map { "\($0.pattern.name) \($0.startIndex) \($0.endIndex) \($0.token)" }
  }

  private func report(_ mismatches: [GoldenCase], field: String) {
    #expect(mismatches.isEmpty, "\(mismatches.count) golden cases differ in \(field)")
    for golden in mismatches.prefix(10) {
      let actual = estimate(golden)
      Issue.record(
        """
        \(field) differs for \(golden.password.debugDescription) \
        (inputs \(golden.userInputs), year \(golden.referenceYear)): \
        expected \(golden.score) \(golden.guesses) \(golden.sequence) \
        \(golden.warning ?? "-") \(golden.suggestions); \
        got \(actual.score.rawValue) \(actual.guesses) \(describe(actual.sequence)) \
        \(actual.feedback.warning?.rawValue ?? "-") \(actual.feedback.suggestions.map(\.rawValue))
        """)
    }
  }

  static let fileURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("zxcvbn-4.4.2.jsonl")

  private static func loadCases() -> [GoldenCase] {
    guard let text = try? String(contentsOf: fileURL, encoding: .utf8) else { return [] }
    return text.split(separator: "\n").compactMap { line in
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else { return nil }
      let sequence = (object["sequence"] as? [[String: Any]] ?? []).map { match in
        "\(match["pattern"] ?? "") \(match["i"] ?? "") \(match["j"] ?? "") \(match["token"] ?? "")"
      }
      let feedback = object["feedback"] as? [String: Any] ?? [:]
      return GoldenCase(
        password: object["password"] as? String ?? "",
        userInputs: object["user_inputs"] as? [String] ?? [],
        referenceYear: object["reference_year"] as? Int ?? 2017,
        guesses: (object["guesses"] as? NSNumber)?.doubleValue ?? .nan,
        score: object["score"] as? Int ?? -1,
        sequence: sequence,
        warning: feedback["warning"] as? String,
        suggestions: feedback["suggestions"] as? [String] ?? []
      )
    }
  }
}
