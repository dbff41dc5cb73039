import Foundation

/// Limits on how long a password may be used and how soon it may change.
///
/// Ages are counted in whole days of 86,400 seconds elapsed since the
/// password was set, so time zones and daylight-saving changes never move a
/// boundary: a password set at 2024-01-01T00:00:00Z reaches 90 days at
/// exactly 2024-03-31T00:00:00Z (the count includes 29 February), wherever
/// the server or the user is. Leap seconds are ignored, as `Date` ignores them.
///
///     let rule = try PasswordAgeRule(maximumAgeDays: 90, minimumAgeDays: 1,
///                                    warningDays: 14)
///     let status = rule.status(passwordSetAt: record.passwordSetAt, now: Date())
///     if status.mustRotate { /* force a change at the next login */ }
///
/// All settings are optional, and a rule with none of them reports every
/// password as current and changeable. NIST SP 800-63B (revision 3, section
/// 5.1.1.2) advises against periodic changes, so set a maximum age only
/// where a standard the host must meet requires one.
public struct PasswordAgeRule: Sendable, Hashable {
  /// Whole days after which a password must be changed, or `nil` for no
  /// expiry.
  public let maximumAgeDays: Int?
  /// Whole days a password must be kept before it may change again, or
  /// `nil` or 0 for no minimum.
  public let minimumAgeDays: Int?
  /// Days before expiry from which users are warned, or `nil` or 0 for none.
  public let warningDays: Int?

  /// Creates a rule and checks that its settings can all hold at once.
  ///
  /// - Parameters:
  ///   - maximumAgeDays: at least 1, or `nil` for no expiry.
  ///   - minimumAgeDays: 0 or more and below `maximumAgeDays`, or `nil`.
  ///   - warningDays: 0 or more and below `maximumAgeDays`, or `nil`. A
  ///     positive warning needs a maximum age.
  /// - Throws: ``LifecycleRuleError`` naming the first impossible setting.
  public init(
    maximumAgeDays: Int? = nil,
    minimumAgeDays: Int? = nil,
    warningDays: Int? = nil
  ) throws(LifecycleRuleError) {
    if let maximumAgeDays, maximumAgeDays < 1 {
      throw .countBelowOne(.maximumAge, value: maximumAgeDays)
    }
    if let minimumAgeDays, minimumAgeDays < 0 {
      throw .negativeCount(.minimumAge, value: minimumAgeDays)
    }
    if let warningDays, warningDays < 0 {
      throw .negativeCount(.warningWindow, value: warningDays)
    }
    try Self.checkAgainstMaximum(
      maximumAgeDays, minimumAgeDays: minimumAgeDays, warningDays: warningDays)
    self.maximumAgeDays = maximumAgeDays
    self.minimumAgeDays = minimumAgeDays
    self.warningDays = warningDays
  }

  private static func checkAgainstMaximum(
    _ maximumAgeDays: Int?,
    minimumAgeDays: Int?,
    warningDays: Int?
  ) throws(LifecycleRuleError) {
    guard let maximumAgeDays else {
      if let warningDays, warningDays > 0 {
        throw .warningWithoutMaximumAge(warningDays: warningDays)
      }
      return
    }
    if let minimumAgeDays, minimumAgeDays >= maximumAgeDays {
      throw .minimumAgeNotBelowMaximum(minimumDays: minimumAgeDays, maximumDays: maximumAgeDays)
    }
    if let warningDays, warningDays >= maximumAgeDays {
      throw .warningNotBelowMaximumAge(warningDays: warningDays, maximumDays: maximumAgeDays)
    }
  }
}
