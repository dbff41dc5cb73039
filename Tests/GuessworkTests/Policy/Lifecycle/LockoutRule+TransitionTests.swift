import Foundation
import Testing

@testable import Guesswork

@Suite struct LockoutRuleTransitionTests {
  /// Three failures within 60 s lock the account for 300 s, with no growth.
  let fixedRule: LockoutRule
  /// Same, but each lock doubles, up to 1,000 s.
  let growingRule: LockoutRule
  let start: Date

  init() throws {
    fixedRule = try LockoutRule(
      failureThreshold: 3, observationWindow: .seconds(60), lockDuration: .seconds(300))
    growingRule = try LockoutRule(
      failureThreshold: 3, observationWindow: .seconds(60), lockDuration: .seconds(300),
      growth: .doubling(maximum: .seconds(1_000)))
    start = try instant("2026-01-10T09:00:00Z")
  }

  /// Applies failed attempts at the given offsets from `start`.
  func fail(
    _ rule: LockoutRule,
    at offsets: [TimeInterval],
    from state: LockoutState = .initial
  ) -> LockoutTransition {
    var transition = LockoutTransition(state: state, decision: .allow)
    for offset in offsets {
      transition = rule.apply(
        .failedAttempt, to: transition.state, at: start.addingTimeInterval(offset))
    }
    return transition
  }

  @Test func failuresBelowThresholdAllow() {
    let result = fail(fixedRule, at: [0, 10])
    #expect(result.decision == .allow)
    #expect(result.state.failureTimes.count == 2)
    #expect(result.state.lockedUntil == nil)
  }

  @Test func thresholdFailureLocks() {
    let result = fail(fixedRule, at: [0, 10, 20])
    let until = start.addingTimeInterval(20 + 300)
    #expect(result.decision == .locked(until: until))
    #expect(result.state.lockedUntil == until)
    #expect(result.state.failureTimes.isEmpty)
    #expect(result.state.consecutiveLocks == 1)
  }

  @Test func thresholdOfOneLocksAtOnce() throws {
    let rule = try LockoutRule(
      failureThreshold: 1, observationWindow: .seconds(60), lockDuration: .seconds(30))
    let result = rule.apply(.failedAttempt, to: .initial, at: start)
    #expect(result.decision == .locked(until: start.addingTimeInterval(30)))
  }

