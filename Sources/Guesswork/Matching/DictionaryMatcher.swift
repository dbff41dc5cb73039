/// Finds words from the ranked lists and the caller's words, ignoring case.
///
///     "Tr0ub4dor&3Summer"
///      "summer" at 11...16 in english_wikipedia, token "Summer"
struct DictionaryMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    var result: [Candidate] = []
    DictionaryScanner(context: context).scan(text.lowercased) { start, end, list, word, rank in
      let hit = DictionaryHit(
        list: list, word: word, rank: rank, isReversed: false, substitutions: [])
      result.append(Candidate(start: start, end: end, kind: .dictionary(hit)))
    }
    return result
  }
}
