/// How many spellings an attacker tries around a base word.
enum Variations {
  /// Factor for the capitalisation of a token.
  ///
  /// All lowercase costs nothing extra; a capital first or last letter only,
  /// or all capitals, doubles the guesses; any other mix counts the ways to
  /// place up to the smaller of the capital and small letter counts. Only
  /// ASCII letters count as capital or small here, as in zxcvbn 4.4.2.
  static func uppercase(_ token: ArraySlice<UInt32>) -> Double {
    let upper = token.count(where: \.isASCIIUppercase)
    let lower = token.count(where: \.isASCIILowercase)
    if upper == 0 || token.allSatisfy({ PasswordText.lowercase($0) == $0 }) {
      return 1
    }
    let first = token[token.startIndex]
    let last = token[token.endIndex - 1]
    let startsUpper = first.isASCIIUppercase && upper == 1 && token.count > 1
    let endsUpper = last.isASCIIUppercase && upper == 1 && token.count > 1
    if startsUpper || endsUpper || lower == 0 {
      return 2
    }
    return mixes(upper, lower)
  }

  /// Factor for the l33t substitutions a token uses.
  ///
  /// For each substitution, a token using only the substitute or only the
  /// letter doubles the guesses; a mix counts the ways to choose which
  /// positions hold the substitute.
  static func l33t(
    _ token: ArraySlice<UInt32>, substitutions: [(substitute: UInt32, letter: UInt32)]
  ) -> Double {
    var variations = 1.0
    let lowered = token.map(PasswordText.lowercase)
    for pair in substitutions {
      let substituted = lowered.count(where: { $0 == pair.substitute })
      let plain = lowered.count(where: { $0 == pair.letter })
      if substituted == 0 || plain == 0 {
        variations *= 2
      } else {
        variations *= mixes(substituted, plain)
      }
    }
    return variations
  }

  /// Sum of "a + b choose i" for i from 1 to min(a, b); 2 when either is 0.
  static func mixes(_ a: Int, _ b: Int) -> Double {
    if a == 0 || b == 0 {
      return 2
    }
    var total = 0.0
    for count in 1...min(a, b) {
      total += Combinatorics.choose(a + b, count)
    }
    return total
  }
}
