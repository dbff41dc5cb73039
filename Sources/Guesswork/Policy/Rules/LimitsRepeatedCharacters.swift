/// Limits how many identical characters may follow each other.
///
/// The classic "no three identical characters in a row" is a maximum run of
/// 2: `aab` passes and `aaab` fails. A maximum run of 1 forbids any doubled
/// character, so `book` fails. Characters compare after NFKC normalisation
/// and are case-sensitive, so `aAa` has no run longer than 1. This rule
/// looks only at single characters; runs such as `abcd` belong to
/// ``LimitsCharacterSequences``.
///
/// Failure: `repeated_characters`, once, with the longest run found.
public struct LimitsRepeatedCharacters: PasswordRule, Hashable {
  /// Maximum run of one character, at least 1.
  public var maximumRun: Int

  public init(maximumRun: Int) {
    self.maximumRun = maximumRun
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let longest = Self.longestRun(in: subject.scalars)
    return longest > maximumRun
      ? [.repeatedCharacters(maximumRun: maximumRun, actual: longest)] : []
  }

  /// Returns the length of the longest run of one repeated scalar.
  ///
  /// - Complexity: O(*n*).
  static func longestRun(in scalars: [Unicode.Scalar]) -> Int {
    var longest = 0
    var current = 0
    var previous: Unicode.Scalar?
    for scalar in scalars {
      current = scalar == previous ? current + 1 : 1
      previous = scalar
      longest = max(longest, current)
    }
    return longest
  }
}
