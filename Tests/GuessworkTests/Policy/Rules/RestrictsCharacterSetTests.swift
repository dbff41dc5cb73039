import Testing

@testable import Guesswork

@Suite struct RestrictsCharacterSetTests {
  private func check(_ rule: RestrictsCharacterSet, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(rule, password)
  }

  @Test func allowedClassesRejectOthers() {
    let rule = RestrictsCharacterSet(allowed: PolicyCharacterSet(classes: [.letter, .digit]))
    #expect(check(rule, "abc123").isEmpty)
    #expect(check(rule, "abc 12!") == [.characterNotAllowed(count: 2)])
  }

  @Test func allowedCharactersExtendClasses() {
    let rule = RestrictsCharacterSet(
      allowed: PolicyCharacterSet(classes: [.letter], characters: ["-", "_"]))
    #expect(check(rule, "a-b_c").isEmpty)
    #expect(check(rule, "a.b") == [.characterNotAllowed(count: 1)])
  }

  @Test func forbiddenClassRejectsControlCharacters() {
    let rule = RestrictsCharacterSet(forbidden: PolicyCharacterSet(classes: [.other]))
    #expect(check(rule, "tab\there") == [.characterForbidden(count: 1)])
    #expect(check(rule, "zero\u{200B}width") == [.characterForbidden(count: 1)])
    #expect(check(rule, "👨\u{200D}💻 fine").isEmpty)
  }

  @Test func forbiddenWinsOverAllowed() {
    let rule = RestrictsCharacterSet(
      allowed: PolicyCharacterSet(classes: [.letter, .symbol]),
      forbidden: PolicyCharacterSet(characters: [" "]))
    #expect(check(rule, "a b") == [.characterForbidden(count: 1)])
  }

  @Test func nonASCIIClass() {
    let rule = RestrictsCharacterSet(forbidden: PolicyCharacterSet(classes: [.nonASCII]))
    #expect(check(rule, "plain!").isEmpty)
    #expect(check(rule, "naïve€") == [.characterForbidden(count: 2)])
  }

  @Test func comparesAfterNFKC() {
    // A full-width "！" normalises to "!", which the set lists.
    let rule = RestrictsCharacterSet(
      allowed: PolicyCharacterSet(classes: [.letter], characters: ["!"]))
    #expect(check(rule, "ab！").isEmpty)
  }

  @Test func spaceClassIsOnlySpaces() {
    let rule = RestrictsCharacterSet(forbidden: PolicyCharacterSet(classes: [.space]))
    #expect(check(rule, "a b\u{00A0}c") == [.characterForbidden(count: 2)])
    #expect(check(rule, "a-b").isEmpty)
  }

  @Test func permitsReportsClassesTheSetExcludes() {
    let digitsOnly = RestrictsCharacterSet(allowed: PolicyCharacterSet(classes: [.digit]))
    #expect(digitsOnly.permits(.digit))
    #expect(!digitsOnly.permits(.symbol))
    #expect(!digitsOnly.permits(.letter))
    let listed = RestrictsCharacterSet(
      allowed: PolicyCharacterSet(classes: [.letter], characters: ["!"]))
    #expect(listed.permits(.symbol))
    #expect(listed.permits(.upper))
    let noSymbols = RestrictsCharacterSet(forbidden: PolicyCharacterSet(classes: [.symbol]))
    #expect(!noSymbols.permits(.symbol))
    #expect(noSymbols.permits(.lower))
    let spaces = RestrictsCharacterSet(allowed: PolicyCharacterSet(classes: [.space, .lower]))
    #expect(spaces.permits(.symbol))
    #expect(!spaces.permits(.upper))
  }
}
