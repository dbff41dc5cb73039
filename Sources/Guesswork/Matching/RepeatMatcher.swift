/// Finds a unit repeated two or more times in a row, such as `abcabc`.
///
/// The unit is scored on its own (by a full recursive estimate) and the
/// repeat costs the unit's guesses times the repeat count.
///
///     "xyzxyzxyz!!"
///      repeat at 0...8, unit "xyz", 3 times
///      repeat at 9...10, unit "!", 2 times
struct RepeatMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    var result: [Candidate] = []
    let finder = RepeatFinder(text.scalars)
    var from = 0
    while from < text.count, let found = finder.next(from: from) {
      let unit = PasswordText(
        scalars: Array(text.scalars[found.start..<found.start + found.unitLength]))
      let analysis = Estimation(context: context).analyze(unit)
      let pattern = RepeatPattern(
        baseToken: PasswordText.string(unit.scalars),
        baseGuesses: analysis.guesses,
        baseMatches: analysis.sequence,
        repeatCount: found.length / found.unitLength
      )
      let end = found.start + found.length - 1
      result.append(Candidate(start: found.start, end: end, kind: .repetition(pattern)))
      from = end + 1
    }
    return result
  }
}
