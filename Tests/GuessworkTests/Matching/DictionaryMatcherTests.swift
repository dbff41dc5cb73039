import Testing

@testable import Guesswork

/// Expected hits come from `zxcvbn.matching.dictionary_match(password)` in
/// zxcvbn 4.5.0 (Python), whose lists are those of zxcvbn 4.4.2.
@Suite struct DictionaryMatcherTests {
  private func hits(_ password: String, userInputs: [String] = []) -> [WordHit] {
    let candidates = Fixture.candidates(DictionaryMatcher(), in: password, userInputs: userInputs)
    return Fixture.wordHits(candidates, userInputs: userInputs)
  }

  @Test func emptyPasswordHasNoHits() {
    #expect(hits("").isEmpty)
  }

  @Test func singleLetterNotInAnyList() {
    // dictionary_match("a") == []: no list holds the one-letter word "a".
    #expect(hits("a").isEmpty)
  }

  @Test func singleLetterInAList() {
    // dictionary_match("I"): "i" in us_tv_and_film at rank 2, case ignored.
    #expect(
      hits("I") == [WordHit(span: Span(0, 0), word: "i", dictionary: .usTelevisionAndFilm, rank: 2)]
    )
  }

  @Test func twoLetterWord() {
    // dictionary_match("an"): only "an", english_wikipedia rank 16.
    #expect(
      hits("an") == [WordHit(span: Span(0, 1), word: "an", dictionary: .englishWikipedia, rank: 16)]
    )
  }

  @Test func everyOverlappingWordInOrder() {
    // dictionary_match("motherboard"), in its order: by start, then end.
    let expected = [
      WordHit(span: Span(0, 3), word: "moth", dictionary: .englishWikipedia, rank: 1710),
      WordHit(span: Span(0, 4), word: "mothe", dictionary: .passwords, rank: 9742),
      WordHit(span: Span(0, 5), word: "mother", dictionary: .passwords, rank: 153),
      WordHit(span: Span(0, 10), word: "motherboard", dictionary: .englishWikipedia, rank: 15650),
      WordHit(span: Span(1, 5), word: "other", dictionary: .englishWikipedia, rank: 38),
      WordHit(span: Span(2, 4), word: "the", dictionary: .englishWikipedia, rank: 1),
      WordHit(span: Span(3, 4), word: "he", dictionary: .englishWikipedia, rank: 12),
      WordHit(span: Span(3, 5), word: "her", dictionary: .englishWikipedia, rank: 35),
      WordHit(span: Span(3, 6), word: "herb", dictionary: .maleNames, rank: 906),
      WordHit(span: Span(6, 10), word: "board", dictionary: .englishWikipedia, rank: 336),
    ]
    #expect(hits("motherboard") == expected)
  }

  @Test func ignoresCapitalisation() {
    #expect(hits("MoThErBoArD") == hits("motherboard"))
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "password", prefixes: ["", "q", "%%", "~9~"], suffixes: ["", "Z", "^^", "#7#"]))
  func findsEmbeddedWord(password: String, span: Span) {
    // "password" is rank 2 of the passwords list.
    let expected = WordHit(span: span, word: "password", dictionary: .passwords, rank: 2)
    #expect(hits(password).contains(expected))
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "Motherboard", prefixes: ["", "7", "@$"], suffixes: ["", "8", "&*"]))
  func embeddedCapitalisedWordKeepsItsSpan(password: String, span: Span) {
    let expected = WordHit(
      span: span, word: "motherboard", dictionary: .englishWikipedia, rank: 15650)
    #expect(hits(password).contains(expected))
  }

  @Test func userInputsFollowTheProfileLists() {
    // dictionary_match("alice1984bob") with user_inputs
    // build_ranked_dict(["alice", "bob", "carol", "bob"]): a repeated input
    // keeps its last rank, and for an equal span the user's word comes after
    // the profile's lists.
    let userInputs = ["Alice", "bob", "carol", "BOB"]
    let expected = [
      WordHit(span: Span(0, 2), word: "ali", dictionary: .maleNames, rank: 521),
      WordHit(span: Span(0, 4), word: "alice", dictionary: .femaleNames, rank: 51),
      WordHit(span: Span(0, 4), word: "alice", dictionary: .userInputs, rank: 1),
      WordHit(span: Span(0, 5), word: "alice1", dictionary: .passwords, rank: 4749),
      WordHit(span: Span(2, 2), word: "i", dictionary: .usTelevisionAndFilm, rank: 2),
      WordHit(span: Span(2, 4), word: "ice", dictionary: .usTelevisionAndFilm, rank: 670),
      WordHit(span: Span(9, 11), word: "bob", dictionary: .maleNames, rank: 243),
      WordHit(span: Span(9, 11), word: "bob", dictionary: .userInputs, rank: 4),
    ]
    #expect(hits("alice1984bob", userInputs: userInputs) == expected)
  }

  @Test func emptyUserInputCountsTowardRanks() {
    // build_ranked_dict(["bob", "", "carol"]) ranks "carol" 3: the empty
    // input keeps its place in the order although it never matches.
    let found = hits("xcarolx", userInputs: ["bob", "", "carol"])
    let userHits = found.filter { $0.dictionary == .userInputs }
    #expect(
      userHits == [WordHit(span: Span(1, 5), word: "carol", dictionary: .userInputs, rank: 3)])
  }

  @Test func userInputOutsideTheListsMatches() {
    let found = hits("Zq9xWordzq9x", userInputs: ["zQ9X"])
    let userHits = found.filter { $0.dictionary == .userInputs }
    #expect(userHits.map(\.span) == [Span(0, 3), Span(8, 11)])
  }

  @Test func nonASCIIUserInputIgnoresCase() {
    // "Ærø" lower-cases scalar by scalar to "ærø", as does "ÆRØ".
    let found = hits("1ÆRØ2", userInputs: ["Ærø"]).filter { $0.dictionary == .userInputs }
    #expect(found == [WordHit(span: Span(1, 3), word: "ærø", dictionary: .userInputs, rank: 1)])
  }

  @Test func userInputsAffectOnlyTheirCall() {
    #expect(hits("zq9x", userInputs: ["zq9x"]).count == 1)
    #expect(hits("zq9x").isEmpty)
  }
}