  // The first failure is exactly 60 s old at the third, so it no longer
  // counts and only two remain.
  @Test func failureAtWindowEdgeIsDropped() {
    let result = fail(fixedRule, at: [0, 30, 60])
    #expect(result.decision == .allow)
    #expect(
      result.state.failureTimes == [start.addingTimeInterval(30), start.addingTimeInterval(60)])
  }

  @Test func failureJustInsideWindowCounts() {
    let result = fail(fixedRule, at: [0, 30, 59])
    #expect(result.decision == .locked(until: start.addingTimeInterval(59 + 300)))
  }

  @Test func lockEndsExactlyAtUntil() {
    let locked = fail(fixedRule, at: [0, 1, 2]).state
    let until = start.addingTimeInterval(302)
    let lastLockedSecond = until.addingTimeInterval(-1)
    #expect(fixedRule.decision(for: locked, at: lastLockedSecond) == .locked(until: until))
    #expect(fixedRule.decision(for: locked, at: until) == .allow)
  }

  @Test func failuresResetWhenLockEnds() {
    let locked = fail(fixedRule, at: [0, 1, 2]).state
    let until = start.addingTimeInterval(302)
    let after = fixedRule.apply(.failedAttempt, to: locked, at: until)
    #expect(after.decision == .allow)
    #expect(after.state.failureTimes == [until])
    #expect(after.state.lockedUntil == nil)
    #expect(after.state.consecutiveLocks == 1)
  }

  @Test func failureDuringLockIsIgnored() {
    let locked = fail(fixedRule, at: [0, 1, 2]).state
    let during = fixedRule.apply(.failedAttempt, to: locked, at: start.addingTimeInterval(100))
    #expect(during.state == locked)
    #expect(during.decision == .locked(until: start.addingTimeInterval(302)))
  }

  @Test func successResetsFailures() {
    let twoFailures = fail(fixedRule, at: [0, 1]).state
    let success = fixedRule.apply(
      .successfulLogin, to: twoFailures, at: start.addingTimeInterval(2))
    #expect(success.state == .initial)
    #expect(success.decision == .allow)
    let twoMore = fail(fixedRule, at: [3, 4], from: success.state)
    #expect(twoMore.decision == .allow)
  }

  @Test func successDuringLockDoesNotUnlock() {
    let locked = fail(fixedRule, at: [0, 1, 2]).state
    let success = fixedRule.apply(.successfulLogin, to: locked, at: start.addingTimeInterval(10))
    #expect(success.state == locked)
    #expect(success.decision == .locked(until: start.addingTimeInterval(302)))
  }

  @Test func adminResetUnlocks() {
    let locked = fail(growingRule, at: [0, 1, 2]).state
    let reset = growingRule.apply(.adminReset, to: locked, at: start.addingTimeInterval(10))
    #expect(reset.state == .initial)
    #expect(reset.decision == .allow)
  }

  // Locks of 300, 600, then 1,200 capped to 1,000 s. Each round fails three
  // times from the moment the previous lock ends.
  @Test func locksGrowUntilCapped() {
    var state = LockoutState.initial
    var roundStart: TimeInterval = 0
    for (round, length) in [300.0, 600, 1_000, 1_000].enumerated() {
      let result = fail(growingRule, at: [roundStart, roundStart + 1, roundStart + 2], from: state)
      let until = start.addingTimeInterval(roundStart + 2 + length)
      #expect(result.decision == .locked(until: until), "round \(round)")
      #expect(result.state.consecutiveLocks == round + 1)
      state = result.state
      roundStart += 2 + length
    }
  }

  @Test func successResetsGrowth() {
    let firstLock = fail(growingRule, at: [0, 1, 2])
    let afterLock: TimeInterval = 302
    let success = growingRule.apply(
      .successfulLogin, to: firstLock.state, at: start.addingTimeInterval(afterLock))
    let nextLock = fail(
      growingRule, at: [afterLock + 1, afterLock + 2, afterLock + 3], from: success.state)
    #expect(nextLock.decision == .locked(until: start.addingTimeInterval(afterLock + 3 + 300)))
  }

  @Test func expiredLockKeepsGrowthCount() {
    let firstLock = fail(growingRule, at: [0, 1, 2])
    let secondLock = fail(growingRule, at: [400, 401, 402], from: firstLock.state)
    #expect(secondLock.decision == .locked(until: start.addingTimeInterval(402 + 600)))
  }

  @Test func futureFailureTimesStillCount() {
    let skewed = LockoutState(failureTimes: [start.addingTimeInterval(30)])
    let result = fail(fixedRule, at: [0, 1], from: skewed)
    #expect(result.decision == .locked(until: start.addingTimeInterval(301)))
  }

  @Test func damagedLockCountIsClamped() {
    let negative = LockoutState(consecutiveLocks: -7)
    #expect(negative.consecutiveLocks == 0)
    let saturated = fail(growingRule, at: [0, 1, 2], from: LockoutState(consecutiveLocks: .max))
    #expect(saturated.state.consecutiveLocks == .max)
    #expect(saturated.decision == .locked(until: start.addingTimeInterval(2 + 1_000)))
  }

  @Test func stateSurvivesJSONRoundTrip() throws {
    let locked = fail(growingRule, at: [0, 1, 2]).state
    let partial = fail(growingRule, at: [0, 1]).state
    for state in [LockoutState.initial, locked, partial] {
      let data = try JSONEncoder().encode(state)
      #expect(try JSONDecoder().decode(LockoutState.self, from: data) == state)
    }
  }
}
