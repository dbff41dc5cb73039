import Foundation
import Testing

@testable import Guesswork

@Suite struct PasswordAgeRuleStatusTests {
  let ninetyDays: PasswordAgeRule
  let withWarning: PasswordAgeRule

  init() throws {
    ninetyDays = try PasswordAgeRule(maximumAgeDays: 90, minimumAgeDays: 1)
    withWarning = try PasswordAgeRule(maximumAgeDays: 90, warningDays: 14)
  }

  // 2024 is a leap year: 31 days of January, 29 of February and 30 of March
  // make 90, so 90 days after 2024-01-01T00:00Z is 2024-03-31T00:00Z.
  @Test func expiresExactlyAtNinetyDays() throws {
    let set = try instant("2024-01-01T00:00:00Z")
    let status = ninetyDays.status(passwordSetAt: set, now: try instant("2024-03-31T00:00:00Z"))
    #expect(status.ageInDays == 90)
    #expect(status.daysUntilExpiry == 0)
    #expect(status.mustRotate)
    #expect(status.expiresAt == (try instant("2024-03-31T00:00:00Z")))
  }

  @Test func currentOneSecondBeforeExpiry() throws {
    let set = try instant("2024-01-01T00:00:00Z")
    let status = ninetyDays.status(passwordSetAt: set, now: try instant("2024-03-30T23:59:59Z"))
    #expect(status.ageInDays == 89)
    #expect(status.daysUntilExpiry == 1)
    #expect(!status.mustRotate)
  }

  @Test func expiredOneSecondAfterExpiry() throws {
    let set = try instant("2024-01-01T00:00:00Z")
    let status = ninetyDays.status(passwordSetAt: set, now: try instant("2024-03-31T00:00:01Z"))
    #expect(status.ageInDays == 90)
    #expect(status.daysUntilExpiry == 0)
    #expect(status.mustRotate)
  }

  // 2023 has a 28-day February, so 31 + 28 + 31 = 90 days reach April 1.
  @Test func nonLeapYearExpiresOneDayLater() throws {
    let set = try instant("2023-01-01T00:00:00Z")
    let status = ninetyDays.status(passwordSetAt: set, now: set)
    #expect(status.expiresAt == (try instant("2023-04-01T00:00:00Z")))
  }

  @Test func leapDayCountsAsDay() throws {
    let set = try instant("2024-02-28T10:00:00Z")
    let status = ninetyDays.status(passwordSetAt: set, now: try instant("2024-03-01T10:00:00Z"))
    #expect(status.ageInDays == 2)
  }

  // From 2024-03-01 to 2025-03-01 is 365 days, and 2024-02-29 is one more.
  @Test func setOnLeapDayAgesByElapsedDays() throws {
    let set = try instant("2024-02-29T12:00:00Z")
    let rule = try PasswordAgeRule(maximumAgeDays: 365)
    let before = rule.status(passwordSetAt: set, now: try instant("2025-02-28T11:59:59Z"))
    #expect(before.ageInDays == 364)
    #expect(!before.mustRotate)
    let at = rule.status(passwordSetAt: set, now: try instant("2025-02-28T12:00:00Z"))
    #expect(at.ageInDays == 365)
    #expect(at.mustRotate)
  }

  // New York moved from EST (UTC-5) to EDT (UTC-4) on 2026-03-08, so the
  // same UTC hour reads 07:00 before and 08:00 after. Days are elapsed
  // seconds, so the local clock change moves no count.
  @Test func springForwardDoesNotChangeCount() throws {
    let set = try instant("2026-03-07T12:00:00Z")
    let now = try instant("2026-03-09T12:00:00Z")
    let newYork = try #require(TimeZone(identifier: "America/New_York"))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = newYork
    #expect(calendar.component(.hour, from: set) == 7)
    #expect(calendar.component(.hour, from: now) == 8)
    #expect(ninetyDays.status(passwordSetAt: set, now: now).ageInDays == 2)
    let earlier = now.addingTimeInterval(-1)
    #expect(ninetyDays.status(passwordSetAt: set, now: earlier).ageInDays == 1)
  }

  // Berlin moved from CEST (UTC+2) to CET (UTC+1) on 2026-10-25, so local
  // midnight to local midnight across it lasts 25 hours: still one day.
  @Test func fallBackDoesNotChangeCount() throws {
    let set = try instant("2026-10-24T22:00:00Z")
    let now = try instant("2026-10-25T23:00:00Z")
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = berlin
    #expect(calendar.component(.hour, from: set) == 0)
    #expect(calendar.component(.hour, from: now) == 0)
    #expect(ninetyDays.status(passwordSetAt: set, now: now).ageInDays == 1)
  }

