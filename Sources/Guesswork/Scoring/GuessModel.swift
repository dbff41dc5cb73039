import Foundation

/// zxcvbn 4.4.2's guess estimates for each pattern, in IEEE doubles.
///
/// A part that is not the whole password is never estimated below 10 guesses
/// (one character) or 50 (more), so that short parts do not make a split
/// look cheap.
struct GuessModel: Sendable {
  static let minimumSubmatchGuessesSingleCharacter = 10.0
  static let minimumSubmatchGuessesMultipleCharacters = 50.0
  static let minimumYearSpace = 20

  let referenceYear: Int
  let keyboards: [KeyboardLayoutName: KeyboardLayout]

  /// Returns the guesses for a candidate in a password of `passwordLength`.
  func guesses(for candidate: Candidate, in text: PasswordText) -> Double {
    let minimum =
      candidate.length >= text.count ? 1 : Self.minimumPartGuesses(length: candidate.length)
    return max(patternGuesses(for: candidate, in: text), minimum)
  }

  /// Returns zxcvbn's total for a sequence of `partCount` parts whose
  /// guesses multiply to `product`: `l! × product + 10000^(l−1)`. The
  /// factorial counts the orders of the parts; the second term charges for
  /// every part beyond the first.
  static func sequenceGuesses(partCount: Int, product: Double) -> Double {
    Combinatorics.factorial(partCount) * product
      + Combinatorics.power(.tenThousand, partCount - 1)
  }

  /// Returns the fewest guesses a part shorter than the password may cost.
  static func minimumPartGuesses(length: Int) -> Double {
    length == 1 ? minimumSubmatchGuessesSingleCharacter : minimumSubmatchGuessesMultipleCharacters
  }

  private func patternGuesses(for candidate: Candidate, in text: PasswordText) -> Double {
    switch candidate.kind {
    case .dictionary(let hit):
      let token = text.scalars[candidate.start...candidate.end]
      return dictionaryGuesses(hit, token: token).total
    case .spatial(let pattern):
      return spatialGuesses(pattern, length: candidate.length)
    case .repetition(let pattern):
      return pattern.baseGuesses * Double(pattern.repeatCount)
    case .sequence(let pattern):
      let first = text.scalars[candidate.start]
      return sequenceGuesses(pattern, first: first, length: candidate.length)
    case .regex(let pattern):
      return Double(max(abs(pattern.year - referenceYear), Self.minimumYearSpace))
    case .date(let pattern):
      let yearSpace = Double(max(abs(pattern.year - referenceYear), Self.minimumYearSpace))
      return yearSpace * 365 * (pattern.separator.isEmpty ? 1 : 4)
    }
  }

  /// Guesses for characters tried one by one: 10 per character (zxcvbn's
  /// brute-force cardinality), at least 11
  /// for one character and 51 for more, and at most the largest double.
  static func bruteforceGuesses(length: Int) -> Double {
    var guesses = Combinatorics.power(.ten, length)
    if guesses == .infinity {
      guesses = .greatestFiniteMagnitude
    }
    let minimum =
      length == 1
      ? minimumSubmatchGuessesSingleCharacter + 1 : minimumSubmatchGuessesMultipleCharacters + 1
    return max(guesses, minimum)
  }

  /// Computes a dictionary estimate and its factors: the rank times the
  /// capitalisation and substitution factors, doubled for reversed words.
  func dictionaryGuesses(
    _ hit: DictionaryHit, token: ArraySlice<UInt32>
  ) -> (total: Double, uppercase: Double, l33t: Double) {
    let uppercase = Variations.uppercase(token)
    let l33t = Variations.l33t(token, substitutions: hit.substitutions)
    let reversed = hit.isReversed ? 2.0 : 1.0
    return (Double(hit.rank) * uppercase * l33t * reversed, uppercase, l33t)
  }

  private func spatialGuesses(_ pattern: SpatialPattern, length: Int) -> Double {
    guard let keyboard = keyboards[pattern.layout] else { return 0 }
    let startingPositions = keyboard.startingPositions
    let degree = keyboard.averageDegree
    var guesses = 0.0
    if length >= 2 {
      for walkLength in 2...length {
        let possibleTurns = min(pattern.turns, walkLength - 1)
        guard possibleTurns >= 1 else { continue }
        for turns in 1...possibleTurns {
          guesses +=
            Combinatorics.choose(walkLength - 1, turns - 1) * startingPositions
            * pow(degree, Double(turns))
        }
      }
    }
    if pattern.shiftedCount > 0 {
      let shifted = pattern.shiftedCount
      let unshifted = length - shifted
      guesses *= Variations.mixes(shifted, unshifted)
    }
    return guesses
  }

  private func sequenceGuesses(_ pattern: SequencePattern, first: UInt32, length: Int) -> Double {
    let obviousStarts = Set("aAzZ019".unicodeScalars.map(\.value))
    var base: Double =
      if obviousStarts.contains(first) {
        4
      } else if first.isASCIIDigit {
        10
      } else {
        26
      }
    if !pattern.isAscending {
      base *= 2
    }
    return base * Double(length)
  }
}
