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

  /// The result of analysing one text.
  struct Analysis {
    let guesses: Double
    /// Product of the parts' guesses, before the factorial and additive terms.
    let product: Double
    let sequence: [Match]
  }

  let context: MatchingContext

  var guessModel: GuessModel {
    GuessModel(
      referenceYear: context.referenceYear,
      keyboards: Dictionary(
        context.profile.keyboards.map { ($0.graph.name, $0) }, uniquingKeysWith: { first, _ in first }
      )
    )
  }

  /// Returns every candidate, sorted by start, then end, then matcher order.
  func candidates(in text: PasswordText) -> [Candidate] {
    guard !text.isEmpty else { return [] }
    var all: [Candidate] = []
    for matcher in Self.matchers {
      all.append(contentsOf: matcher.matches(in: text, context: context))
    }
    let order = all.indices.sorted {
      (all[$0].start, all[$0].end, $0) < (all[$1].start, all[$1].end, $1)
    }
    return order.map { all[$0] }
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
