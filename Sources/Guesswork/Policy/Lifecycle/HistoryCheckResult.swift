/// The outcome of ``PasswordHistoryRule/check(candidate:currentPassword:history:verifier:)``.
public struct HistoryCheckResult: Sendable, Hashable {
  /// Every rule the candidate breaks, history first. Empty when accepted.
  public let violations: [HistoryViolation]
  /// Entries handed to the verifier's search: the smaller of the remembered
  /// count and the history length. The search may stop before the last one.
  public let checkedEntryCount: Int
  /// Whether the changed-characters check ran. It is skipped when its
  /// minimum is 0 or the current password was not supplied.
  public let isChangeCountChecked: Bool

  /// Whether the candidate passes the history rule.
  public var isAccepted: Bool { violations.isEmpty }
}

/// One way a new password breaks a ``PasswordHistoryRule``.
///
/// Messages never quote a password.
public enum HistoryViolation: Sendable, Hashable, CustomStringConvertible {
  /// The candidate matches the remembered entry at `position`, where 0 is
  /// the current password.
  case reusesRememberedPassword(position: Int, rememberedCount: Int)
  /// The candidate differs from the current password in fewer edits than
  /// required.
  case tooFewChangedCharacters(changed: Int, minimum: Int)

  /// A lowercase message saying what is wrong and what to do.
  public var description: String {
    switch self {
    case .reusesRememberedPassword(0, _):
      return "the new password is the current password: choose a different one"
    case .reusesRememberedPassword(_, let count):
      return "the new password is one of your last \(count) passwords: "
        + "choose one you have not used before"
    case .tooFewChangedCharacters(let changed, let minimum):
      return "the new password differs from the current one in \(changed) "
        + "\(changed == 1 ? "character" : "characters"): change at least \(minimum)"
    }
  }
}
