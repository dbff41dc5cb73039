import Foundation

/// Extends the analysis of a capped prefix to the whole password.
///
/// The scalars after the prefix become one brute-force part; when the
/// prefix's sequence already ends in brute force, that part absorbs the
/// tail. A match that covered the whole prefix is now only a part, so it
/// gets zxcvbn's minimum for parts (10 guesses for one character, 50 for
/// more). The total is zxcvbn's `l! × ∏ guesses + 10000^(l−1)` over the new
/// sequence.
struct LongInputRule {
  let scalars: [UInt32]
  let analyzedLength: Int

  func combine(_ analysis: Estimation.Analysis) -> Estimation.Analysis {
    guard analyzedLength < scalars.count else {
      return analysis
    }
    var sequence = analysis.sequence
    var product = analysis.product
    var tailStart = analyzedLength
    if let last = sequence.last, last.pattern == .bruteforce {
      sequence.removeLast()
      product /= last.guesses
      tailStart = last.startIndex
    } else {
      (sequence, product) = Self.asParts(sequence, product: product)
    }
    let tail = Match(
      startIndex: tailStart,
      endIndex: scalars.count - 1,
      token: PasswordText.string(scalars[tailStart...]),
      pattern: .bruteforce,
      guesses: GuessModel.bruteforceGuesses(length: scalars.count - tailStart)
    )
    sequence.append(tail)
    product *= tail.guesses
    let length = sequence.count
    let guesses =
      Combinatorics.factorial(length) * product
      + Combinatorics.power(.tenThousand, length - 1)
    return Estimation.Analysis(guesses: guesses, product: product, sequence: sequence)
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
