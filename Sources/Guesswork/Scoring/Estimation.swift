/// Runs every matcher on a password and searches for its cheapest split.
struct Estimation {
  /// The matchers in zxcvbn 4.4.2's order, which decides ties.
  static let matchers: [any Matcher] = [
    DictionaryMatcher(),
    ReverseDictionaryMatcher(),
    L33tMatcher(),
    SpatialMatcher(),
    RepeatMatcher(),
    SequenceMatcher(),
    RecentYearMatcher(),
    DateMatcher(),
  ]

  /// The matchers for text after the analysed prefix: all but the l33t
  /// matcher, whose substitution sets make it the costliest on hostile input.
  static let tailMatchers: [any Matcher] = matchers.filter { !($0 is L33tMatcher) }

  /// The result of analysing one text.
  struct Analysis {
    let guesses: Double
    /// Product of the parts' guesses, before the factorial and additive terms.
    let product: Double
    let sequence: [Match]
  }

  let context: MatchingContext
  /// The matchers to run, in tie-breaking order.
  var matchers: [any Matcher] = Estimation.matchers

  var guessModel: GuessModel {
    GuessModel(referenceYear: context.referenceYear, keyboards: context.profile.keyboardsByName)
  }

  /// Returns every candidate, sorted by start, then end, then matcher order.
  func candidates(in text: PasswordText) -> [Candidate] {
    guard !text.isEmpty else { return [] }
    var all: [Candidate] = []
    for matcher in matchers {
      all.append(contentsOf: matcher.matches(in: text, context: context))
    }
    // Sort packed keys rather than candidates. A key contains the start, the
    // end and the arrival position in 21 bits each, far above the
    // analysed-length limit of 10,000 scalars and any realistic candidate count.
    let field: UInt64 = (1 << 21) - 1
    precondition(all.count <= field, "too many candidates to sort")
    var keys = all.indices.map { position in
      UInt64(all[position].start) << 42 | UInt64(all[position].end) << 21 | UInt64(position)
    }
    keys.sort()
    return keys.map { all[Int($0 & field)] }
  }

  /// Finds the cheapest sequence of matches covering the whole text.
  func analyze(_ text: PasswordText) -> Analysis {
    let found = candidates(in: text)
    let model = guessModel
    let guesses = found.map { model.guesses(for: $0, in: text) }
    let search = MinimumGuessSearch(count: text.count, candidates: found, candidateGuesses: guesses)
    let result = search.run()
    let builder = MatchBuilder(text: text, context: context, model: model)
    let sequence = result.parts.map { part in
      switch part {
      case .candidate(let index):
        builder.match(for: found[index], guesses: guesses[index])
      case .bruteforce(let start, let end):
        builder.bruteforceMatch(start: start, end: end)
      }
    }
    return Analysis(guesses: result.guesses, product: result.product, sequence: sequence)
  }

  /// Returns every candidate as a reported match with its guesses.
  func allMatches(in text: PasswordText) -> [Match] {
    let model = guessModel
    let builder = MatchBuilder(text: text, context: context, model: model)
    return candidates(in: text).map { candidate in
      builder.match(for: candidate, guesses: model.guesses(for: candidate, in: text))
    }
  }
}
