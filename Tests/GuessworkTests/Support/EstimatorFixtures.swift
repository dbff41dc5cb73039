import Testing

@testable import Guesswork

/// Shared settings and helpers for the estimator's unit tests.
///
/// Expected values in these tests come from the Python port of zxcvbn
/// (`pip install zxcvbn==4.5.0`) with the reference year pinned:
///
///     import zxcvbn.scoring
///     zxcvbn.scoring.REFERENCE_YEAR = 2017
///
/// or from reasoning written next to the case.
enum Fixture {
  /// The year every test measures dates and recent years from.
  static let referenceYear = 2017

  /// A matching context for the zxcvbn profile, with the caller's words
  /// lower-cased and ranked as the estimator does.
  static func context(userInputs: [String] = []) -> MatchingContext {
    let words = userInputs.map { word in
      PasswordText.string(word.unicodeScalars.map { PasswordText.lowercase($0.value) })
    }
    let hasWords = words.contains { !$0.isEmpty }
    let index = hasWords ? RankedWordIndex(rankedLists: [(.userInputs, words)]) : nil
    return MatchingContext(profile: .zxcvbn, referenceYear: referenceYear, userInputs: index)
  }

  /// An estimator with the reference year pinned.
  static let estimator = StrengthEstimator(profile: .zxcvbn, referenceYear: referenceYear)

  /// Runs one matcher on a password.
  static func candidates(
    _ matcher: some Matcher, in password: String, userInputs: [String] = []
  ) -> [Candidate] {
    matcher.matches(in: PasswordText(password), context: context(userInputs: userInputs))
  }

  /// The password with each prefix and suffix around `pattern`, and the
  /// span the pattern occupies in each, counted in Unicode scalars.
  static func embeddings(
    of pattern: String, prefixes: [String], suffixes: [String]
  ) -> [(password: String, span: Span)] {
    let length = pattern.unicodeScalars.count
    var result: [(password: String, span: Span)] = []
    for prefix in prefixes {
      for suffix in suffixes {
        let start = prefix.unicodeScalars.count
        result.append((prefix + pattern + suffix, Span(start, start + length - 1)))
      }
    }
    return result
  }
}

/// A closed range of scalar offsets, as matches report them.
struct Span: Hashable, Comparable, CustomStringConvertible, Sendable {
  let start: Int
  let end: Int

  init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = end
  }

  var description: String { "\(start)...\(end)" }

  static func < (lhs: Span, rhs: Span) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}

extension Candidate {
  var span: Span { Span(start, end) }

  var dictionaryHit: DictionaryHit? {
    if case .dictionary(let hit) = kind { hit } else { nil }
  }

  var spatialPattern: SpatialPattern? {
    if case .spatial(let pattern) = kind { pattern } else { nil }
  }

  var repeatPattern: RepeatPattern? {
    if case .repetition(let pattern) = kind { pattern } else { nil }
  }

  var sequencePattern: SequencePattern? {
    if case .sequence(let pattern) = kind { pattern } else { nil }
  }

  var regexPattern: RegexPattern? {
    if case .regex(let pattern) = kind { pattern } else { nil }
  }

  var datePattern: DatePattern? {
    if case .date(let pattern) = kind { pattern } else { nil }
  }
}

/// A dictionary hit in readable form: the list's name and the word it names.
struct WordHit: Hashable, CustomStringConvertible, Sendable {
  let span: Span
  let word: String
  let dictionary: DictionaryName
  let rank: Int

  var description: String { "\(span) \(word) (\(dictionary.rawValue) #\(rank))" }
}

extension Fixture {
  /// Reads the dictionary hits among candidates, resolving list and word.
  static func wordHits(_ candidates: [Candidate], userInputs: [String] = []) -> [WordHit] {
    let context = context(userInputs: userInputs)
    let profileIndex = context.profile.wordIndex
    return candidates.compactMap { candidate in
      guard let hit = candidate.dictionaryHit else { return nil }
      let isUserInput = hit.list >= profileIndex.listNames.count
      let index = isUserInput ? (context.userInputs ?? profileIndex) : profileIndex
      return WordHit(
        span: candidate.span,
        word: PasswordText.string(index.word(at: hit.word)),
        dictionary: isUserInput ? .userInputs : profileIndex.listNames[hit.list],
        rank: hit.rank
      )
    }
  }
}

extension Match {
  var span: Span { Span(startIndex, endIndex) }
}

extension Estimate {
  /// The sequence's tokens joined, compared scalar by scalar with the
  /// password so that canonical equivalence cannot hide a difference.
  var tokensJoinPassword: Bool {
    let joined = sequence.flatMap { Array($0.token.unicodeScalars) }
    return joined.elementsEqual(password.unicodeScalars)
  }

  /// Whether the spans run from 0 to the last scalar without gap or overlap.
  var spansAreContiguous: Bool {
    var next = 0
    for match in sequence {
      guard match.startIndex == next, match.endIndex >= match.startIndex else { return false }
      next = match.endIndex + 1
    }
    return next == password.unicodeScalars.count
  }
}
