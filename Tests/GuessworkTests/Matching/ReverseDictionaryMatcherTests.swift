import Testing

@testable import Guesswork

/// Expected hits come from `zxcvbn.matching.reverse_dictionary_match` in
/// zxcvbn 4.5.0 (Python).
@Suite struct ReverseDictionaryMatcherTests {
  private func candidates(_ password: String) -> [Candidate] {
    Fixture.candidates(ReverseDictionaryMatcher(), in: password)
  }

  private func hits(_ password: String) -> [WordHit] {
    Fixture.wordHits(candidates(password))
  }

  @Test func emptyPasswordHasNoHits() {
    #expect(candidates("").isEmpty)
  }

  @Test func oneAndTwoCharactersWithoutWords() {
    // reverse_dictionary_match("a") and ("ab") are both empty.
    #expect(candidates("a").isEmpty)
    #expect(candidates("ab").isEmpty)
  }

  @Test func everyReversedWordOfDrowssap() {
    // reverse_dictionary_match("drowssap"). Spans are in the original
    // password, and the word is the list word read forwards.
    let expected: Set = [
      WordHit(span: Span(0, 3), word: "word", dictionary: .usTelevisionAndFilm, rank: 308),
      WordHit(span: Span(0, 4), word: "sword", dictionary: .passwords, rank: 2295),
      WordHit(span: Span(0, 6), word: "assword", dictionary: .passwords, rank: 3054),
      WordHit(span: Span(0, 7), word: "password", dictionary: .passwords, rank: 2),
      WordHit(span: Span(1, 2), word: "or", dictionary: .englishWikipedia, rank: 23),
      WordHit(span: Span(1, 7), word: "passwor", dictionary: .passwords, rank: 1005),
      WordHit(span: Span(2, 7), word: "passwo", dictionary: .passwords, rank: 19202),
      WordHit(span: Span(3, 7), word: "passw", dictionary: .passwords, rank: 24105),
      WordHit(span: Span(4, 6), word: "ass", dictionary: .usTelevisionAndFilm, rank: 464),
      WordHit(span: Span(4, 7), word: "pass", dictionary: .passwords, rank: 61),
      WordHit(span: Span(5, 6), word: "as", dictionary: .englishWikipedia, rank: 8),
    ]
    let found = hits("drowssap")
    #expect(Set(found) == expected)
    #expect(found.count == expected.count)
  }

  @Test func everyHitIsMarkedReversed() {
    let found = candidates("Drowssap1")
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.dictionaryHit?.isReversed == true })
    #expect(found.allSatisfy { $0.dictionaryHit?.substitutions.isEmpty == true })
  }

  @Test func reversedWordRunningIntoASuffix() {
    // reverse_dictionary_match("Drowssap1") holds "1password" at 0...8.
    let expected = WordHit(span: Span(0, 8), word: "1password", dictionary: .passwords, rank: 7119)
    #expect(hits("Drowssap1").contains(expected))
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "drowssap", prefixes: ["", "^", "%~", "#&#"], suffixes: ["", "~", "(%", "^#^"]))
  func findsEmbeddedReversedWord(password: String, span: Span) {
    let expected = WordHit(span: span, word: "password", dictionary: .passwords, rank: 2)
    #expect(hits(password).contains(expected))
  }

  @Test func spansCountScalarsNotCodeUnits() {
    // The emoji is one scalar but two UTF-16 code units, so "drowssap"
    // starts at scalar offset 1.
    let expected = WordHit(span: Span(1, 8), word: "password", dictionary: .passwords, rank: 2)
    #expect(hits("😀drowssap😀").contains(expected))
  }
}
