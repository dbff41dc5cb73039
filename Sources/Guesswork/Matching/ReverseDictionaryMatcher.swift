/// Finds dictionary words spelled backwards.
///
///     "drowssap1"
///      "password" at 0...7, reversed, token "drowssap"
struct ReverseDictionaryMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    let last = text.count - 1
    var result: [Candidate] = []
    let reversed = Array(text.lowercased.reversed())
    DictionaryScanner(context: context).scan(reversed) { start, end, list, word, rank in
      let hit = DictionaryHit(
        list: list, word: word, rank: rank, isReversed: true, substitutions: [])
      result.append(Candidate(start: last - end, end: last - start, kind: .dictionary(hit)))
    }
    return result
  }
}
