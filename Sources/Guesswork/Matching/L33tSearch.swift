/// Walks the dictionaries once for all l33t substitution sets together.
///
/// From each start offset it follows the word index character by character.
/// At a character that some sets rewrite, the sets split into groups by the
/// letter they write there (or none), and each group continues on its own
/// branch. A branch ends when no word continues it. Sets in one group agree
/// on every character of the token so far, so they would find the same word
/// with the same substitutions: the match is reported once, ordered by the
/// first set that finds it, which is the order zxcvbn's set-by-set scan
/// produces after removing repeats.
///
/// - Complexity: proportional to the number of distinct rewritten prefixes
///   that some word continues, times the number of sets split at each step.
struct L33tSearch {
  private struct Hit {
    let start: Int
    let end: Int
    let firstSet: Int
    let list: Int
    let word: Int
    let rank: Int
  }

  let text: PasswordText
  let substitutionSets: [[(substitute: UInt32, letter: UInt32)]]
  let context: MatchingContext

  /// Letter written by each set at each offset, or 0 where it keeps the
  /// character; nil at offsets no set rewrites.
  private let lettersByOffset: [[UInt32]?]

  init(text: PasswordText, substitutions: L33tSubstitutionCache.Entry, context: MatchingContext) {
    self.text = text
    self.substitutionSets = substitutions.sets
    self.context = context
    self.lettersByOffset = text.scalars.map { scalar in
      substitutions.lettersBySubstitute.first { $0.substitute == scalar }?.letters
    }
  }

  func run() -> [Candidate] {
    var hits: [Hit] = []
    let profileIndex = context.profile.wordIndex
    let longest = context.profile.longestWordLength(userInputs: context.userInputs)
    let nextRewritable = nextRewritableOffsets()
    let allSets = Array(substitutionSets.indices)
    for start in text.scalars.indices where nextRewritable[start] < start + longest {
      walk(profileIndex, firstList: 0, start: start, into: &hits, sets: allSets)
      if let userInputs = context.userInputs {
        walk(
          userInputs, firstList: profileIndex.listNames.count, start: start, into: &hits,
          sets: allSets)
      }
    }
    hits.sort {
      ($0.start, $0.end, $0.firstSet, $0.list) < ($1.start, $1.end, $1.firstSet, $1.list)
    }
    return hits.map(candidate)
  }

  /// One branch of the walk: where it is, the words still possible and the
  /// sets that agree on every character so far.
  private struct Branch {
    var offset: Int
    var range: Range<Int>?
    var sets: [Int]
    var isRewritten: Bool
  }

  private func walk(
    _ index: RankedWordIndex, firstList: Int, start: Int, into hits: inout [Hit], sets: [Int]
  ) {
    let root = Branch(offset: start, range: nil, sets: sets, isRewritten: false)
    follow(root, in: index, firstList: firstList, start: start, into: &hits)
  }

  /// Follows a branch until no word continues it, splitting it where the
  /// sets disagree on a character.
  private func follow(
    _ branch: Branch, in index: RankedWordIndex, firstList: Int, start: Int, into hits: inout [Hit]
  ) {
    var branch = branch
    while branch.offset < text.count {
      let groups = split(branch.sets, at: branch.offset)
      if groups.count > 1 {
        for group in groups {
          var child = branch
          child.sets = group.sets
          guard
            advance(
              &child, writing: group.letter, in: index, firstList: firstList, start: start,
              into: &hits)
          else {
            continue
          }
          follow(child, in: index, firstList: firstList, start: start, into: &hits)
        }
        return
      }
      let letter = groups.first?.letter ?? 0
      guard
        advance(
          &branch, writing: letter, in: index, firstList: firstList, start: start, into: &hits)
      else {
        return
      }
    }
  }

  /// Reads one character (the letter when non-zero, else the password's own
  /// character), records a word that ends there, and returns whether any word
  /// continues.
  private func advance(
    _ branch: inout Branch, writing letter: UInt32, in index: RankedWordIndex, firstList: Int,
    start: Int, into hits: inout [Hit]
  ) -> Bool {
    let offset = branch.offset
    let scalar = letter == 0 ? text.lowercased[offset] : PasswordText.lowercase(letter)
    let depth = offset - start
    let range =
      branch.range.map { index.narrow($0, depth: depth, to: scalar) }
      ?? index.initialRange(for: scalar)
    guard !range.isEmpty else { return false }
    branch.isRewritten = branch.isRewritten || letter != 0
    if branch.isRewritten, depth >= 1, index.length(of: range.lowerBound) == depth + 1 {
      record(
        range.lowerBound, in: index, firstList: firstList, start: start, end: offset,
        firstSet: branch.sets[0], into: &hits)
    }
    branch.range = range
    branch.offset = offset + 1
    return true
  }

  /// Groups sets by the letter they write at `offset`, in order of first
  /// set; a single group keeps the caller's array.
  private func split(_ sets: [Int], at offset: Int) -> [(letter: UInt32, sets: [Int])] {
    guard let letters = lettersByOffset[offset] else { return [(0, sets)] }
    let first = letters[sets[0]]
    if sets.allSatisfy({ letters[$0] == first }) {
      return [(first, sets)]
    }
    var groups: [(letter: UInt32, sets: [Int])] = []
    for set in sets {
      let letter = letters[set]
      if let position = groups.firstIndex(where: { $0.letter == letter }) {
        groups[position].sets.append(set)
      } else {
        groups.append((letter, [set]))
      }
    }
    return groups
  }

  private func record(
    _ word: Int, in index: RankedWordIndex, firstList: Int, start: Int, end: Int, firstSet: Int,
    into hits: inout [Hit]
  ) {
    for list in 0..<index.listNames.count {
      let rank = index.rank(ofWord: word, inList: list)
      if rank > 0 {
        hits.append(
          Hit(
            start: start, end: end, firstSet: firstSet, list: firstList + list, word: word,
            rank: rank))
      }
    }
  }

  private func candidate(_ hit: Hit) -> Candidate {
    let token = text.scalars[hit.start...hit.end]
    let used = substitutionSets[hit.firstSet].filter { token.contains($0.substitute) }
    let dictionaryHit = DictionaryHit(
      list: hit.list, word: hit.word, rank: hit.rank, isReversed: false, substitutions: used)
    return Candidate(start: hit.start, end: hit.end, kind: .dictionary(dictionaryHit))
  }

  /// For each offset, the first offset at or after it that some set
  /// rewrites, or `Int.max / 2` when there is none.
  private func nextRewritableOffsets() -> [Int] {
    var result = Array(repeating: Int.max / 2, count: text.count + 1)
    for offset in text.scalars.indices.reversed() {
      result[offset] = lettersByOffset[offset] == nil ? result[offset + 1] : offset
    }
    return result
  }
}
