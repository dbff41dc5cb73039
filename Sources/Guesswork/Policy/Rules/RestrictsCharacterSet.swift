/// Limits which characters a password may contain.
///
/// Characters are checked after NFKC normalisation, and the policy's listed
/// characters are normalised the same way, so a full-width `！` is the same
/// character as `!`. A character outside `allowed` fails
/// `character_not_allowed`; one inside `forbidden` fails
/// `character_forbidden`, which also wins when a character is in both.
///
/// Failures: `character_not_allowed`, `character_forbidden` (each once,
/// with the number of offending characters).
public struct RestrictsCharacterSet: PasswordRule, Hashable {
  /// The only characters accepted, or nil to accept every character not
  /// forbidden.
  public var allowed: PolicyCharacterSet?
  /// Characters rejected, or nil for none.
  public var forbidden: PolicyCharacterSet?

  public init(allowed: PolicyCharacterSet? = nil, forbidden: PolicyCharacterSet? = nil) {
    self.allowed = allowed
    self.forbidden = forbidden
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    var forbiddenCount = 0
    var notAllowedCount = 0
    for (scalar, category) in zip(subject.scalars, subject.categories) {
      if let forbidden, forbidden.contains(scalar, category: category) {
        forbiddenCount += 1
      } else if let allowed, !allowed.contains(scalar, category: category) {
        notAllowedCount += 1
      }
    }
    var found: [RuleViolation] = []
    if notAllowedCount > 0 {
      found.append(.characterNotAllowed(count: notAllowedCount))
    }
    if forbiddenCount > 0 {
      found.append(.characterForbidden(count: forbiddenCount))
    }
    return found
  }

  /// Whether the allowed set lets a password use a character class at all.
  ///
  /// A class counts as allowed when the allowed set names a class that
  /// overlaps it or lists a character of it, and the forbidden set does not
  /// name the class itself.
  public func permits(_ characterClass: CharacterClass) -> Bool {
    if let forbidden, forbidden.classes.contains(where: { $0.covers(characterClass) }) {
      return false
    }
    guard let allowed else { return true }
    if allowed.classes.contains(where: { $0.overlaps(characterClass) }) {
      return true
    }
    return allowed.characters.contains { scalar in
      guard case .member(let found) = CharacterClassifier.category(of: scalar) else { return false }
      return characterClass.includes(found)
    }
  }
}

extension CharacterSetClass {
  /// The composition class with the same name, if there is one.
  private var compositionClass: CharacterClass? { CharacterClass(rawValue: rawValue) }

  /// Whether every character of `characterClass` belongs to this set class.
  func covers(_ characterClass: CharacterClass) -> Bool {
    guard let own = compositionClass else { return false }
    return own.includes(characterClass) || own == characterClass
  }

  /// Whether some character of `characterClass` belongs to this set class.
  func overlaps(_ characterClass: CharacterClass) -> Bool {
    switch self {
    case .other: false
    case .nonASCII: true
    case .space: characterClass == .symbol
    default: covers(characterClass) || (compositionClass.map(characterClass.includes) ?? false)
    }
  }
}
