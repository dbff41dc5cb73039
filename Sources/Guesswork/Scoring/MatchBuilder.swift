/// Turns internal candidates into reported matches with tokens and details.
struct MatchBuilder {
  let text: PasswordText
  let context: MatchingContext
  let model: GuessModel

  func match(for candidate: Candidate, guesses: Double) -> Match {
    Match(
      startIndex: candidate.start,
      endIndex: candidate.end,
      token: text.string(from: candidate.start, through: candidate.end),
      pattern: pattern(for: candidate),
      guesses: guesses
    )
  }

  func bruteforceMatch(start: Int, end: Int) -> Match {
    Match(
      startIndex: start,
      endIndex: end,
      token: text.string(from: start, through: end),
      pattern: .bruteforce,
      guesses: GuessModel.bruteforceGuesses(length: end - start + 1)
    )
  }

  private func pattern(for candidate: Candidate) -> Pattern {
    switch candidate.kind {
    case .dictionary(let hit):
      .dictionary(dictionaryPattern(hit, token: text.scalars[candidate.start...candidate.end]))
    case .spatial(let pattern): .spatial(pattern)
    case .repetition(let pattern): .repeat(pattern)
    case .sequence(let pattern): .sequence(pattern)
    case .regex(let pattern): .regex(pattern)
    case .date(let pattern): .date(pattern)
    }
  }

  private func dictionaryPattern(_ hit: DictionaryHit, token: ArraySlice<UInt32>)
    -> DictionaryPattern
  {
    let profileIndex = context.profile.wordIndex
    let isUserInput = hit.list >= profileIndex.listNames.count
    let index = isUserInput ? context.userInputs ?? profileIndex : profileIndex
    let name = isUserInput ? DictionaryName.userInputs : profileIndex.listNames[hit.list]
    let factors = model.dictionaryGuesses(hit, token: token)
    return DictionaryPattern(
      matchedWord: PasswordText.string(index.word(at: hit.word)),
      rank: hit.rank,
      dictionary: name,
      isReversed: hit.isReversed,
      substitutions: hit.substitutions.map { pair in
        L33tSubstitution(
          substitute: Character(Unicode.Scalar(pair.substitute) ?? "?"),
          letter: Character(Unicode.Scalar(pair.letter) ?? "?"))
      },
      baseGuesses: Double(hit.rank),
      uppercaseVariations: factors.uppercase,
      l33tVariations: factors.l33t
    )
  }
}