  @Test func warningOpensAtSeventySixDays() throws {
    let set = try instant("2024-01-01T00:00:00Z")
    let opening = set.addingTimeInterval(76 * day)
    let before = withWarning.status(passwordSetAt: set, now: opening.addingTimeInterval(-1))
    #expect(before.daysUntilExpiry == 15)
    #expect(!before.isWarningWindowOpen)
    let at = withWarning.status(passwordSetAt: set, now: opening)
    #expect(at.daysUntilExpiry == 14)
    #expect(at.isWarningWindowOpen)
  }

  @Test func warningClosesAtExpiry() throws {
    let set = try instant("2024-01-01T00:00:00Z")
    let expiry = set.addingTimeInterval(90 * day)
    let last = withWarning.status(passwordSetAt: set, now: expiry.addingTimeInterval(-1))
    #expect(last.isWarningWindowOpen)
    let expired = withWarning.status(passwordSetAt: set, now: expiry)
    #expect(!expired.isWarningWindowOpen)
    #expect(expired.mustRotate)
  }

  @Test func minimumAgeEndsAfterOneDay() throws {
    let set = try instant("2024-06-01T08:30:00Z")
    let end = set.addingTimeInterval(day)
    let before = ninetyDays.status(passwordSetAt: set, now: end.addingTimeInterval(-1))
    #expect(!before.isChangeAllowed)
    #expect(before.changeAllowedAt == end)
    let at = ninetyDays.status(passwordSetAt: set, now: end)
    #expect(at.isChangeAllowed)
  }

  @Test func futureSetDateCountsAsNew() throws {
    let now = try instant("2024-06-01T00:00:00Z")
    let set = now.addingTimeInterval(5 * day)
    let status = ninetyDays.status(passwordSetAt: set, now: now)
    #expect(status.isSetDateInFuture)
    #expect(status.ageInDays == 0)
    #expect(status.daysUntilExpiry == 90)
    #expect(!status.mustRotate)
    #expect(!status.isChangeAllowed)
    #expect(status.expiresAt == set.addingTimeInterval(90 * day))
    #expect(status.changeAllowedAt == set.addingTimeInterval(day))
  }

  @Test func absentSetDateMustRotate() throws {
    let status = ninetyDays.status(passwordSetAt: nil, now: try instant("2024-06-01T00:00:00Z"))
    #expect(status.ageInDays == nil)
    #expect(status.daysUntilExpiry == nil)
    #expect(status.expiresAt == nil)
    #expect(status.mustRotate)
    #expect(status.isChangeAllowed)
    #expect(status.changeAllowedAt == nil)
    #expect(!status.isWarningWindowOpen)
    #expect(!status.isSetDateInFuture)
  }

  @Test func absentSetDateWithoutMaximumIsCurrent() throws {
    let rule = try PasswordAgeRule(minimumAgeDays: 1)
    let status = rule.status(passwordSetAt: nil, now: try instant("2024-06-01T00:00:00Z"))
    #expect(!status.mustRotate)
    #expect(status.isChangeAllowed)
  }

  @Test func nonFiniteSetDateCountsAsAbsent() throws {
    let now = try instant("2024-06-01T00:00:00Z")
    for value in [Double.nan, .infinity, -.infinity] {
      let status = ninetyDays.status(passwordSetAt: Date(timeIntervalSince1970: value), now: now)
      #expect(status.ageInDays == nil, "set date \(value)")
      #expect(status.mustRotate, "set date \(value)")
    }
  }

  // Python's `(date(2024, 6, 1) - date(1970, 1, 1)).days` gives 19,875.
  @Test func decadesOldPasswordIsLongExpired() throws {
    let now = try instant("2024-06-01T00:00:00Z")
    let status = ninetyDays.status(passwordSetAt: Date(timeIntervalSince1970: 0), now: now)
    #expect(status.ageInDays == 19_875)
    #expect(status.daysUntilExpiry == 90 - 19_875)
    #expect(status.mustRotate)
  }

  @Test func noMaximumNeverExpires() throws {
    let rule = try PasswordAgeRule(minimumAgeDays: 1)
    let set = try instant("2000-01-01T00:00:00Z")
    let status = rule.status(passwordSetAt: set, now: try instant("2024-06-01T00:00:00Z"))
    #expect(status.daysUntilExpiry == nil)
    #expect(status.expiresAt == nil)
    #expect(!status.mustRotate)
    #expect(status.isChangeAllowed)
  }
}
