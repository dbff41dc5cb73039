import Testing

@testable import Guesswork

@Suite struct RankedWordIndexTests {
  private func index(_ lists: [(String, [String])]) -> RankedWordIndex {
    RankedWordIndex(rankedLists: lists.map { (DictionaryName(rawValue: $0.0), $0.1) })
  }

  /// Returns every word spelled from `start`, as (last offset, word), in
  /// the order the index reports them.
  private func words(
    _ index: RankedWordIndex, in text: String, from start: Int = 0
  ) -> [(end: Int, word: String)] {
    var found: [(end: Int, word: String)] = []
    index.forEachWord(in: PasswordText(text).scalars, from: start) { end, word in
      found.append((end, PasswordText.string(index.word(at: word))))
    }
    return found
  }

  @Test func reportsShortestWordFirst() {
    let index = index([("list", ["password", "pa", "passwords", "pass"])])
    let found = words(index, in: "passwords")
    #expect(found.map(\.word) == ["pa", "pass", "password", "passwords"])
    #expect(found.map(\.end) == [1, 3, 7, 8])
  }

  @Test func startsAtTheGivenOffset() {
    let index = index([("list", ["pass", "ass"])])
    #expect(words(index, in: "xxpass", from: 2).map(\.end) == [5])
    #expect(words(index, in: "xxpass", from: 3).map(\.word) == ["ass"])
    #expect(words(index, in: "xxpass", from: 0).isEmpty)
  }

  @Test func prefixOfAWordIsNotAWord() {
    let index = index([("list", ["password"])])
    #expect(words(index, in: "passwor").isEmpty)
    #expect(words(index, in: "passwordx").map(\.word) == ["password"])
  }

  @Test func lastOffsetAndSingleScalarWords() {
    let index = index([("list", ["i", "x"])])
    #expect(words(index, in: "ai", from: 1).map(\.end) == [1])
    #expect(words(index, in: "x").map(\.word) == ["x"])
  }

  @Test func nonASCIIWords() {
    let index = index([("list", ["ærøskøbing", "ærø", "αβ", "😀x"])])
    #expect(words(index, in: "ærøskøbing").map(\.word) == ["ærø", "ærøskøbing"])
    #expect(words(index, in: "αβγ").map(\.end) == [1])
    #expect(words(index, in: "😀x").map(\.word) == ["😀x"])
    #expect(words(index, in: "😀y").isEmpty)
  }

  @Test func wordsSortedAroundTheASCIIBoundary() {
    // Words starting below, at and above U+007F share one sorted table.
    let index = index([("list", ["~a", "\u{7F}b", "\u{80}c", "zz"])])
    #expect(words(index, in: "~a").map(\.word) == ["~a"])
    #expect(words(index, in: "\u{7F}b").map(\.word) == ["\u{7F}b"])
    #expect(words(index, in: "\u{80}c").map(\.word) == ["\u{80}c"])
    #expect(words(index, in: "zz").map(\.word) == ["zz"])
  }

  @Test func duplicateKeepsTheLastRank() {
    // zxcvbn's build_ranked_dict maps each word to its last position.
    let index = index([("list", ["bob", "carol", "bob"])])
    let found = words(index, in: "bob")
    #expect(found.count == 1)
    var rank = 0
    index.forEachWord(in: PasswordText("bob").scalars, from: 0) { _, word in
      rank = index.rank(ofWord: word, inList: 0)
    }
    #expect(rank == 3)
  }

  @Test func ranksPerList() {
    let index = index([("first", ["alpha", "beta"]), ("second", ["beta", "gamma"])])
    var ranks: [String: [Int]] = [:]
    for word in ["alpha", "beta", "gamma"] {
      index.forEachWord(in: PasswordText(word).scalars, from: 0) { _, found in
        ranks[word] = [index.rank(ofWord: found, inList: 0), index.rank(ofWord: found, inList: 1)]
      }
    }
    #expect(ranks == ["alpha": [1, 0], "beta": [2, 1], "gamma": [0, 2]])
    #expect(index.wordCount == 3)
  }

  @Test func emptyWordsAreSkippedButCounted() {
    let index = index([("list", ["", "x"])])
    #expect(index.wordCount == 1)
    var rank = 0
    index.forEachWord(in: PasswordText("x").scalars, from: 0) { _, word in
      rank = index.rank(ofWord: word, inList: 0)
    }
    #expect(rank == 2)
  }

  @Test func longestWordLengthCountsScalars() {
    #expect(index([("list", ["ab", "😀😀😀"])]).longestWordLength == 3)
    #expect(index([("list", [])]).longestWordLength == 0)
  }

  @Test func emptyIndexFindsNothing() {
    let index = index([("list", [])])
    #expect(words(index, in: "abc").isEmpty)
    #expect(words(index, in: "é").isEmpty)
  }
}
