import Foundation
import Testing

@testable import Guesswork

/// Lockout and rotation rules read from policy files, driven with an
/// injected clock across their boundaries.
@Suite struct PolicyDecoderAccountRulesTests {
  private typealias Support = PolicyTestSupport

  private func lockoutRule(_ section: String) throws -> LockoutRule {
    let policy = try Support.load(#"{"version": 1, "name": "p", "lockout": \#(section)}"#)
    return try #require(policy.lockout)
  }

  /// Applies failed attempts at the given second offsets and returns the
  /// final transition.
  private func fail(
    _ rule: LockoutRule, atSeconds offsets: [Double], from state: LockoutState = .initial
  ) -> LockoutTransition {
    var transition = LockoutTransition(state: state, decision: .allow)
    for offset in offsets {
      transition = rule.apply(
        .failedAttempt, to: transition.state, at: Support.moment(seconds: offset))
    }
    return transition
  }

  @Test func strictPresetLocksAtFifthFailureForThirtyMinutes() throws {
    let rule = try #require(try PolicyLoader().load("strict").lockout)
    let fourth = fail(rule, atSeconds: [0, 60, 120, 180])
    #expect(fourth.decision == .allow)
    let fifth = fail(rule, atSeconds: [240], from: fourth.state)
    #expect(fifth.decision == .locked(until: Support.moment(seconds: 240 + 1800)))
    // One second before the lock ends the account is still locked; at the end it is not.
    #expect(
      rule.decision(for: fifth.state, at: Support.moment(seconds: 240 + 1799))
        == .locked(until: Support.moment(seconds: 2040)))
    #expect(rule.decision(for: fifth.state, at: Support.moment(seconds: 240 + 1800)) == .allow)
  }

  @Test func failuresOutsideTheWindowDoNotCount() throws {
    // Window of 15 minutes: a failure exactly 900 seconds old no longer counts.
    let rule = try lockoutRule(#"{"threshold": 3, "window_minutes": 15, "lock_minutes": 5}"#)
    #expect(fail(rule, atSeconds: [0, 1, 900]).decision == .allow)
    #expect(
      fail(rule, atSeconds: [0, 1, 899]).decision
        == .locked(until: Support.moment(seconds: 899 + 300)))
  }

  @Test func successfulLoginResetsTheCount() throws {
    let rule = try lockoutRule(#"{"threshold": 3, "window_minutes": 15, "lock_minutes": 5}"#)
    let twoFailures = fail(rule, atSeconds: [0, 10])
    let success = rule.apply(
      .successfulLogin, to: twoFailures.state, at: Support.moment(seconds: 20))
    #expect(fail(rule, atSeconds: [30, 40], from: success.state).decision == .allow)
  }

  @Test func growingLockIsCappedAtMaximum() throws {
    // Locks of 5, 10, 20, then capped at 30 minutes.
    let rule = try lockoutRule(
      #"""
      {"threshold": 1, "window_minutes": 15, "lock_minutes": 5, "growth_factor": 2,
       "maximum_lock_minutes": 30}
      """#
    )
    #expect(rule.duration(ofLock: 1) == .seconds(300))
    #expect(rule.duration(ofLock: 2) == .seconds(600))
    #expect(rule.duration(ofLock: 3) == .seconds(1200))
    #expect(rule.duration(ofLock: 4) == .seconds(1800))
    #expect(rule.duration(ofLock: 10) == .seconds(1800))
  }

  @Test func maximumLockBelowFirstLockIsRejected() throws {
    let found = Support.problems(
      #"""
      {"version": 1, "name": "p",
       "lockout": {"threshold": 3, "window_minutes": 5, "lock_minutes": 30, "growth_factor": 2,
        "maximum_lock_minutes": 10}}
      """#
    )
    #expect(found.map(\.code) == ["maximum_lock_below_lock_duration"])
    #expect(
      found.first?.message
        == "'lockout.maximum_lock_minutes': invalid maximum lock duration 10 minutes: it must be "
        + "at least the lock duration of 30 minutes"
    )
  }

  @Test func warningWithoutMaximumAgeIsRejected() throws {
    let found = Support.problems(#"{"version": 1, "name": "p", "rotation": {"warning_days": 7}}"#)
    #expect(found.map(\.code) == ["warning_without_maximum_age"])
    // The 7 is at column 58.
    #expect(found.first?.location == Support.at(1, 58))
  }

  @Test func pciRotationExpiresAtNinetyDays() throws {
    let rule = try #require(try PolicyLoader().load("pci-dss-4.0.1").rotation)
    #expect(
      !rule.status(passwordSetAt: Support.moment(), now: Support.moment(days: 90, seconds: -1))
        .mustRotate)
    #expect(rule.status(passwordSetAt: Support.moment(), now: Support.moment(days: 90)).mustRotate)
  }

  @Test func rotationAcrossLeapDay() throws {
    // 2028 is a leap year: from 2028-02-01 to 2028-03-01 is 29 days of 86,400 seconds.
    let rule = try #require(
      try Support.load(#"{"version": 1, "name": "p", "rotation": {"maximum_age_days": 29}}"#)
        .rotation)
    let setAt = ISO8601DateFormatter().date(from: "2028-02-01T00:00:00Z")
    let now = ISO8601DateFormatter().date(from: "2028-03-01T00:00:00Z")
    let status = rule.status(passwordSetAt: setAt, now: try #require(now))
    #expect(status.ageInDays == 29)
    #expect(status.mustRotate)
  }
}
