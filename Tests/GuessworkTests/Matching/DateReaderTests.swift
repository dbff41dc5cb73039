import Testing

@testable import Guesswork

/// Expected readings come from `zxcvbn.matching.map_ints_to_dmy` in zxcvbn
/// 4.5.0 (Python).
@Suite struct DateReaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let numbers: [Int]
    /// Year, month and day, or nil when the numbers are not a date.
    let expected: [Int]?
    var testDescription: String { "\(numbers)" }
  }

  static let cases: [Case] = [
    Case(numbers: [1, 1, 1991], expected: [1991, 1, 1]),
    Case(numbers: [1991, 1, 1], expected: [1991, 1, 1]),
    Case(numbers: [31, 12, 1999], expected: [1999, 12, 31]),
    Case(numbers: [12, 31, 1999], expected: [1999, 12, 31]),
    Case(numbers: [12, 13, 2000], expected: [2000, 12, 13]),
    Case(numbers: [13, 12, 2000], expected: [2000, 12, 13]),
    Case(numbers: [1000, 1, 1], expected: [1000, 1, 1]),
    Case(numbers: [2050, 12, 31], expected: [2050, 12, 31]),
    // Two-digit years: 50 and below are 20xx, 51 and above 19xx.
    Case(numbers: [1, 1, 1], expected: [2001, 1, 1]),
    Case(numbers: [15, 6, 50], expected: [2050, 6, 15]),
    Case(numbers: [15, 6, 51], expected: [1951, 6, 15]),
    Case(numbers: [15, 6, 99], expected: [1999, 6, 15]),
    Case(numbers: [1, 1, 0], expected: [2000, 1, 1]),
    Case(numbers: [0, 1, 1], expected: [2000, 1, 1]),
    // The year may come first when the last pair is no day and month.
    Case(numbers: [40, 5, 12], expected: [2040, 12, 5]),
    // Rejected: middle over 31 or zero, two zeros, a number in 100–999 or
    // above 2050, two numbers over 31, all three over 12, and a four-digit
    // year whose other numbers are no day and month.
    Case(numbers: [1, 32, 1], expected: nil),
    Case(numbers: [1, 0, 1], expected: nil),
    Case(numbers: [0, 1, 0], expected: nil),
    Case(numbers: [100, 1, 1], expected: nil),
    Case(numbers: [5, 5, 999], expected: nil),
    Case(numbers: [1, 1, 2051], expected: nil),
    Case(numbers: [32, 1, 45], expected: nil),
    Case(numbers: [13, 13, 99], expected: nil),
    Case(numbers: [2000, 13, 13], expected: nil),
    Case(numbers: [2000, 40, 1], expected: nil),
  ]

  @Test(arguments: cases)
  func readsDayMonthYear(_ testCase: Case) {
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    let date = reader.dayMonthYear(testCase.numbers)
    #expect(date.map { [$0.year, $0.month, $0.day] } == testCase.expected)
  }

  private func digits(_ text: String) -> ArraySlice<UInt32> {
    ArraySlice(PasswordText(text).scalars)
  }

  @Test func digitsOnlyNeedFourToEight() {
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    #expect(reader.readDigitsOnly(digits("111")) == nil)
    #expect(reader.readDigitsOnly(digits("111111111")) == nil)
    #expect(reader.readDigitsOnly(digits("1191"))?.year == 2001)
  }

  @Test func digitsOnlyRejectsOtherCharacters() {
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    #expect(reader.readDigitsOnly(digits("11a1")) == nil)
  }

  @Test func readsFromASliceInsideALongerText() {
    // Slices keep the indices of their base array. The reader must not
    // assume they start at 0.
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    let text = PasswordText("xx13.10.2001").scalars
    let date = reader.readSeparated(text[2...])
    #expect(date == DatePattern(separator: ".", year: 2001, month: 10, day: 13))
    #expect(reader.readDigitsOnly(PasswordText("ab1191").scalars[2...])?.month == 9)
  }

  @Test func separatorMustRepeat() {
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    #expect(reader.readSeparated(digits("1/1-91")) == nil)
    #expect(reader.readSeparated(digits("1x1x91")) == nil)
    #expect(reader.readSeparated(digits("1//1/91")) == nil)
  }

  @Test func separatedGroupLengths() {
    // d{1,4} s d{1,2} s d{1,4}: a middle group of three digits fails.
    let reader = DateReader(referenceYear: Fixture.referenceYear)
    #expect(reader.readSeparated(digits("1/100/91")) == nil)
    #expect(reader.readSeparated(digits("12345/1/1")) == nil)
    #expect(reader.readSeparated(digits("1991/1/1"))?.year == 1991)
  }
}
