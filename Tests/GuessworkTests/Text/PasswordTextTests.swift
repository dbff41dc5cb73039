import Testing

@testable import Guesswork

/// Matching works on Unicode scalars, and lower-casing keeps one scalar per
/// scalar, so every span maps back to the original password.
@Suite struct PasswordTextTests {
  private func lowered(_ text: String) -> String {
    PasswordText.string(PasswordText(text).lowercased)
  }

  @Test func emptyText() {
    let text = PasswordText("")
    #expect(text.isEmpty)
    #expect(text.count == 0)
    #expect(text.lowercased.isEmpty)
  }

  @Test func asciiLowerCasing() {
    #expect(lowered("PassWORD123!") == "password123!")
  }

  @Test func singleScalarMappingsApply() {
    // Kelvin sign → k, capital sharp s → ß, Σ → σ, Ä → ä: each lower-cases
    // to exactly one scalar.
    #expect(lowered("\u{212A}") == "k")
    #expect(lowered("\u{1E9E}") == "ß")
    #expect(lowered("ΣÄ") == "σä")
  }

  @Test func multiScalarMappingsAreKept() {
    // The dotted capital I lower-cases to "i" plus U+0307, two scalars, so
    // it stays as it is and no index moves.
    #expect(PasswordText("İx").lowercased == [0x130, 0x78])
  }

  @Test(arguments: ["", "a", "İstanbul", "\u{212A}ELVIN", "😀🇩🇪e\u{301}", "ǅ", "ﬃ"])
  func lowerCasingKeepsTheLength(text: String) {
    let password = PasswordText(text)
    #expect(password.lowercased.count == password.scalars.count)
    #expect(password.count == text.unicodeScalars.count)
  }

  @Test func substringByScalarOffsets() {
    // "😀" and each regional indicator are one scalar. "é" here is e plus
    // a combining accent, two scalars.
    let text = PasswordText("a😀🇩🇪e\u{301}z")
    #expect(text.count == 7)
    #expect(text.string(from: 1, through: 1) == "😀")
    #expect(text.string(from: 2, through: 3) == "🇩🇪")
    #expect(text.string(from: 4, through: 5) == "e\u{301}")
  }

  @Test func asciiDigitsOnly() {
    #expect(UInt32(0x30).isASCIIDigit)
    #expect(UInt32(0x39).isASCIIDigit)
    #expect(!UInt32(0xFF11).isASCIIDigit)  // full-width 1
    #expect(!UInt32(0x0661).isASCIIDigit)  // Arabic-Indic 1
  }

  // MARK: Spans through the estimator

  private func dictionaryMatch(_ password: String) -> [(Span, String, String)] {
    Fixture.estimator.estimate(password).sequence.compactMap { match in
      guard case .dictionary(let details) = match.pattern else { return nil }
      return (match.span, match.token, details.matchedWord)
    }
  }

  @Test func kelvinSignSpellsAWord() throws {
    // "\u{212A}ing" lower-cases to "king" (surnames rank 29) in JavaScript
    // and here, with the same length: 29 guesses plus 1.
    let estimate = Fixture.estimator.estimate("\u{212A}ing")
    let match = try #require(estimate.sequence.first)
    #expect(estimate.sequence.count == 1)
    #expect(match.span == Span(0, 3))
    #expect(match.token == "\u{212A}ing")
    #expect(estimate.guesses == 30)
  }

  @Test func dottedCapitalIDoesNotShiftLaterSpans() throws {
    // JavaScript's toLowerCase makes "İ" two code units, which moves every
    // later index. Here "password" stays at scalars 1...8.
    let found = dictionaryMatch("İpassword")
    let password = try #require(found.first { $0.2 == "password" })
    #expect(password.0 == Span(1, 8))
    #expect(password.1 == "password")
  }

  @Test func emojiAndFlagsCountAsScalars() throws {
    let found = dictionaryMatch("😀🇺🇸password")
    let password = try #require(found.first { $0.2 == "password" })
    #expect(password.0 == Span(3, 10))
  }

  @Test(arguments: [
    "\u{212A}ing", "İpassword", "😀password😀", "🇩🇪🇫🇷", "cafe\u{301}", "👩‍👩‍👧‍👦1999",
    "ǅungla", "\u{FEFF}1.1.91", "ＰＡＳＳＷＯＲＤ", "\u{0}\u{7F}\u{85}",
  ])
  func tokensJoinToThePassword(password: String) {
    let estimate = Fixture.estimator.estimate(password)
    #expect(estimate.tokensJoinPassword)
    #expect(estimate.spansAreContiguous)
  }

  @Test func flagsSplitByASequenceStillJoin() {
    // The regional indicators D, E, F, R step by +1, +1, +12, so a
    // sequence ends inside the second flag. Tokens are scalar runs and
    // still join to the password.
    let matches = Fixture.estimator.allMatches(in: "🇩🇪🇫🇷")
    #expect(matches.contains { $0.pattern.name == "sequence" && $0.span == Span(0, 2) })
    #expect(Fixture.estimator.estimate("🇩🇪🇫🇷").tokensJoinPassword)
  }
}
