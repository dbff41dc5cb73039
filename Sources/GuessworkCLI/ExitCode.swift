/// Exit statuses of the `guesswork` tool.
public enum ExitCode: Int32, Sendable {
  /// Everything ran and passed.
  case success = 0
  /// The run finished, but a check failed or an input line was rejected.
  case failure = 1
  /// The command line, a policy file or another configuration was invalid.
  case usageError = 2
}
