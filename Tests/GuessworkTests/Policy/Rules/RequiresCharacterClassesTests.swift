import Testing

@testable import Guesswork

@Suite struct RequiresCharacterClassesTests {
  private func check(_ rule: RequiresCharacterClasses, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(rule, password)
  }

  @Test func reportsEachMissingClass() {
    let rule = RequiresCharacterClasses(required: [.lower, .upper, .digit, .symbol])
    #expect(
      check(rule, "abc") == [
        .missingCharacterClass(.upper), .missingCharacterClass(.digit),
        .missingCharacterClass(.symbol),
      ])
    #expect(check(rule, "aB3!").isEmpty)
  }

  @Test func accentedCapitalCountsAsUppercase() {
    let rule = RequiresCharacterClasses(required: [.upper])
    #expect(check(rule, "élan").count == 1)
    #expect(check(rule, "Élan").isEmpty)
  }

  @Test func accentedLetterIsNotASymbol() {
    let rule = RequiresCharacterClasses(required: [.symbol])
    #expect(check(rule, "café") == [.missingCharacterClass(.symbol)])
  }

  @Test func superscriptDigitCountsAsDigit() {
    // NFKC maps "²" to "2", and general category would call it a digit anyway.
    let rule = RequiresCharacterClasses(required: [.digit])
    #expect(check(rule, "x²").isEmpty)
  }

  @Test func fullWidthCapitalCountsAsUppercase() {
    let rule = RequiresCharacterClasses(required: [.upper])
    #expect(check(rule, "ａＢｃ").isEmpty)
  }

  @Test func letterRequirementAcceptsCaselessScripts() {
    let rule = RequiresCharacterClasses(required: [.letter, .digit])
    #expect(check(rule, "密码123").isEmpty)
    #expect(check(rule, "123456") == [.missingCharacterClass(.letter)])
  }

  @Test func minimumClassesCountsDistinctClasses() {
    let rule = RequiresCharacterClasses(minimumClasses: 3)
    // lower + upper = 2 classes.
    #expect(check(rule, "abcDEF") == [.tooFewClasses(minimum: 3, actual: 2)])
    // lower + upper + digit = 3.
    #expect(check(rule, "abcDEF1").isEmpty)
    // lower + other_letter + symbol = 3: a Chinese character is its own class.
    #expect(check(rule, "abc中!").isEmpty)
  }

  @Test func perClassMinimumReportsCounts() {
    let rule = RequiresCharacterClasses(required: [.digit], minimums: [.digit: 2, .symbol: 1])
    // The required digit has its own minimum, so it is reported once, as too few.
    #expect(
      check(rule, "abc1") == [
        .tooFewInClass(.digit, minimum: 2, actual: 1),
        .tooFewInClass(.symbol, minimum: 1, actual: 0),
      ])
    #expect(check(rule, "abc12!").isEmpty)
  }

  @Test func combiningMarkDoesNotCountAsExtraLetter() {
    // "q" + U+0303 has no precomposed form, so NFKC keeps two scalars; the
    // mark must not count as a second lowercase letter.
    let rule = RequiresCharacterClasses(minimums: [.lower: 2])
    #expect(check(rule, "q\u{0303}") == [.tooFewInClass(.lower, minimum: 2, actual: 1)])
  }

  @Test func fewestCharactersNeeded() {
    #expect(
      RequiresCharacterClasses(required: [.lower, .upper, .digit, .symbol]).fewestCharactersNeeded
        == 4)
    #expect(RequiresCharacterClasses(minimumClasses: 3).fewestCharactersNeeded == 3)
    // Two digits cover one class; two more classes need one character each.
    #expect(
      RequiresCharacterClasses(minimumClasses: 3, minimums: [.digit: 2]).fewestCharactersNeeded == 4
    )
    // Three letters, of which the lowercase one counts: 3 characters in all.
    #expect(
      RequiresCharacterClasses(required: [.lower], minimums: [.letter: 3]).fewestCharactersNeeded
        == 3)
    // A letter and a digit: 2 characters cover 2 classes, and one more class is needed.
    #expect(
      RequiresCharacterClasses(required: [.letter, .digit], minimumClasses: 3)
        .fewestCharactersNeeded == 3)
  }
}
