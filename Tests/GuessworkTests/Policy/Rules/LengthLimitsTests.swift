import Testing

@testable import Guesswork

@Suite struct LengthLimitsTests {
  private let rule = LengthLimits(minimum: 4, maximum: 6)

  private func check(_ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(rule, password)
  }

  @Test func acceptsBothBoundaries() {
    #expect(check("abcd").isEmpty)
    #expect(check("abcdef").isEmpty)
  }

  @Test func rejectsOneBelowMinimum() {
    #expect(check("abc") == [.tooShort(minimum: 4, actual: 3)])
  }

  @Test func rejectsOneAboveMaximum() {
    #expect(check("abcdefg") == [.tooLong(maximum: 6, actual: 7)])
  }

  @Test func emptyPasswordIsTooShort() {
    #expect(check("") == [.tooShort(minimum: 4, actual: 0)])
  }

  @Test func countsEmojiAsOneCodePoint() {
    // Four emoji are 4 code points, 8 UTF-16 units and 16 UTF-8 bytes: a
    // count in units or bytes would call this 8 or 16 characters.
    #expect(check("😀😀😀").count == 1)
    #expect(check("😀😀😀😀").isEmpty)
  }

  @Test func countsDecomposedAccentOnceAfterNFKC() {
    // "e" + U+0301 composes to "é" under NFKC: "cafe\u{301}" has 4 code points.
    #expect(check("cafe\u{0301}").isEmpty)
    #expect(
      PolicyTestSupport.violations(LengthLimits(minimum: 5), "cafe\u{0301}") == [
        .tooShort(minimum: 5, actual: 4)
      ])
  }

  @Test func countsLigatureExpansion() {
    // NFKC turns the ligature "ﬃ" into "ffi", 3 code points.
    #expect(PolicyTestSupport.violations(LengthLimits(minimum: 4), "aﬃ").isEmpty)
  }

  @Test func minimumOfOneRejectsOnlyEmpty() {
    let one = LengthLimits(minimum: 1)
    #expect(PolicyTestSupport.violations(one, "a").isEmpty)
    #expect(PolicyTestSupport.violations(one, "") == [.tooShort(minimum: 1, actual: 0)])
  }

  @Test func unsetLimitsAcceptAnything() {
    #expect(PolicyTestSupport.violations(LengthLimits(), "").isEmpty)
    #expect(
      PolicyTestSupport.violations(LengthLimits(), String(repeating: "x", count: 10_000)).isEmpty)
  }
}
