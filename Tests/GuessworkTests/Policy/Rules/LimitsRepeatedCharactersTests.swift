import Testing

@testable import Guesswork

@Suite struct LimitsRepeatedCharactersTests {
  private func check(_ maximumRun: Int, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(LimitsRepeatedCharacters(maximumRun: maximumRun), password)
  }

  @Test func classicNoThreeInARow() {
    #expect(check(2, "aab").isEmpty)
    #expect(check(2, "aaab") == [.repeatedCharacters(maximumRun: 2, actual: 3)])
  }

  @Test func findsRunAnywhere() {
    #expect(check(2, "xyz111xyz") == [.repeatedCharacters(maximumRun: 2, actual: 3)])
    #expect(check(2, "xyzw!!!") == [.repeatedCharacters(maximumRun: 2, actual: 3)])
  }

  @Test func reportsLongestRun() {
    #expect(check(2, "aaabbbbb") == [.repeatedCharacters(maximumRun: 2, actual: 5)])
  }

  @Test func maximumOfOneForbidsAnyDouble() {
    // A setting of 1 must not switch the rule off.
    #expect(check(1, "book") == [.repeatedCharacters(maximumRun: 1, actual: 2)])
    #expect(check(1, "abab").isEmpty)
  }

  @Test func caseMakesCharactersDifferent() {
    #expect(check(1, "aAa").isEmpty)
  }

  @Test func comparesAfterNFKC() {
    // Full-width "ａ" is "a" after NFKC, so this is a run of 3.
    #expect(check(2, "aａa") == [.repeatedCharacters(maximumRun: 2, actual: 3)])
  }

  @Test func emptyAndSingleCharacter() {
    #expect(check(1, "").isEmpty)
    #expect(check(1, "a").isEmpty)
  }

  @Test func repeatedEmojiCountsAsRun() {
    #expect(check(2, "😀😀😀") == [.repeatedCharacters(maximumRun: 2, actual: 3)])
  }

  @Test func sequencesAreNotRepeats() {
    #expect(check(1, "abcd").isEmpty)
  }
}
