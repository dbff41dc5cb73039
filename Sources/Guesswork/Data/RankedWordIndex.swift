/// Ranked word lists merged into one sorted table that works as a trie.
///
/// Every distinct word appears once, sorted by code point, with its rank in
/// each list (0 when absent). Matching walks the table from a start offset:
/// each further character narrows a range of words sharing the prefix read so
/// far, so the walk stops as soon as no word continues the prefix. Loading
/// needs no sorting when the table comes pre-sorted, as the built-in lists do.
final class RankedWordIndex: Sendable {
  /// Names of the lists, in matching order.
  let listNames: [DictionaryName]
  private let scalars: [UInt32]
  private let wordStarts: [Int]
  private let ranks: [Int32]
  private let asciiRanges: [Range<Int>]
  /// Length in scalars of the longest word.
  let longestWordLength: Int

  /// Number of distinct words.
  var wordCount: Int { wordStarts.count - 1 }

  /// Creates an index from words already sorted by code point.
  ///
  /// - Parameters:
  ///   - scalars: the words' scalar values, one word after another.
  ///   - wordStarts: where each word starts in `scalars`, followed by
  ///     `scalars.count`; words must be distinct and in code-point order.
  ///   - ranks: for each word, `listNames.count` ranks in list order, 0 when absent.
  init(listNames: [DictionaryName], scalars: [UInt32], wordStarts: [Int], ranks: [Int32]) {
    precondition(ranks.count == (wordStarts.count - 1) * listNames.count)
    self.listNames = listNames
    self.scalars = scalars
    self.wordStarts = wordStarts
    self.ranks = ranks
    self.asciiRanges = Self.firstScalarRanges(scalars: scalars, wordStarts: wordStarts)
    self.longestWordLength = zip(wordStarts.dropFirst(), wordStarts).map { $0 - $1 }.max() ?? 0
  }

  /// Creates an index from distinct words sorted by code point.
  convenience init(listNames: [DictionaryName], sortedWords: [[UInt32]], ranks: [Int32]) {
    var scalars: [UInt32] = []
    var wordStarts: [Int] = [0]
    for word in sortedWords {
      scalars.append(contentsOf: word)
      wordStarts.append(scalars.count)
    }
    self.init(listNames: listNames, scalars: scalars, wordStarts: wordStarts, ranks: ranks)
  }

  /// Builds an index from ranked lists, each ordered most frequent first.
  ///
  /// A word listed twice in one list keeps the rank of its last occurrence,
  /// as zxcvbn's ranked dictionaries do.
  convenience init(rankedLists: [(name: DictionaryName, words: [String])]) {
    var rankByWord: [[UInt32]: [Int32]] = [:]
    for (listIndex, list) in rankedLists.enumerated() {
      for (offset, word) in list.words.enumerated() where !word.isEmpty {
        let key = word.unicodeScalars.map(\.value)
        var entry = rankByWord[key] ?? Array(repeating: 0, count: rankedLists.count)
        entry[listIndex] = Int32(offset + 1)
        rankByWord[key] = entry
      }
    }
    let sorted = rankByWord.keys.sorted { $0.lexicographicallyPrecedes($1) }
    self.init(
      listNames: rankedLists.map(\.name),
      sortedWords: sorted,
      ranks: sorted.flatMap { rankByWord[$0] ?? [] }
    )
  }

  /// Returns the rank of a word in a list, or 0 when the list lacks it.
  func rank(ofWord word: Int, inList list: Int) -> Int {
    Int(ranks[word * listNames.count + list])
  }

  /// Returns the scalar values of a word.
  func word(at index: Int) -> ArraySlice<UInt32> {
    scalars[wordStarts[index]..<wordStarts[index + 1]]
  }

  /// Calls `body` for every word that `text` spells from `start` onwards.
  ///
  /// Words are reported shortest first with the offset of their last scalar.
  ///
  /// - Complexity: O(*m* log *w*) for *m* matched prefix characters and *w*
  ///   words in the index.
  func forEachWord(in text: [UInt32], from start: Int, _ body: (_ end: Int, _ word: Int) -> Void) {
    var range = initialRange(for: text[start])
    var depth = 0
    var position = start
    while !range.isEmpty {
      if length(of: range.lowerBound) == depth + 1 {
        body(position, range.lowerBound)
      }
      depth += 1
      position += 1
      guard position < text.count else { return }
      range = narrow(range, depth: depth, to: text[position])
    }
  }

  /// Returns the words whose first scalar is `scalar`.
  func initialRange(for scalar: UInt32) -> Range<Int> {
    if scalar < 0x80 {
      return asciiRanges[Int(scalar)]
    }
    return narrow(0..<wordCount, depth: 0, to: scalar)
  }

  /// Narrows a range of words sharing `depth` scalars to those continuing
  /// with `scalar`.
  func narrow(_ range: Range<Int>, depth: Int, to scalar: UInt32) -> Range<Int> {
    var lower = range.lowerBound
    if lower < range.upperBound, length(of: lower) == depth {
      lower += 1
    }
    let first = boundary(lower..<range.upperBound, depth: depth) { $0 >= scalar }
    let end = boundary(first..<range.upperBound, depth: depth) { $0 > scalar }
    return first..<end
  }

  /// Returns the first word in `range` whose scalar at `depth` satisfies
  /// `isPast`, given that the predicate is monotonic over the range.
  private func boundary(
    _ range: Range<Int>, depth: Int, isPast: (UInt32) -> Bool
  ) -> Int {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let middle = (low + high) / 2
      if isPast(scalars[wordStarts[middle] + depth]) {
        high = middle
      } else {
        low = middle + 1
      }
    }
    return low
  }

  /// Returns the length of a word in scalars.
  func length(of word: Int) -> Int {
    wordStarts[word + 1] - wordStarts[word]
  }

  private static func firstScalarRanges(scalars: [UInt32], wordStarts: [Int]) -> [Range<Int>] {
    var ranges = Array(repeating: 0..<0, count: 128)
    var word = 0
    let count = wordStarts.count - 1
    while word < count {
      let first = scalars[wordStarts[word]]
      var end = word + 1
      while end < count, scalars[wordStarts[end]] == first {
        end += 1
      }
      if first < 0x80 {
        ranges[Int(first)] = word..<end
      }
      word = end
    }
    return ranges
  }
}
