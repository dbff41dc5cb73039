/// Estimates a long password that repeats one unit beyond the analysed
/// length, such as `password` written 16 times.
///
/// The long-input rule counts everything past the analysed prefix as brute
/// force, which would make 120 `a`s look very strong. This rule finds the
/// longest prefix made of whole copies of a unit no longer than half the
/// analysed length, in linear time, and scores it as zxcvbn scores a repeat:
/// the unit's own guesses times the number of copies. Whatever follows the
/// copies is estimated as a password of its own (under the long-input rule
/// when it is long) and joins the sequence. The estimator keeps whichever of
/// the two rules gives fewer guesses.
///
///     "ab" × 60 + "XYZ"   (analysed length 100)
///      repeat "ab" × 60 at 0...119, then "XYZ" as its own sequence
///
/// - Complexity: O(*n*) for *n* scalars, plus two bounded analyses.
struct PeriodicInputRule {
  let scalars: [UInt32]
  let analyzedLength: Int
  let estimation: Estimation

  /// Returns the estimate, or nil when no repeat runs past the analysed
  /// length.
  func estimate() -> Estimation.Analysis? {
    guard let run = Self.longestRepeatedPrefix(scalars, maximumUnit: analyzedLength / 2),
      run.length > analyzedLength
    else { return nil }
    let unit = PasswordText(scalars: Array(scalars[0..<run.unit]))
    let unitAnalysis = estimation.analyze(unit)
    let count = run.length / run.unit
    let pattern = RepeatPattern(
      baseToken: PasswordText.string(unit.scalars), baseGuesses: unitAnalysis.guesses,
      baseMatches: unitAnalysis.sequence, repeatCount: count)
    let repeated = Match(
      startIndex: 0, endIndex: run.length - 1,
      token: PasswordText.string(scalars[0..<run.length]), pattern: .repeat(pattern),
      guesses: unitAnalysis.guesses * Double(count))
    let rest = Array(scalars[run.length...])
    var sequence = [repeated]
    var product = repeated.guesses
    if !rest.isEmpty {
      (sequence, product) = LongInputRule.asParts(sequence, product: product)
      let restAnalysis = LongInputRule.analyze(
        rest, analyzedLength: analyzedLength, with: estimation)
      let restParts = LongInputRule.asParts(restAnalysis.sequence, product: restAnalysis.product)
      sequence += restParts.sequence.map { $0.shifted(by: run.length) }
      product *= restParts.product
    }
    let guesses = GuessModel.sequenceGuesses(partCount: sequence.count, product: product)
    return Estimation.Analysis(guesses: guesses, product: product, sequence: sequence)
  }

  /// Finds the longest prefix made of two or more whole copies of a unit of
  /// at most `maximumUnit` scalars, using the prefix function (the length of
  /// the longest proper border of each prefix).
  static func longestRepeatedPrefix(
    _ scalars: [UInt32], maximumUnit: Int
  ) -> (unit: Int, length: Int)? {
    guard scalars.count >= 2, maximumUnit >= 1 else { return nil }
    var border = Array(repeating: 0, count: scalars.count)
    var best: (unit: Int, length: Int)?
    for end in 1..<scalars.count {
      var candidate = border[end - 1]
      while candidate > 0, scalars[end] != scalars[candidate] {
        candidate = border[candidate - 1]
      }
      border[end] = scalars[end] == scalars[candidate] ? candidate + 1 : 0
      let length = end + 1
      let unit = length - border[end]
      if unit <= maximumUnit, length >= 2 * unit {
        best = (unit, length / unit * unit)
      }
    }
    return best
  }
}

extension Match {
  /// Returns the match with its span moved right by `offset` scalars.
  func shifted(by offset: Int) -> Match {
    Match(
      startIndex: startIndex + offset, endIndex: endIndex + offset, token: token,
      pattern: pattern, guesses: guesses)
  }
}
