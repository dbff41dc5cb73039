/// Finds dictionary words written with l33t substitutions, such as `p@ssw0rd`.
///
/// Like zxcvbn 4.4.2, it enumerates substitution tables (each substitute
/// character standing for one letter, each letter with at most one
/// substitute), rewrites the password with each table and looks the result up
/// in the dictionaries. Only words that use a substitution count, and tokens
/// of one character are dropped. The number of tables is bounded because the
/// substitution table is fixed: at most a few hundred for the zxcvbn table,
/// reached only when the password holds nearly every substitute character.
///
///     "p4ssw0rd"
///      "password" at 0...7, substitutions 4 → a, 0 → o
struct L33tMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    let table = L33tTable(context.profile.l33tSubstitutions)
      .relevant(to: Set(text.scalars))
    var result: [Candidate] = []
    for substitution in table.enumerateSubstitutionSets() {
      collect(substitution, in: text, context: context, into: &result)
    }
    return result
  }

  private func collect(
    _ substitution: [(substitute: UInt32, letter: UInt32)],
    in text: PasswordText,
    context: MatchingContext,
    into result: inout [Candidate]
  ) {
    var rewritten = text.scalars
    var isRewritten = Array(repeating: false, count: text.count)
    for (position, scalar) in text.scalars.enumerated() {
      if let pair = substitution.first(where: { $0.substitute == scalar }) {
        rewritten[position] = pair.letter
        isRewritten[position] = true
      }
    }
    let lowered = rewritten.map(PasswordText.lowercase)
    let nextRewritten = Self.nextRewrittenOffsets(isRewritten)
    let longestWord = context.profile.longestWordLength(userInputs: context.userInputs)
    let scanner = DictionaryScanner(context: context)
    let canMatch: (Int) -> Bool = { start in nextRewritten[start] < start + longestWord }
    scanner.scan(lowered, startFilter: canMatch) { start, end, list, word, rank in
      guard end > start, nextRewritten[start] <= end else { return }
      let used = substitution.filter { pair in
        text.scalars[start...end].contains(pair.substitute)
      }
      let hit = DictionaryHit(
        list: list, word: word, rank: rank, isReversed: false, substitutions: used)
      result.append(Candidate(start: start, end: end, kind: .dictionary(hit)))
    }
  }

  /// For each offset, the first offset at or after it that was rewritten, or
  /// `Int.max / 2` when none is.
  private static func nextRewrittenOffsets(_ isRewritten: [Bool]) -> [Int] {
    var result = Array(repeating: Int.max / 2, count: isRewritten.count + 1)
    for offset in isRewritten.indices.reversed() {
      result[offset] = isRewritten[offset] ? offset : result[offset + 1]
    }
    return result
  }
}
