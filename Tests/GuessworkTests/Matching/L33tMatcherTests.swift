import Testing

@testable import Guesswork

/// Expected hits come from `zxcvbn.matching.l33t_match` in zxcvbn 4.5.0
/// (Python).
@Suite struct L33tMatcherTests {
  /// A l33t hit in readable form, with the substitutions it uses.
  struct L33tHit: Hashable, CustomStringConvertible {
    let word: WordHit
    let substitutions: [String: String]

    var description: String { "\(word) \(substitutions)" }
  }

  private func candidates(_ password: String) -> [Candidate] {
    Fixture.candidates(L33tMatcher(), in: password)
  }

  private func hits(_ password: String) -> [L33tHit] {
    let found = candidates(password)
    return zip(Fixture.wordHits(found), found).map { word, candidate in
      var substitutions: [String: String] = [:]
      for pair in candidate.dictionaryHit?.substitutions ?? [] {
        substitutions[PasswordText.string([pair.substitute])] = PasswordText.string([pair.letter])
      }
      return L33tHit(word: word, substitutions: substitutions)
    }
  }

  private func hit(
    _ start: Int, _ end: Int, _ word: String, _ dictionary: DictionaryName, _ rank: Int,
    _ substitutions: [String: String]
  ) -> L33tHit {
    L33tHit(
      word: WordHit(span: Span(start, end), word: word, dictionary: dictionary, rank: rank),
      substitutions: substitutions)
  }

  @Test func emptyPasswordHasNoHits() {
    #expect(candidates("").isEmpty)
  }

  @Test func singleCharacterTokensAreDropped() {
    // l33t_match("4") == []: "4" would read as "a", but one-character l33t
    // tokens are dropped.
    #expect(candidates("4").isEmpty)
  }

  @Test func twoCharacterWord() {
    // l33t_match("4n")
    #expect(hits("4n") == [hit(0, 1, "an", .englishWikipedia, 16, ["4": "a"])])
  }

  @Test func twoSubstitutesWithoutAWord() {
    // l33t_match("4@") == []: "aa" is in no list.
    #expect(candidates("4@").isEmpty)
  }

  @Test func wordsWithoutSubstitutionAreLeftOut() {
    // l33t_match("password") == []: nothing in it is a substitute.
    #expect(candidates("password").isEmpty)
  }

  @Test func everyHitInP4ssw0rd() {
    // l33t_match("p4ssw0rd"): each hit lists only the substitutions its own
    // token uses.
    let expected: Set = [
      hit(0, 3, "pass", .passwords, 61, ["4": "a"]),
      hit(0, 4, "passw", .passwords, 24105, ["4": "a"]),
      hit(0, 5, "passwo", .passwords, 19202, ["4": "a", "0": "o"]),
      hit(0, 6, "passwor", .passwords, 1005, ["4": "a", "0": "o"]),
      hit(0, 7, "password", .passwords, 2, ["4": "a", "0": "o"]),
      hit(1, 2, "as", .englishWikipedia, 8, ["4": "a"]),
      hit(1, 3, "ass", .usTelevisionAndFilm, 464, ["4": "a"]),
      hit(1, 7, "assword", .passwords, 3054, ["4": "a", "0": "o"]),
      hit(3, 7, "sword", .passwords, 2295, ["0": "o"]),
      hit(4, 7, "word", .usTelevisionAndFilm, 308, ["0": "o"]),
      hit(5, 6, "or", .englishWikipedia, 23, ["0": "o"]),
    ]
    let found = hits("p4ssw0rd")
    #expect(Set(found) == expected)
    #expect(found.count == expected.count)
  }

  @Test func capitalsAndAnotherSubstitute() {
    // l33t_match("P@ssw0rd") holds "password" with @ -> a and 0 -> o.
    let expected = hit(0, 7, "password", .passwords, 2, ["@": "a", "0": "o"])
    #expect(hits("P@ssw0rd").contains(expected))
  }

  @Test func ambiguousSubstituteUsesEachReading() {
    // l33t_match("1ov3") reads 1 as l. l33t_match("|1|1") reads | as l and
    // 1 as i, so both readings of 1 are tried.
    #expect(hits("1ov3") == [hit(0, 3, "love", .passwords, 66, ["1": "l", "3": "e"])])
    #expect(hits("|1|1") == [hit(0, 3, "lili", .femaleNames, 2441, ["|": "l", "1": "i"])])
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "p4ssw0rd", prefixes: ["", "q", "^^", "xyz"], suffixes: ["", "~", "()", "zzz"]))
  func findsEmbeddedL33tWord(password: String, span: Span) {
    let expected = hit(span.start, span.end, "password", .passwords, 2, ["4": "a", "0": "o"])
    #expect(hits(password).contains(expected))
  }

  @Test func everyHitIsNotReversed() {
    let found = candidates("p4ssw0rd")
    #expect(found.allSatisfy { $0.dictionaryHit?.isReversed == false })
  }

  @Test func manySubstitutesStayBounded() {
    // Every substitute character of the table at once: the number of
    // substitution sets depends on the fixed table, not on the password's
    // length. len(enumerate_l33t_subs(L33T_TABLE)) == 736.
    let password = String(repeating: "4@8({[<3691!|70$5+%2", count: 5)
    let table = L33tTable(ModelProfile.zxcvbnL33tTable)
    let relevant = table.restricted(to: table.presenceKey(in: PasswordText(password).scalars))
    #expect(relevant.enumerateSubstitutionSets().count == 736)
    #expect(candidates(password).allSatisfy { $0.length >= 2 })
  }
}
