import Foundation

/// Something that happened to an account, fed to
/// ``LockoutRule/apply(_:to:at:)``.
public enum LockoutEvent: Sendable, Hashable, CaseIterable {
  /// A login with a wrong password.
  case failedAttempt
  /// A login with the right password.
  case successfulLogin
  /// An administrator cleared all failures and locks.
  case adminReset
}

/// Whether the account may attempt to log in.
public enum LockoutDecision: Sendable, Hashable {
  /// The account is not locked.
  case allow
  /// The account is locked until the given moment. From that moment on,
  /// logins are allowed again.
  case locked(until: Date)
}

/// The result of one ``LockoutRule/apply(_:to:at:)`` call.
public struct LockoutTransition: Sendable, Hashable {
  /// The state to store in place of the one passed in.
  public let state: LockoutState
  /// Whether the account may attempt to log in after the event.
  public let decision: LockoutDecision
}
