import Testing

@testable import Guesswork

/// zxcvbn 4.4.2's `display_time`: a month is 31 days, a year 12 months, and
/// counts are rounded half up by JavaScript's `Math.round`. (The Python
/// port rounds half to even, so it writes "2 seconds" for 2.5.)
@Suite struct DurationTextTests {
  static let minute = 60.0
  static let hour = 3600.0
  static let day = 86400.0
  static let month = 2_678_400.0
  static let year = 32_140_800.0
  static let century = 3_214_080_000.0

  struct Case: CustomTestStringConvertible, Sendable {
    let seconds: Double
    let expected: String
    var testDescription: String { "\(seconds) s" }
  }

  static let cases: [Case] = [
    Case(seconds: 0, expected: "less than a second"),
    Case(seconds: 0.999, expected: "less than a second"),
    Case(seconds: 1, expected: "1 second"),
    Case(seconds: 1.49, expected: "1 second"),
    Case(seconds: 1.5, expected: "2 seconds"),
    Case(seconds: 2.5, expected: "3 seconds"),
    Case(seconds: 59.49, expected: "59 seconds"),
    Case(seconds: 59.5, expected: "60 seconds"),
    Case(seconds: minute, expected: "1 minute"),
    Case(seconds: 89.9, expected: "1 minute"),
    Case(seconds: 90, expected: "2 minutes"),
    Case(seconds: hour - 1, expected: "60 minutes"),
    Case(seconds: hour, expected: "1 hour"),
    Case(seconds: 1.5 * hour, expected: "2 hours"),
    Case(seconds: day - 1, expected: "24 hours"),
    Case(seconds: day, expected: "1 day"),
    Case(seconds: 2 * day, expected: "2 days"),
    Case(seconds: month - 1, expected: "31 days"),
    Case(seconds: month, expected: "1 month"),
    Case(seconds: 2.5 * month, expected: "3 months"),
    Case(seconds: year - 1, expected: "12 months"),
    Case(seconds: year, expected: "1 year"),
    Case(seconds: 10 * year, expected: "10 years"),
    Case(seconds: century - 1, expected: "100 years"),
    Case(seconds: century, expected: "centuries"),
    Case(seconds: .greatestFiniteMagnitude, expected: "centuries"),
    Case(seconds: .infinity, expected: "centuries"),
  ]

  @Test(arguments: cases)
  func describesDuration(_ testCase: Case) {
    #expect(DurationText.describe(seconds: testCase.seconds) == testCase.expected)
  }
}
