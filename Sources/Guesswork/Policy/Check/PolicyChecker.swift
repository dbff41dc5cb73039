/// Checks passwords against a policy.
///
///     let policy = try PolicyLoader().load("nist-800-63b-4")
///     let checker = PolicyChecker(policy: policy)
///     let result = checker.check(candidate, context: CheckContext(username: "ada"))
///     if !result.isAccepted { show(result.failures) }
///
/// A check runs every rule and returns every failure, not only the first.
/// Checkers are immutable and safe to share between threads.
public struct PolicyChecker: Sendable {
  /// The policy whose rules every check applies.
  public let policy: PasswordPolicy
  /// The estimator behind the strength rule and the result's estimate.
  public let estimator: StrengthEstimator
  /// Wording for failure messages and suggestions.
  public let catalog: PolicyMessageCatalog

  public init(
    policy: PasswordPolicy,
    estimator: StrengthEstimator = StrengthEstimator(),
    catalog: PolicyMessageCatalog = .english
  ) {
    self.policy = policy
    self.estimator = estimator
    self.catalog = catalog
  }

  /// Checks one password.
  ///
  /// - Parameters:
  ///   - password: the candidate; it appears only in the result's estimate.
  ///   - context: the account's data for the context and strength rules.
  /// - Complexity: dominated by the estimator, O(*c*²) in the analysed
  ///   length *c*; the other rules are O(*n*) or O(*n* × *m*) for word
  ///   lengths *m*.
  public func check(_ password: String, context: CheckContext = CheckContext()) -> PolicyCheckResult
  {
    let subject = PasswordSubject(password: password, context: context, estimator: estimator)
    var failures: [RuleFailure] = []
    for (section, rule) in policy.passwordRules {
      for violation in rule.violations(of: subject) {
        failures.append(failure(violation, section: section))
      }
    }
    return PolicyCheckResult(failures: failures, estimate: subject.estimate, ageStatus: nil)
  }

  func failure(_ violation: RuleViolation, section: PolicySection) -> RuleFailure {
    RuleFailure(
      violation: violation,
      section: section,
      enforcement: policy.enforcement(of: section),
      message: catalog.message(violation),
      suggestion: catalog.suggestion(violation))
  }
}

/// The outcome of checking one password.
public struct PolicyCheckResult: Sendable {
  /// Every failed rule, enforced or not, in section order.
  public let failures: [RuleFailure]
  /// The strength estimate of the password.
  public let estimate: Estimate
  /// The age of the account's current password under the rotation rule,
  /// when the check had an account record and the policy has that rule.
  public let ageStatus: AgeStatus?

  /// Whether no enforced rule failed.
  public var isAccepted: Bool { rejections.isEmpty }

  /// Failures of enforced rules, which reject the password.
  public var rejections: [RuleFailure] { failures.filter { $0.enforcement == .enforce } }

  /// Failures of rules that only warn.
  public var warnings: [RuleFailure] { failures.filter { $0.enforcement == .warn } }
}

/// One failed rule, with its code, wording and enforcement.
public struct RuleFailure: Sendable, Hashable {
  /// Violation found, with the rule's figures.
  public let violation: RuleViolation
  /// The policy section whose rule failed.
  public let section: PolicySection
  /// Whether the failure rejects the password or only warns.
  public let enforcement: Enforcement
  /// Description of the failure, in one sentence.
  public let message: String
  /// Advice on what to do instead, in one sentence.
  public let suggestion: String

  /// The stable code of the failure, such as `too_short`.
  public var code: RuleCode { violation.code }
}
