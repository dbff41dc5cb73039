import Foundation

/// What the host stores about an account's password, for the rotation and
/// history rules.
public struct AccountRecord: Sendable, Hashable {
  /// When the current password was set, or nil when the host does not know.
  public var passwordSetAt: Date?
  /// Stored entries of past passwords, such as hashes, newest first, with the
  /// current password's entry first.
  public var passwordHistory: [String]
  /// The current password in plaintext, when the user has just typed it to
  /// authorise the change; nil skips the changed-characters check.
  public var currentPassword: String?

  public init(
    passwordSetAt: Date? = nil, passwordHistory: [String] = [], currentPassword: String? = nil
  ) {
    self.passwordSetAt = passwordSetAt
    self.passwordHistory = passwordHistory
    self.currentPassword = currentPassword
  }
}

extension PolicyChecker {
  /// Tests whether a password is the one behind a stored history entry.
  public typealias HistoryVerifier =
    @Sendable (_ password: String, _ entry: String) throws(HashingError) -> Bool

  /// Verifies history entries as Argon2 or bcrypt hashes.
  ///
  /// A password that bcrypt cannot hash (over 72 bytes, or containing NUL)
  /// cannot be behind a bcrypt entry that Guesswork made, so it counts as no
  /// match rather than an error.
  public static let hashVerifier: HistoryVerifier = verifyHash

  private static func verifyHash(_ password: String, _ entry: String) throws(HashingError) -> Bool {
    let hasher = try PasswordHasher(policy: .recommended, limits: .machine)
    do {
      return try hasher.verify(password, against: entry)
    } catch .passwordTooLong, .passwordContainsNUL {
      return false
    }
  }

  /// Checks a new password for an account: every password rule, plus the
  /// history rule and the minimum age of the current password.
  ///
  /// - Parameters:
  ///   - password: the proposed new password.
  ///   - context: the account's data for the context and strength rules.
  ///   - account: the stored age and history of the account's password.
  ///   - now: the current time, passed in so that results are reproducible.
  ///   - verifier: tests a password against one history entry.
  /// - Throws: the verifier's `HashingError` for a history entry that is not
  ///   a valid hash; that is a data error, never a failed password.
  public func check(
    _ password: String,
    context: CheckContext = CheckContext(),
    account: AccountRecord,
    now: Date,
    verifier: HistoryVerifier = PolicyChecker.hashVerifier
  ) throws(HashingError) -> PolicyCheckResult {
    let base = check(password, context: context)
    var failures = base.failures
    if let history = policy.history {
      let result = try history.check(
        candidate: password, currentPassword: account.currentPassword,
        history: account.passwordHistory, verifier: verifier)
      failures += result.violations.map { failure(Self.violation(for: $0), section: .history) }
    }
    let ageStatus = policy.rotation?.status(passwordSetAt: account.passwordSetAt, now: now)
    if let rotation = policy.rotation, let status = ageStatus, !status.isChangeAllowed,
      let allowedAt = status.changeAllowedAt
    {
      let violation = RuleViolation.changedTooRecently(
        minimumAgeDays: rotation.minimumAgeDays ?? 0, changeAllowedAt: allowedAt)
      failures.append(failure(violation, section: .rotation))
    }
    return PolicyCheckResult(failures: failures, estimate: base.estimate, ageStatus: ageStatus)
  }

  private static func violation(for history: HistoryViolation) -> RuleViolation {
    switch history {
    case .reusesRememberedPassword(let position, let count):
      .reusedPassword(position: position, rememberedCount: count)
    case .tooFewChangedCharacters(let changed, let minimum):
      .tooFewChangedCharacters(changed: changed, minimum: minimum)
    }
  }
}
