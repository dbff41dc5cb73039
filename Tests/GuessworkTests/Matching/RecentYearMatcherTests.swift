import Testing

@testable import Guesswork

/// Expected years come from `zxcvbn.matching.regex_match` in zxcvbn 4.5.0
/// (Python), which scans with `19\d\d|200\d|201\d` as zxcvbn 4.4.2 does.
@Suite struct RecentYearMatcherTests {
  /// A year in readable form.
  struct Year: Hashable, CustomStringConvertible {
    let span: Span
    let year: Int

    init(_ start: Int, _ end: Int, _ year: Int) {
      span = Span(start, end)
      self.year = year
    }

    var description: String { "\(span) \(year)" }
  }

  private func years(_ password: String) -> [Year] {
    Fixture.candidates(RecentYearMatcher(), in: password).compactMap { candidate in
      guard let pattern = candidate.regexPattern, pattern.kind == .recentYear else { return nil }
      return Year(candidate.start, candidate.end, pattern.year)
    }
  }

  @Test(arguments: ["", "1", "19", "199", "1899", "2020", "2050", "19a9"])
  func inputsWithoutRecentYears(password: String) {
    #expect(years(password).isEmpty)
  }

  @Test(arguments: [1900, 1999, 2000, 2009, 2010, 2019])
  func yearsAtTheEdgesOfTheRange(year: Int) {
    #expect(years(String(year)) == [Year(0, 3, year)])
  }

  @Test func twoYearsInOnePassword() {
    #expect(years("born1987in2010") == [Year(4, 7, 1987), Year(10, 13, 2010)])
  }

  @Test func scanSkipsPastEachYear() {
    // regex_match("199019901990"): three years, none overlapping.
    #expect(years("199019901990") == [Year(0, 3, 1990), Year(4, 7, 1990), Year(8, 11, 1990)])
    // regex_match("19191919"): "9191" in the middle is never tried.
    #expect(years("19191919") == [Year(0, 3, 1919), Year(4, 7, 1919)])
  }

  @Test func leftmostYearWins() {
    // regex_match("20199") takes 2019 at 0...3, so 0199 is never read.
    #expect(years("20199") == [Year(0, 3, 2019)])
    // regex_match("219990") finds 1999 at 1...4.
    #expect(years("219990") == [Year(1, 4, 1999)])
    // regex_match("2001999") takes 2001. The rest is too short.
    #expect(years("2001999") == [Year(0, 3, 2001)])
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "1987", prefixes: ["", "a", "55", "!!!"], suffixes: ["", "b", "55", "???"]))
  func findsEmbeddedYear(password: String, span: Span) {
    #expect(years(password) == [Year(span.start, span.end, 1987)])
  }

  @Test func fullWidthDigitsAreNotAYear() {
    // The pattern's digits are ASCII, as in JavaScript's \d.
    #expect(years("１９９０").isEmpty)
    #expect(years("19９０").isEmpty)
  }
}
