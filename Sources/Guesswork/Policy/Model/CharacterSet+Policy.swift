/// Classes a policy's allowed or forbidden character set can name.
///
/// The first six follow ``CharacterClass``; `space` is the space separators
/// alone (Zs), `other` is ``CharacterCategory/other`` and `non_ascii` is
/// every scalar above U+007F.
public enum CharacterSetClass: String, Sendable, Hashable, CaseIterable {
  case lower
  case upper
  case otherLetter = "other_letter"
  case letter
  case digit
  case symbol
  case space
  case other
  case nonASCII = "non_ascii"

  /// Whether a scalar with the given category belongs to this class.
  func contains(_ scalar: Unicode.Scalar, category: CharacterCategory) -> Bool {
    switch self {
    case .space:
      return scalar.properties.generalCategory == .spaceSeparator
    case .other:
      return category == .other
    case .nonASCII:
      return scalar.value > 0x7F
    case .lower, .upper, .otherLetter, .letter, .digit, .symbol:
      guard case .member(let found) = category,
        let asClass = CharacterClass(rawValue: rawValue)
      else { return false }
      return asClass.includes(found)
    }
  }
}

/// A set of characters given by classes and by listed characters.
public struct PolicyCharacterSet: Sendable, Hashable {
  /// Classes whose characters belong to the set.
  public var classes: Set<CharacterSetClass>
  /// Characters that belong to the set, after NFKC normalisation.
  public var characters: Set<Unicode.Scalar>

  public init(classes: Set<CharacterSetClass> = [], characters: Set<Unicode.Scalar> = []) {
    self.classes = classes
    self.characters = characters
  }

  /// Whether the set contains a scalar with the given category.
  func contains(_ scalar: Unicode.Scalar, category: CharacterCategory) -> Bool {
    characters.contains(scalar) || classes.contains { $0.contains(scalar, category: category) }
  }
}
