import Foundation

/// The state of a password under a ``PasswordAgeRule`` at one moment.
///
/// Produced by ``PasswordAgeRule/status(passwordSetAt:now:)``. Day counts
/// are whole 86,400-second periods since the password was set.
public struct AgeStatus: Sendable, Hashable {
  /// Whole days since the password was set, or `nil` when the set date is
  /// unknown. A set date in the future counts as 0 days.
  public let ageInDays: Int?
  /// Whole days left before the password expires: the maximum age minus
  /// ``ageInDays``. It is 0 or negative once the password has expired, and
  /// `nil` when the rule has no maximum age or the set date is unknown.
  public let daysUntilExpiry: Int?
  /// The moment the password expires, or `nil` when it never expires or the
  /// set date is unknown.
  public let expiresAt: Date?
  /// Whether the password must be changed now: it has reached the maximum
  /// age, or a maximum age applies and the set date is unknown.
  public let mustRotate: Bool
  /// Whether the user should be warned of the coming expiry. The warning
  /// window closes when the password expires, because ``mustRotate`` then
  /// takes over.
  public let isWarningWindowOpen: Bool
  /// Whether the minimum age allows a change now. An unknown set date
  /// allows a change.
  public let isChangeAllowed: Bool
  /// The moment the minimum age ends, or `nil` when the rule has no minimum
  /// age or the set date is unknown.
  public let changeAllowedAt: Date?
  /// Whether the set date lies after `now`, which points at clock skew or a
  /// bad record that the host should repair.
  public let isSetDateInFuture: Bool
}
