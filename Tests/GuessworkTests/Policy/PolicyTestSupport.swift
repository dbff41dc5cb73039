import Foundation

@testable import Guesswork

/// Shared helpers for policy tests.
enum PolicyTestSupport {
  /// An estimator with a pinned year, so that date and year matches do not
  /// change with the calendar.
  static let estimator = StrengthEstimator(referenceYear: 2026)

  /// Returns the violations a rule finds in a password.
  static func violations(
    _ rule: some PasswordRule, _ password: String, context: CheckContext = CheckContext()
  ) -> [RuleViolation] {
    rule.violations(of: PasswordSubject(password: password, context: context, estimator: estimator))
  }

  /// Loads a policy from JSON text, with files served from `files`.
  static func load(
    _ text: String, file: String = "policy.json", files: [String: String] = [:]
  ) throws(PolicyError) -> PasswordPolicy {
    try loader(files: files).load(text: Array(text.utf8), file: file)
  }

  /// Returns a loader that reads files from a dictionary instead of the disk.
  static func loader(files: [String: String]) -> PolicyLoader {
    PolicyLoader { path in
      guard let text = files[path] else { throw FileReadFailure(reason: "file not found") }
      return Array(text.utf8)
    }
  }

  /// Loads a policy that must fail and returns its problems.
  static func problems(_ text: String, files: [String: String] = [:]) -> [PolicyProblem] {
    do {
      _ = try load(text, files: files)
      return []
    } catch {
      return error.problems
    }
  }

  /// Returns a location in `policy.json`.
  static func at(_ line: Int, _ column: Int, file: String = "policy.json")
    -> Guesswork.SourceLocation
  {
    Guesswork.SourceLocation(file: file, line: line, column: column)
  }

  /// Returns the moment `days` and `seconds` after 2026-01-01T00:00:00Z.
  static func moment(days: Double = 0, seconds: Double = 0) -> Date {
    Date(timeIntervalSince1970: 1_767_225_600 + days * 86_400 + seconds)
  }
}
