import Foundation

/// Per-account data that the host stores for ``LockoutRule``.
///
/// A fresh account starts at ``initial``. The value is small: at most
/// `failureThreshold − 1` failure times, since reaching the threshold
/// locks the account and clears them. It is `Codable` so the host can keep
/// it in one column, and `Hashable` so a compare-and-swap can test that the
/// stored value is still the one read.
public struct LockoutState: Sendable, Hashable, Codable {
  /// The state of an account with no failures and no locks.
  public static let initial = LockoutState()

  /// Times of failed logins that may still count, oldest first.
  public let failureTimes: [Date]
  /// When the current lock ends, or `nil` when no lock was set.
  public let lockedUntil: Date?
  /// Locks since the last successful login or reset, which sets the length
  /// of the next lock under a growing rule.
  public let consecutiveLocks: Int

  /// Creates a state, for example from stored fields.
  ///
  /// - Parameters:
  ///   - failureTimes: failed logins that may still count, oldest first.
  ///   - lockedUntil: the end of the current lock, if any.
  ///   - consecutiveLocks: locks since the last success or reset. A
  ///     negative value from a damaged record counts as 0.
  public init(failureTimes: [Date] = [], lockedUntil: Date? = nil, consecutiveLocks: Int = 0) {
    self.failureTimes = failureTimes
    self.lockedUntil = lockedUntil
    self.consecutiveLocks = max(consecutiveLocks, 0)
  }
}
