/// One thing wrong with a policy, and where it is.
///
/// A problem makes the policy unusable: loading fails, `guesswork check`
/// exits with status 2 and `guesswork lint` reports it as an error. Problems
/// are configuration errors, never password failures, so a broken policy
/// cannot show up as "this password is weak".
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
  /// Kind of problem, with the values the message quotes.
  public let kind: PolicyProblemKind
  /// Location of the problem, or nil when it concerns a whole file that
  /// could not be read.
  public let location: SourceLocation?

  public init(_ kind: PolicyProblemKind, at location: SourceLocation?) {
    self.kind = kind
    self.location = location
  }

  /// Stable identifier of the kind of problem, such as `unknown_key`.
  public var code: String { kind.code }

  /// The English message, lowercase, quoting the offending value.
  public var message: String { kind.message }

  /// The problem as `file:line:column: message`, or `message` alone when it
  /// has no location.
  public var description: String {
    guard let location else { return message }
    return "\(location): \(message)"
  }
}

/// Error thrown when a policy cannot be loaded; it lists every problem found.
///
/// Syntax errors stop reading at the first one, but once a file parses, the
/// decoder keeps going so that one run reports every unknown key, wrong type
/// and out-of-range value.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The problems, in file order; never empty.
  public let problems: [PolicyProblem]

  /// Creates an error from one or more problems; an empty list is a
  /// programming error.
  public init(_ problems: [PolicyProblem]) {
    precondition(!problems.isEmpty, "a PolicyError needs at least one problem")
    self.problems = problems
  }

  /// Creates an error with a single problem.
  public init(_ kind: PolicyProblemKind, at location: SourceLocation?) {
    self.init([PolicyProblem(kind, at: location)])
  }

  /// Every problem on its own line, as `file:line:column: message`.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}
