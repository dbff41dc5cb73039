import Guesswork

/// Loads the policy a command names and prints its problems the way
/// compilers do, so that editors and CI logs can jump to them.
enum PolicyLoading {
  /// Loads a preset or file, or prints every problem to standard error and
  /// returns nil.
  static func load(_ reference: String, context: ToolContext) -> PasswordPolicy? {
    do {
      return try loader(context).load(reference)
    } catch {
      for problem in error.problems {
        context.errors.write(render(problem, severity: "error"))
      }
      return nil
    }
  }

  /// Loads the hashing section of a policy, for commands that take
  /// `--policy FILE|PRESET` to choose hashing parameters.
  ///
  /// - Throws: `UsageError` when the policy is invalid (after printing its
  ///   problems) or has no `hashing` section.
  static func hashingPolicy(_ reference: String, context: ToolContext) throws(UsageError)
    -> HashingPolicy
  {
    guard let policy = load(reference, context: context) else {
      throw UsageError("policy '\(reference)' is invalid; fix the errors listed above")
    }
    guard let hashing = policy.hashing else {
      throw UsageError(
        "policy '\(reference)' has no 'hashing' section; "
          + "add one, or set the hashing options instead")
    }
    return hashing
  }

  /// A loader that reads through the tool's context. The context's errors
  /// name the path, which the policy messages already quote, so only the
  /// reason is passed on.
  static func loader(_ context: ToolContext) -> PolicyLoader {
    PolicyLoader { path in
      do {
        return try context.readFile(path)
      } catch let error as FileReadError {
        throw FileReadFailure(reason: error.reason)
      }
    }
  }

  /// One problem as `file:line:column: severity: message [code]`, or
  /// `guesswork: severity: message [code]` when it has no location.
  static func render(_ problem: PolicyProblem, severity: String) -> String {
    let place = problem.location.map(\.description) ?? "guesswork"
    return "\(place): \(severity): \(problem.message) [\(problem.code)]\n"
  }
}
