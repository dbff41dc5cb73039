/// One thing `guesswork lint` reports about a policy.
public struct LintFinding: Sendable, Hashable, CustomStringConvertible {
  /// Seriousness of a finding.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// The policy cannot load, contradicts itself, or deviates from the
    /// standard it was checked against.
    case error
    /// A setting that loads but is weak, ineffective or unusual.
    case warning

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .error && rhs == .warning }
  }

  /// Whether the finding is an error or a warning.
  public let severity: Severity
  /// Stable identifier, such as `maximum_below_minimum` or `weak_minimum_length`.
  public let code: String
  /// The English message, lowercase, naming the setting and what to change.
  public let message: String
  /// Location of the setting, or nil when the finding concerns a file that
  /// could not be read.
  public let location: SourceLocation?

  public init(severity: Severity, code: String, message: String, location: SourceLocation?) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
  }

  /// Creates an error finding for a problem that stops the policy from
  /// loading.
  public init(_ problem: PolicyProblem) {
    self.init(
      severity: .error, code: problem.code, message: problem.message, location: problem.location)
  }

  /// The finding as `file:line:column: severity: message [code]`.
  public var description: String {
    let place = location.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message) [\(code)]"
  }
}
