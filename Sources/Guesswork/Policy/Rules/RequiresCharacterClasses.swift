/// Requires characters from given classes, a number of distinct classes, or
/// a minimum count per class.
///
/// Classes are those of ``CharacterClass``: an accented capital is an
/// uppercase letter, a superscript digit is a digit, and a Chinese
/// character is an `other_letter`. A required class with its own minimum is
/// reported once, as `too_few_in_class`.
///
/// Failures: `missing_character_class` (one per class), `too_few_in_class`
/// (one per class), `too_few_classes`.
public struct RequiresCharacterClasses: PasswordRule, Hashable {
  /// Classes that must each appear at least once.
  public var required: [CharacterClass]
  /// Fewest distinct classes (of lower, upper, other_letter, digit, symbol)
  /// the password must use, or nil for no such minimum.
  public var minimumClasses: Int?
  /// Fewest characters of a class, for classes that need more than one.
  public var minimums: [CharacterClass: Int]

  public init(
    required: [CharacterClass] = [], minimumClasses: Int? = nil,
    minimums: [CharacterClass: Int] = [:]
  ) {
    self.required = required
    self.minimumClasses = minimumClasses
    self.minimums = minimums
  }

  /// The fewest characters any accepted password has, for checking the rule
  /// against a maximum length.
  ///
  /// Letters of a `lower`, `upper` or `other_letter` minimum also count
  /// toward a `letter` minimum, and each class beyond those named needs one
  /// more character to reach `minimumClasses`.
  public var fewestCharactersNeeded: Int {
    var needed = minimums
    for requiredClass in required where needed[requiredClass] == nil {
      needed[requiredClass] = 1
    }
    let letterClasses: [CharacterClass] = [.lower, .upper, .otherLetter]
    let namedLetters = letterClasses.map { needed[$0, default: 0] }.reduce(0, +)
    let extraLetters = max(0, needed[.letter, default: 0] - namedLetters)
    let named = CharacterClass.distinct.map { needed[$0, default: 0] }.reduce(0, +)
    var covered = CharacterClass.distinct.filter { needed[$0, default: 0] > 0 }.count
    if extraLetters > 0 && namedLetters == 0 {
      covered += 1
    }
    let extraClasses = max(0, (minimumClasses ?? 0) - covered)
    return named + extraLetters + extraClasses
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let counts = Self.counts(of: subject)
    var found: [RuleViolation] = []
    for requiredClass in required where minimums[requiredClass] == nil {
      if count(of: requiredClass, in: counts) == 0 {
        found.append(.missingCharacterClass(requiredClass))
      }
    }
    for (requiredClass, minimum) in minimums.sorted(by: { $0.key < $1.key }) {
      let actual = count(of: requiredClass, in: counts)
      if actual < minimum {
        found.append(.tooFewInClass(requiredClass, minimum: minimum, actual: actual))
      }
    }
    if let minimumClasses {
      let distinct = CharacterClass.distinct.filter { counts[$0, default: 0] > 0 }.count
      if distinct < minimumClasses {
        found.append(.tooFewClasses(minimum: minimumClasses, actual: distinct))
      }
    }
    return found
  }

  private func count(of requiredClass: CharacterClass, in counts: [CharacterClass: Int]) -> Int {
    counts.filter { requiredClass.includes($0.key) }.values.reduce(0, +)
  }

  /// Counts characters per class. Marks and joiners that extend the
  /// character before them are not counted again.
  private static func counts(of subject: PasswordSubject) -> [CharacterClass: Int] {
    var counts: [CharacterClass: Int] = [:]
    for scalar in subject.scalars {
      if case .member(let found) = CharacterClassifier.category(of: scalar) {
        counts[found, default: 0] += 1
      }
    }
    return counts
  }
}
