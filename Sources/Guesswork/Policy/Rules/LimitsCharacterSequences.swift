/// Limits runs of consecutive letters or digits such as `abcd` or `4321`.
///
/// A run is a stretch in which each character is the next (or each is the
/// previous) letter or digit after the one before it, one code point apart:
/// `abcd`, `DCBA`, `aBcD` (letters compare case-insensitively), `6789`,
/// `αβγ`. Letters and digits do not mix, and the alphabet does not wrap, so
/// `yza` and `901` are not runs of 3. With a maximum length of 3, `abc`
/// passes and `abcd` fails. The rule scans the whole password itself rather
/// than reading the estimator's chosen matches, so a run is found wherever
/// it lies. Repeated identical characters belong to
/// ``LimitsRepeatedCharacters``.
///
/// Failure: `character_sequence`, once, with the longest run found.
public struct LimitsCharacterSequences: PasswordRule, Hashable {
  /// Maximum length of a run, at least 1.
  public var maximumLength: Int

  public init(maximumLength: Int) {
    self.maximumLength = maximumLength
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let longest = Self.longestRun(in: subject.scalars)
    return longest > maximumLength
      ? [.characterSequence(maximumLength: maximumLength, actual: longest)] : []
  }

  /// Returns the length of the longest ascending or descending run.
  ///
  /// - Complexity: O(*n*).
  static func longestRun(in scalars: [Unicode.Scalar]) -> Int {
    guard !scalars.isEmpty else { return 0 }
    var longest = 1
    var current = 1
    var step = 0
    for index in 1..<scalars.count {
      let difference = stepBetween(scalars[index - 1], scalars[index])
      if difference != 0 && difference == step {
        current += 1
      } else {
        current = difference == 0 ? 1 : 2
      }
      step = difference
      longest = max(longest, current)
    }
    return longest
  }

  /// Returns +1 or -1 when `next` follows or precedes `previous` in one
  /// alphabet, and 0 otherwise.
  private static func stepBetween(_ previous: Unicode.Scalar, _ next: Unicode.Scalar) -> Int {
    guard let first = key(previous), let second = key(next), first.kind == second.kind else {
      return 0
    }
    let difference = Int(second.value) - Int(first.value)
    return abs(difference) == 1 ? difference : 0
  }

  private enum Kind { case letter, digit }

  /// Returns a cased letter lower-cased to a single scalar, or a decimal
  /// digit, with its kind. Letters without case, such as Chinese characters, have code
  /// points in dictionary order that readers do not see as a run, so they are
  /// left out.
  private static func key(_ scalar: Unicode.Scalar) -> (kind: Kind, value: UInt32)? {
    let properties = scalar.properties
    if properties.generalCategory == .decimalNumber {
      return (.digit, scalar.value)
    }
    let casedLetters: [Unicode.GeneralCategory] = [
      .lowercaseLetter, .uppercaseLetter, .titlecaseLetter,
    ]
    guard casedLetters.contains(properties.generalCategory) else { return nil }
    let lowered = properties.lowercaseMapping.unicodeScalars
    guard lowered.count == 1, let single = lowered.first else { return (.letter, scalar.value) }
    return (.letter, single.value)
  }
}
