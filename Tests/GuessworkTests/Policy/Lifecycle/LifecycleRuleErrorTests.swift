import Testing

@testable import Guesswork

@Suite struct LifecycleRuleErrorTests {
  struct MessageCase: CustomTestStringConvertible, Sendable {
    let error: LifecycleRuleError
    let message: String

    var testDescription: String { message }
  }

  static let cases: [MessageCase] = [
    .init(
      error: .negativeCount(.rememberedPasswords, value: -2),
      message: "invalid remembered passwords -2: use 0 or more"),
    .init(
      error: .countBelowOne(.maximumAge, value: 0),
      message: "invalid maximum age 0 days: use 1 or more, "
        + "or leave it out so that passwords never expire"),
    .init(
      error: .negativeCount(.minimumAge, value: -1),
      message: "invalid minimum age -1 days: use 0 or more"),
    .init(
      error: .countBelowOne(.failureThreshold, value: 0),
      message: "invalid failure threshold 0: use 1 or more, "
        + "or leave out the lockout rule to turn lockout off"),
    .init(
      error: .durationNotPositive(.lockDuration, value: .zero),
      message: "invalid lock duration 0 seconds: use a duration above 0 seconds"),
    .init(
      error: .durationNotPositive(.observationWindow, value: .milliseconds(-1_500)),
      message: "invalid observation window -1.5 seconds: use a duration above 0 seconds"),
    .init(
      error: .minimumAgeNotBelowMaximum(minimumDays: 60, maximumDays: 42),
      message: "invalid minimum age 60 days: it must be below the maximum age of 42 days, "
        + "or a password could only change after it expired"),
    .init(
      error: .warningWithoutMaximumAge(warningDays: 7),
      message: "invalid warning window 7 days: set a maximum age, "
        + "or remove the warning window because passwords never expire"),
    .init(
      error: .warningNotBelowMaximumAge(warningDays: 30, maximumDays: 30),
      message: "invalid warning window 30 days: it must be shorter than "
        + "the maximum age of 30 days"),
    .init(
      error: .maximumLockBelowLockDuration(lock: .seconds(900), maximum: .seconds(600)),
      // Durations are written in their largest whole unit, as policy files
      // give them in minutes.
      message: "invalid maximum lock duration 10 minutes: it must be at least "
        + "the lock duration of 15 minutes"),
    .init(
      error: .growthFactorBelowTwo(factor: 1),
      message: "invalid growth factor 1: use 2 or more, or a fixed lock duration"),
  ]

  @Test(arguments: cases)
  func messageQuotesValue(_ testCase: MessageCase) {
    #expect(testCase.error.description == testCase.message)
  }

  @Test func settingNamesAreLowercaseWords() {
    for setting in LifecycleSetting.allCases {
      #expect(setting.rawValue == setting.rawValue.lowercased())
      #expect(!setting.rawValue.isEmpty)
    }
  }
}
