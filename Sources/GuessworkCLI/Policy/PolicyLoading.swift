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
