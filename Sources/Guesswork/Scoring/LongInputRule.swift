import Foundation

/// Extends the analysis of a capped prefix to the whole password.
///
/// The text after the prefix is analysed in up to `tailWindowCount` further
/// windows of the same length, each on its own and without the l33t matcher.
/// Padding such as a hundred `!` after a weak word therefore stays cheap to
/// guess. Whatever lies beyond the windows becomes one brute-force part.
/// Brute-force parts that meet at a window edge are joined. A match that
/// covered a whole window (or the whole prefix) is now only a part, so it
/// gets zxcvbn's minimum for parts (10 guesses for one character, 50 for
/// more). The total is zxcvbn's `l! × ∏ guesses + 10000^(l−1)` over the
/// joined sequence.
struct LongInputRule {
  /// Windows analysed after the prefix; beyond them the text is brute force,
  /// which keeps the work bounded for any length.
  static let tailWindowCount = 2

  let scalars: [UInt32]
  let analyzedLength: Int

  /// Extends `analysis` of the prefix, analysing tail windows with `tail`.
  func combine(_ analysis: Estimation.Analysis, tail: Estimation) -> Estimation.Analysis {
    guard analyzedLength < scalars.count else {
      return analysis
    }
    var joined = SequenceBuilder(scalars: scalars)
    joined.append(Self.asParts(analysis.sequence, product: analysis.product))
    var position = joined.extendTrailingRepeat(pastOffset: analyzedLength)
    for _ in 0..<Self.tailWindowCount where position < scalars.count {
      let end = min(position + analyzedLength, scalars.count)
      let window = tail.analyze(PasswordText(scalars: Array(scalars[position..<end])))
      let parts = Self.asParts(window.sequence, product: window.product)
      joined.append((parts.sequence.map { $0.shifted(by: position) }, parts.product))
      position = joined.extendTrailingRepeat(pastOffset: end)
    }
    if position < scalars.count {
      joined.appendBruteforce(from: position, to: scalars.count - 1)
    }
    return joined.analysis
  }

  /// Analyses the first `analyzedLength` scalars of `scalars` exactly and
  /// the rest by this rule, with `estimation`'s context.
  static func analyze(
    _ scalars: [UInt32], analyzedLength: Int, with estimation: Estimation
  ) -> Estimation.Analysis {
    let prefixLength = min(scalars.count, analyzedLength)
    let prefix = PasswordText(scalars: Array(scalars[0..<prefixLength]))
    var tail = estimation
    tail.matchers = Estimation.tailMatchers
    return LongInputRule(scalars: scalars, analyzedLength: prefixLength)
      .combine(estimation.analyze(prefix), tail: tail)
  }

  /// Treats a text's sequence as parts of a longer password: a single match
  /// that covered the whole text gets zxcvbn's minimum for parts.
  static func asParts(_ sequence: [Match], product: Double) -> (sequence: [Match], product: Double)
  {
    guard sequence.count == 1, let whole = sequence.first else { return (sequence, product) }
    let floored = max(whole.guesses, GuessModel.minimumPartGuesses(length: whole.length))
    let part = Match(
      startIndex: whole.startIndex, endIndex: whole.endIndex, token: whole.token,
      pattern: whole.pattern, guesses: floored)
    return ([part], product / whole.guesses * floored)
  }
}

/// Joins the sequences of consecutive pieces of a password and totals them
/// with zxcvbn's formula.
///
/// Cutting a password into pieces also cuts its patterns, so the builder
/// mends the cuts it can see. Brute-force parts that meet are joined. A
/// repeat that a cut ended early continues as long as its unit recurs. A
/// repeat that starts a piece takes over a brute-force part before it that
/// consists of whole copies of its unit.
struct SequenceBuilder {
  let scalars: [UInt32]
  private(set) var sequence: [Match] = []
  private(set) var product = 1.0

  init(scalars: [UInt32]) {
    self.scalars = scalars
  }

  /// Appends the parts of the next piece, whose product is given.
  mutating func append(_ parts: (sequence: [Match], product: Double)) {
    var rest = parts.sequence[...]
    var restProduct = parts.product
    if let first = rest.first, let grown = repeatReachingBack(first) {
      restProduct = restProduct / first.guesses * grown.guesses
      rest = [grown] + rest.dropFirst()
    }
    if let last = sequence.last, last.pattern == .bruteforce,
      let first = rest.first, first.pattern == .bruteforce
    {
      sequence.removeLast()
      product /= last.guesses
      restProduct /= first.guesses
      rest = rest.dropFirst()
      appendBruteforce(from: last.startIndex, to: first.endIndex)
    }
    sequence += rest
    product *= restProduct
  }

