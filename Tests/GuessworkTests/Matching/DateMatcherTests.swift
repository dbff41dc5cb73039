import Testing

@testable import Guesswork

/// Expected dates come from `zxcvbn.matching.date_match` in zxcvbn 4.5.0
/// (Python) with `zxcvbn.scoring.REFERENCE_YEAR = 2017`, except where a
/// comment gives the reasoning instead.
@Suite struct DateMatcherTests {
  /// A date in readable form.
  struct Found: Hashable, CustomStringConvertible {
    let span: Span
    let separator: String
    let year: Int
    let month: Int
    let day: Int

    init(_ start: Int, _ end: Int, _ separator: String, _ year: Int, _ month: Int, _ day: Int) {
      span = Span(start, end)
      self.separator = separator
      self.year = year
      self.month = month
      self.day = day
    }

    var description: String {
      "\(span) \(separator.debugDescription) \(year)-\(month)-\(day)"
    }
  }

  private func dates(_ password: String, referenceYear: Int = Fixture.referenceYear) -> [Found] {
    let context = MatchingContext(
      profile: .zxcvbn, referenceYear: referenceYear, userInputs: nil)
    return DateMatcher().matches(in: PasswordText(password), context: context)
      .compactMap { candidate in
        guard let date = candidate.datePattern else { return nil }
        return Found(
          candidate.start, candidate.end, date.separator, date.year, date.month, date.day)
      }
      .sorted { $0.span < $1.span }
  }

  @Test(arguments: ["", "1", "13", "123", "1/1/1", "00000000", "1/1-91"])
  func inputsWithoutDates(password: String) {
    #expect(dates(password).isEmpty)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let password: String
    let expected: [Found]
    var testDescription: String { password.debugDescription }
  }

  static let cases: [Case] = [
    // Four digits: 1 1 91 reads as 1991, 11 9 1 as 2001. 2001 is nearer
    // the reference year.
    Case(password: "1191", expected: [Found(0, 3, "", 2001, 9, 11)]),
    Case(password: "0101", expected: [Found(0, 3, "", 2000, 1, 1)]),
    // 11 15 04 (2004) beats 1 1 1504.
    Case(password: "111504", expected: [Found(0, 5, "", 2004, 11, 15)]),
    Case(password: "11111991", expected: [Found(0, 7, "", 1991, 11, 11)]),
    Case(password: "20101210", expected: [Found(0, 7, "", 2010, 10, 12)]),
    Case(password: "1/1/91", expected: [Found(0, 5, "/", 1991, 1, 1)]),
    Case(password: "13.10.2001", expected: [Found(0, 9, ".", 2001, 10, 13)]),
    Case(password: "31-12-1999", expected: [Found(0, 9, "-", 1999, 12, 31)]),
    Case(password: "12/31/1999", expected: [Found(0, 9, "/", 1999, 12, 31)]),
    // The day is not checked against the month.
    Case(password: "31.02.2000", expected: [Found(0, 9, ".", 2000, 2, 31)]),
    Case(password: "12.12.1212", expected: [Found(0, 9, ".", 1212, 12, 12)]),
    // Dates inside 2015_06_04 (15_06_04, 2015, ...) are dropped.
    Case(password: "2015_06_04", expected: [Found(0, 9, "_", 2015, 4, 6)]),
    Case(password: "1991  12 25", expected: [Found(0, 3, "", 2001, 9, 19)]),
    Case(password: "1.2-1991", expected: [Found(4, 7, "", 2001, 9, 19)]),
    // Overlapping dates where neither contains the other are both kept.
    Case(password: "99999", expected: [Found(0, 3, "", 1999, 9, 9), Found(1, 4, "", 1999, 9, 9)]),
    Case(password: "1 1 91", expected: [Found(0, 5, " ", 1991, 1, 1)]),
    Case(password: "1\t1\t91", expected: [Found(0, 5, "\t", 1991, 1, 1)]),
    Case(password: "1\u{A0}1\u{A0}91", expected: [Found(0, 5, "\u{A0}", 1991, 1, 1)]),
    Case(password: "1\u{3000}1\u{3000}91", expected: [Found(0, 5, "\u{3000}", 1991, 1, 1)]),
  ]

  @Test(arguments: cases)
  func findsDates(_ testCase: Case) {
    #expect(dates(testCase.password) == testCase.expected)
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "13.10.2001", prefixes: ["", "a", "!!", "xyz"], suffixes: ["", "b", "??", "xyz"]))
  func findsEmbeddedDate(password: String, span: Span) {
    #expect(dates(password) == [Found(span.start, span.end, ".", 2001, 10, 13)])
  }

  @Test func byteOrderMarkIsASeparator() {
    // zxcvbn 4.4.2's separator class is JavaScript's \s, which includes
    // U+FEFF. (Python's \s does not, so the port finds no date here.)
    #expect(dates("1\u{FEFF}1\u{FEFF}91") == [Found(0, 5, "\u{FEFF}", 1991, 1, 1)])
  }

  @Test func fullWidthDigitsAreNotADate() {
    // The digits of zxcvbn 4.4.2's date patterns are ASCII only.
    #expect(dates("１３.１０.２００１").isEmpty)
    #expect(dates("１１９１").isEmpty)
  }

  @Test func referenceYearChoosesTheReading() {
    // "1191" reads as 11 Sep 2001 or 1 Jan 1991. With 2017 as the
    // reference, 2001 is nearer. With 1990, 1991 is.
    #expect(dates("1191", referenceYear: 2017) == [Found(0, 3, "", 2001, 9, 11)])
    #expect(dates("1191", referenceYear: 1990) == [Found(0, 3, "", 1991, 1, 1)])
  }
}
