import Testing

@testable import Guesswork

@Suite struct LockoutRuleTests {
  struct InvalidCase: CustomTestStringConvertible, Sendable {
    let label: String
    let threshold: Int
    let window: Duration
    let lock: Duration
    let growth: LockoutRule.Growth
    let expected: LifecycleRuleError

    var testDescription: String { label }
  }

  static let invalidCases: [InvalidCase] = [
    .init(
      label: "zero threshold", threshold: 0, window: .seconds(60), lock: .seconds(60),
      growth: .fixed, expected: .countBelowOne(.failureThreshold, value: 0)),
    .init(
      label: "negative threshold", threshold: -5, window: .seconds(60), lock: .seconds(60),
      growth: .fixed, expected: .countBelowOne(.failureThreshold, value: -5)),
    .init(
      label: "zero window", threshold: 5, window: .zero, lock: .seconds(60),
      growth: .fixed, expected: .durationNotPositive(.observationWindow, value: .zero)),
    .init(
      label: "negative lock", threshold: 5, window: .seconds(60), lock: .seconds(-1),
      growth: .fixed, expected: .durationNotPositive(.lockDuration, value: .seconds(-1))),
    .init(
      label: "factor one", threshold: 5, window: .seconds(60), lock: .seconds(60),
      growth: .multiplying(factor: 1, maximum: .seconds(600)),
      expected: .growthFactorBelowTwo(factor: 1)),
    .init(
      label: "maximum below lock", threshold: 5, window: .seconds(60), lock: .seconds(60),
      growth: .doubling(maximum: .seconds(59)),
      expected: .maximumLockBelowLockDuration(lock: .seconds(60), maximum: .seconds(59))),
  ]

  @Test(arguments: invalidCases)
  func impossibleSettingsAreRejected(_ testCase: InvalidCase) {
    #expect(throws: testCase.expected) {
      try LockoutRule(
        failureThreshold: testCase.threshold, observationWindow: testCase.window,
        lockDuration: testCase.lock, growth: testCase.growth)
    }
  }

  @Test func maximumEqualToLockIsAccepted() throws {
    let rule = try LockoutRule(
      failureThreshold: 1, observationWindow: .milliseconds(1), lockDuration: .seconds(60),
      growth: .doubling(maximum: .seconds(60)))
    #expect(rule.duration(ofLock: 3) == .seconds(60))
  }

  @Test func fixedLocksNeverGrow() throws {
    let rule = try LockoutRule(
      failureThreshold: 5, observationWindow: .seconds(900), lockDuration: .seconds(900))
    for lockNumber in [1, 2, 10, Int.max] {
      #expect(rule.duration(ofLock: lockNumber) == .seconds(900))
    }
  }

  // 900 s doubling: 900, 1,800, 3,600, 7,200, then 14,400 = the cap.
  @Test func doublingStopsAtMaximum() throws {
    let rule = try LockoutRule(
      failureThreshold: 5, observationWindow: .seconds(900), lockDuration: .seconds(900),
      growth: .doubling(maximum: .seconds(14_400)))
    let expected: [(Int, Duration)] = [
      (-3, .seconds(900)), (0, .seconds(900)), (1, .seconds(900)), (2, .seconds(1_800)),
      (3, .seconds(3_600)), (4, .seconds(7_200)), (5, .seconds(14_400)),
      (6, .seconds(14_400)), (Int.max, .seconds(14_400)),
    ]
    for (lockNumber, duration) in expected {
      #expect(rule.duration(ofLock: lockNumber) == duration, "lock \(lockNumber)")
    }
  }

  // Factor 3 from 10 s: 10, 30, 90, and 270 is capped to 100.
  @Test func capNeedNotBeAPower() throws {
    let rule = try LockoutRule(
      failureThreshold: 3, observationWindow: .seconds(60), lockDuration: .seconds(10),
      growth: .multiplying(factor: 3, maximum: .seconds(100)))
    #expect(rule.duration(ofLock: 3) == .seconds(90))
    #expect(rule.duration(ofLock: 4) == .seconds(100))
  }

  // From 1 s, lock 63 lasts 2^62 s. Lock 64 would be 2^63 s, past
  // Int64.max seconds, so the cap applies without overflowing.
  @Test func hugeCapDoesNotOverflow() throws {
    let rule = try LockoutRule(
      failureThreshold: 3, observationWindow: .seconds(60), lockDuration: .seconds(1),
      growth: .doubling(maximum: .seconds(Int64.max)))
    #expect(rule.duration(ofLock: 63) == .seconds(Int64(1) << 62))
    #expect(rule.duration(ofLock: 64) == .seconds(Int64.max))
    #expect(rule.duration(ofLock: Int.max) == .seconds(Int64.max))
  }
}
