import Foundation
import Guesswork

/// Settings of `guesswork check` after validating its options.
struct CheckSettings {
  let checker: PolicyChecker
  let context: CheckContext
  /// The account record, when an option gave account data.
  let account: AccountRecord?
  let now: Date
  let report: CheckReport

  /// Validates the options; a policy that fails to load is reported by
  /// returning nil after printing its problems.
  init?(_ arguments: ParsedArguments, context tool: ToolContext) throws(UsageError) {
    guard arguments.positionals.isEmpty else {
      throw UsageError(
        "unexpected argument; passwords are read from standard input, never from arguments")
    }
    guard let reference = arguments.value("policy") else {
      throw UsageError(
        "missing --policy; name a policy file or one of: "
          + "\(PolicyPresets.names.joined(separator: ", "))"
      )
    }
    let year = try Self.referenceYear(arguments)
    report = try CheckReport(arguments, context: tool)
    context = try Self.checkContext(arguments, tool: tool)
    now =
      try arguments.value("now").map { text throws(UsageError) in
        try Self.parseTime(text, option: "now")
      } ?? Date()
    account = try Self.account(arguments, tool: tool)
    guard let policy = PolicyLoading.load(reference, context: tool) else { return nil }
    checker = PolicyChecker(policy: policy, estimator: StrengthEstimator(referenceYear: year))
  }

  private static func referenceYear(_ arguments: ParsedArguments) throws(UsageError) -> Int? {
    try arguments.value("reference-year").map { text throws(UsageError) in
      guard let year = Int(text), (1000...9999).contains(year) else {
        throw UsageError("invalid --reference-year '\(text)'; expected a four-digit year")
      }
      return year
    }
  }

  private static func checkContext(_ arguments: ParsedArguments, tool: ToolContext)
    throws(UsageError) -> CheckContext
  {
    var inputs = arguments.allValues("user-input")
    if let path = arguments.value("user-inputs") {
      inputs += try LineFile.nonEmptyLines(path, option: "user-inputs", context: tool)
    }
    return CheckContext(
      username: arguments.value("username"), email: arguments.value("email"),
      name: arguments.value("name"),
      userInputs: inputs)
  }

  private static func account(_ arguments: ParsedArguments, tool: ToolContext) throws(UsageError)
    -> AccountRecord?
  {
    let setAt = try arguments.value("password-set-at").map { text throws(UsageError) in
      try parseTime(text, option: "password-set-at")
    }
    let history = try arguments.value("history").map { path throws(UsageError) in
      try LineFile.nonEmptyLines(path, option: "history", context: tool)
    }
    guard setAt != nil || history != nil else { return nil }
    return AccountRecord(passwordSetAt: setAt, passwordHistory: history ?? [])
  }

  /// Parses `2026-03-31T12:00:00Z`, a time with an offset, or a date alone
  /// (midnight UTC).
  static func parseTime(_ text: String, option: String) throws(UsageError) -> Date {
    let withTime = ISO8601DateFormatter()
    if let date = withTime.date(from: text) {
      return date
    }
    let dateOnly = ISO8601DateFormatter()
    dateOnly.formatOptions = [.withFullDate]
    if let date = dateOnly.date(from: text) {
      return date
    }
    throw UsageError(
      "invalid --\(option) '\(text)'; expected a time such as "
        + "2026-03-31T12:00:00Z or a date such as 2026-03-31"
    )
  }
}
