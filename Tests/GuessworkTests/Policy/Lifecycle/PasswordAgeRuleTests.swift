import Testing

@testable import Guesswork

@Suite struct PasswordAgeRuleTests {
  struct InvalidCase: CustomTestStringConvertible, Sendable {
    let label: String
    let maximum: Int?
    let minimum: Int?
    let warning: Int?
    let expected: LifecycleRuleError

    var testDescription: String { label }
  }

  static let invalidCases: [InvalidCase] = [
    .init(
      label: "zero maximum", maximum: 0, minimum: nil, warning: nil,
      expected: .countBelowOne(.maximumAge, value: 0)),
    .init(
      label: "negative maximum", maximum: -90, minimum: nil, warning: nil,
      expected: .countBelowOne(.maximumAge, value: -90)),
    .init(
      label: "negative minimum", maximum: nil, minimum: -1, warning: nil,
      expected: .negativeCount(.minimumAge, value: -1)),
    .init(
      label: "negative warning", maximum: 90, minimum: nil, warning: -3,
      expected: .negativeCount(.warningWindow, value: -3)),
    .init(
      label: "minimum above maximum", maximum: 30, minimum: 31, warning: nil,
      expected: .minimumAgeNotBelowMaximum(minimumDays: 31, maximumDays: 30)),
    .init(
      label: "minimum equal to maximum", maximum: 30, minimum: 30, warning: nil,
      expected: .minimumAgeNotBelowMaximum(minimumDays: 30, maximumDays: 30)),
    .init(
      label: "warning without maximum", maximum: nil, minimum: 1, warning: 14,
      expected: .warningWithoutMaximumAge(warningDays: 14)),
    .init(
      label: "warning equal to maximum", maximum: 14, minimum: nil, warning: 14,
      expected: .warningNotBelowMaximumAge(warningDays: 14, maximumDays: 14)),
  ]

  @Test(arguments: invalidCases)
  func impossibleSettingsAreRejected(_ testCase: InvalidCase) {
    #expect(throws: testCase.expected) {
      try PasswordAgeRule(
        maximumAgeDays: testCase.maximum,
        minimumAgeDays: testCase.minimum,
        warningDays: testCase.warning)
    }
  }

  @Test func boundarySettingsAreAccepted() throws {
    let smallest = try PasswordAgeRule(maximumAgeDays: 1, minimumAgeDays: 0, warningDays: 0)
    #expect(smallest.maximumAgeDays == 1)
    let tight = try PasswordAgeRule(maximumAgeDays: 2, minimumAgeDays: 1, warningDays: 1)
    #expect(tight.minimumAgeDays == 1)
    #expect(tight.warningDays == 1)
    let zeroWarningWithoutMaximum = try PasswordAgeRule(warningDays: 0)
    #expect(zeroWarningWithoutMaximum.maximumAgeDays == nil)
  }

  @Test func emptyRuleHasNoLimits() throws {
    let rule = try PasswordAgeRule()
    #expect(rule.maximumAgeDays == nil)
    #expect(rule.minimumAgeDays == nil)
    #expect(rule.warningDays == nil)
  }
}