  /// Appends one brute-force part over `start...end`, joined to a
  /// brute-force part that ends just before it.
  mutating func appendBruteforce(from start: Int, to end: Int) {
    var start = start
    if let last = sequence.last, last.pattern == .bruteforce, last.endIndex == start - 1 {
      sequence.removeLast()
      product /= last.guesses
      start = last.startIndex
    }
    let part = Match(
      startIndex: start, endIndex: end, token: PasswordText.string(scalars[start...end]),
      pattern: .bruteforce, guesses: GuessModel.bruteforceGuesses(length: end - start + 1))
    sequence.append(part)
    product *= part.guesses
  }

  /// Continues the last repeat while its unit recurs, if it then reaches
  /// `offset`, where the piece was cut. The parts after the repeat contain
  /// only further copies, so they are dropped.
  ///
  /// - Returns: where the next piece starts: after the continued repeat's
  ///   last whole copy, or `offset` when nothing changed.
  mutating func extendTrailingRepeat(pastOffset offset: Int) -> Int {
    guard let index = sequence.lastIndex(where: { $0.repeatUnitLength != nil }),
      let unit = sequence[index].repeatUnitLength
    else { return offset }
    let repeated = sequence[index]
    var end = repeated.endIndex
    while end + 1 < scalars.count, scalars[end + 1] == scalars[end + 1 - unit] {
      end += 1
    }
    guard end >= offset else { return offset }
    let copies = (end - repeated.startIndex + 1) / unit
    let grown = repeated.withCopies(copies, of: scalars)
    for part in sequence[index...] {
      product /= part.guesses
    }
    sequence.removeSubrange(index...)
    sequence.append(grown)
    product *= grown.guesses
    return grown.endIndex + 1
  }

  /// Returns `first`, a repeat, grown backwards over the brute-force part
  /// that ends just before it, if that part consists of whole copies of its
  /// unit. The brute-force part is then dropped.
  private mutating func repeatReachingBack(_ first: Match) -> Match? {
    guard let unit = first.repeatUnitLength, let last = sequence.last,
      last.pattern == .bruteforce, last.endIndex == first.startIndex - 1,
      last.length % unit == 0,
      (last.startIndex..<first.startIndex).allSatisfy({ scalars[$0] == scalars[$0 + unit] })
    else { return nil }
    sequence.removeLast()
    product /= last.guesses
    let copies = (first.endIndex - last.startIndex + 1) / unit
    return first.withCopies(copies, startingAt: last.startIndex, of: scalars)
  }

  /// The joined sequence with its total.
  var analysis: Estimation.Analysis {
    let guesses = GuessModel.sequenceGuesses(partCount: sequence.count, product: product)
    return Estimation.Analysis(guesses: guesses, product: product, sequence: sequence)
  }
}

extension Match {
  /// The length of the repeated unit, for a repeat.
  fileprivate var repeatUnitLength: Int? {
    guard case .repeat(let details) = pattern else { return nil }
    return details.baseToken.unicodeScalars.count
  }

  /// Returns this repeat with `copies` copies of its unit from `start`, as a
  /// part of a longer password: at least 50 guesses.
  fileprivate func withCopies(
    _ copies: Int, startingAt start: Int? = nil, of scalars: [UInt32]
  ) -> Match {
    guard case .repeat(let details) = pattern else { return self }
    let start = start ?? startIndex
    let unit = details.baseToken.unicodeScalars.count
    let end = start + copies * unit - 1
    let pattern = RepeatPattern(
      baseToken: details.baseToken, baseGuesses: details.baseGuesses,
      baseMatches: details.baseMatches, repeatCount: copies)
    let guesses = max(
      details.baseGuesses * Double(copies), GuessModel.minimumPartGuesses(length: end - start + 1))
    return Match(
      startIndex: start, endIndex: end, token: PasswordText.string(scalars[start...end]),
      pattern: .repeat(pattern), guesses: guesses)
  }
}
