import Foundation

extension PasswordAgeRule {
  /// Length of the day that ages are counted in, in seconds.
  public static let secondsPerDay: TimeInterval = 86_400

  /// Computes the age status of a password under this rule at `now`.
  ///
  /// Boundaries are inclusive at the moment a day count is reached: with a
  /// maximum age of 90 days the password must be rotated from exactly
  /// 90 × 86,400 seconds after it was set, and one second earlier it is
  /// still current. A 14-day warning window opens at 76 days. A 1-day
  /// minimum age allows a change from exactly 86,400 seconds on.
  ///
  /// An absent set date means the age is unknown: the password must be
  /// rotated when a maximum age applies (its age cannot be shown to be
  /// below it), and a change is allowed (a minimum age cannot be shown to
  /// be unmet). A set date that is not a finite moment, or lies so far away
  /// that its day count overflows `Int`, counts as absent. A set date after
  /// `now` counts as age 0, and the expiry and the end of the minimum age
  /// are still measured from the stored date.
  ///
  ///     let rule = try PasswordAgeRule(maximumAgeDays: 90)
  ///     let set = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01Z
  ///     rule.status(passwordSetAt: set, now: set + 90 * 86_400).mustRotate  // true
  ///     rule.status(passwordSetAt: nil, now: Date()).mustRotate             // true
  ///
  /// - Parameters:
  ///   - passwordSetAt: when the current password was set, or `nil` when the
  ///     host does not know.
  ///   - now: the current time, passed in so the result is reproducible.
  /// - Returns: the age, the expiry and what the user may or must do now.
  public func status(passwordSetAt: Date?, now: Date) -> AgeStatus {
    guard let setAt = passwordSetAt, let age = Self.wholeDays(from: setAt, to: now) else {
      return unknownAgeStatus()
    }
    let daysLeft = maximumAgeDays.map { $0 - age }
    let mustRotate = daysLeft.map { $0 <= 0 } ?? false
    let minimumDays = minimumAgeDays ?? 0
    return AgeStatus(
      ageInDays: age,
      daysUntilExpiry: daysLeft,
      expiresAt: maximumAgeDays.map { Self.date(setAt, plusDays: $0) },
      mustRotate: mustRotate,
      isWarningWindowOpen: isWarningWindowOpen(daysLeft: daysLeft, mustRotate: mustRotate),
      isChangeAllowed: age >= minimumDays,
      changeAllowedAt: minimumDays > 0 ? Self.date(setAt, plusDays: minimumDays) : nil,
      isSetDateInFuture: setAt > now
    )
  }

  private func unknownAgeStatus() -> AgeStatus {
    AgeStatus(
      ageInDays: nil,
      daysUntilExpiry: nil,
      expiresAt: nil,
      mustRotate: maximumAgeDays != nil,
      isWarningWindowOpen: false,
      isChangeAllowed: true,
      changeAllowedAt: nil,
      isSetDateInFuture: false
    )
  }

  private func isWarningWindowOpen(daysLeft: Int?, mustRotate: Bool) -> Bool {
    guard let daysLeft, let warningDays, warningDays > 0, !mustRotate else { return false }
    return daysLeft <= warningDays
  }

  /// Returns the whole days elapsed from `start` to `end`, 0 when `end` is
  /// earlier, or `nil` when the count is not a finite `Int`.
  static func wholeDays(from start: Date, to end: Date) -> Int? {
    let elapsed = end.timeIntervalSince(start)
    guard elapsed.isFinite else { return nil }
    return Int(exactly: (max(elapsed, 0) / secondsPerDay).rounded(.down))
  }

  private static func date(_ start: Date, plusDays days: Int) -> Date {
    start.addingTimeInterval(Double(days) * secondsPerDay)
  }
}
