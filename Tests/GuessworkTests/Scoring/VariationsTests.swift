import Testing

@testable import Guesswork

/// Expected factors come from `zxcvbn.scoring.uppercase_variations` and
/// `l33t_variations` in zxcvbn 4.5.0 (Python) for ASCII tokens.
@Suite struct VariationsTests {
  private func uppercase(_ token: String) -> Double {
    Variations.uppercase(ArraySlice(PasswordText(token).scalars))
  }

  private func l33t(_ token: String, _ substitutions: [(String, String)]) -> Double {
    let pairs = substitutions.map { substitute, letter in
      (substitute: PasswordText(substitute).scalars[0], letter: PasswordText(letter).scalars[0])
    }
    return Variations.l33t(ArraySlice(PasswordText(token).scalars), substitutions: pairs)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let token: String
    let expected: Double
    var testDescription: String { token }
  }

  static let uppercaseCases: [Case] = [
    Case(token: "", expected: 1),
    Case(token: "a", expected: 1),
    Case(token: "1", expected: 1),
    Case(token: "abcdef", expected: 1),
    Case(token: "A", expected: 2),
    Case(token: "Abcdef", expected: 2),
    Case(token: "abcdeF", expected: 2),
    Case(token: "ABCDEF", expected: 2),
    Case(token: "12A", expected: 2),
    Case(token: "aB", expected: 2),
    // Three capitals and three small letters: C(6,1) + C(6,2) + C(6,3).
    Case(token: "aBcDeF", expected: 41),
    Case(token: "ABCdef12", expected: 41),
    Case(token: "AaA", expected: 3),
    Case(token: "aAaA", expected: 10),
    // Only ASCII letters count, as in zxcvbn 4.4.2's /[A-Z]/ tests.
    Case(token: "ÄBC", expected: 2),
    Case(token: "Ärger", expected: 1),
  ]

  @Test(arguments: uppercaseCases)
  func uppercaseVariations(_ testCase: Case) {
    #expect(uppercase(testCase.token) == testCase.expected)
  }

  @Test func l33tWithoutSubstitutions() {
    #expect(l33t("password", []) == 1)
  }

  @Test func l33tFullySubstituted() {
    // l33t_variations: a token using only the substitute doubles.
    #expect(l33t("@@@", [("@", "a")]) == 2)
    #expect(l33t("p4ssw0rd", [("4", "a"), ("0", "o")]) == 4)
  }

  @Test func l33tMixedWithTheLetter() {
    // S = 3 substitutes and U = 3 letters: C(6,1) + C(6,2) + C(6,3) = 41.
    #expect(l33t("aaa@@@", [("@", "a")]) == 41)
    // S = 2, U = 2: C(4,1) + C(4,2) = 10.
    #expect(l33t("a@a@", [("@", "a")]) == 10)
  }

  @Test func l33tIgnoresCapitalisation() {
    // The token is lower-cased first, so "A" counts as the letter a.
    #expect(l33t("A@", [("@", "a")]) == 2)
    #expect(l33t("AAA@@@", [("@", "a")]) == 41)
  }

  @Test func l33tMultipliesAcrossSubstitutions() {
    // 4 -> a mixed (S 1, U 1: 2) times 0 -> o alone (2).
    #expect(l33t("a4w0", [("4", "a"), ("0", "o")]) == 4)
    // S 2, U 2 for each: 10 × 10.
    #expect(l33t("aa44oo00", [("4", "a"), ("0", "o")]) == 100)
  }

  @Test func mixesOfTwoCounts() {
    #expect(Variations.mixes(0, 3) == 2)
    #expect(Variations.mixes(3, 0) == 2)
    #expect(Variations.mixes(1, 1) == 2)
    #expect(Variations.mixes(3, 3) == 41)
    #expect(Variations.mixes(1, 5) == 6)
  }
}
