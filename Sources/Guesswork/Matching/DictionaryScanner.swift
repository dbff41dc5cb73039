/// Finds every dictionary word spelled anywhere in a lower-cased text.
///
/// Shared by the plain, reversed and l33t matchers. Words are reported in
/// zxcvbn's order for equal spans: the profile's lists in their order, then
/// the caller's words.
struct DictionaryScanner {
  let context: MatchingContext

  /// Calls `body` for each word found, ordered by start, then end, then list.
  ///
  /// - Parameter startFilter: returns whether scanning from a start offset
  ///   can produce a useful match.
  func scan(
    _ text: [UInt32],
    startFilter: (Int) -> Bool = { _ in true },
    _ body: (_ start: Int, _ end: Int, _ list: Int, _ word: Int, _ rank: Int) -> Void
  ) {
    let index = context.profile.wordIndex
    let listCount = index.listNames.count
    var userHits: [(end: Int, word: Int)] = []
    for start in text.indices where startFilter(start) {
      userHits.removeAll(keepingCapacity: true)
      if let userInputs = context.userInputs {
        userInputs.forEachWord(in: text, from: start) { end, word in
          userHits.append((end, word))
        }
      }
      var nextUserHit = 0
      func reportUserHits(through end: Int) {
        while nextUserHit < userHits.count, userHits[nextUserHit].end <= end {
          let hit = userHits[nextUserHit]
          let rank = context.userInputs?.rank(ofWord: hit.word, inList: 0) ?? 0
          body(start, hit.end, listCount, hit.word, rank)
          nextUserHit += 1
        }
      }
      index.forEachWord(in: text, from: start) { end, word in
        reportUserHits(through: end - 1)
        for list in 0..<listCount {
          let rank = index.rank(ofWord: word, inList: list)
          if rank > 0 {
            body(start, end, list, word, rank)
          }
        }
        reportUserHits(through: end)
      }
      reportUserHits(through: Int.max)
    }
  }
}
