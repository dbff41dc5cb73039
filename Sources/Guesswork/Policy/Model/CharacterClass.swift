/// Classes of characters that composition rules count, decided by Unicode
/// general category after NFKC normalisation.
///
/// | class          | general categories                           | examples        |
/// |----------------|----------------------------------------------|-----------------|
/// | `lower`        | Ll                                           | `a` `é` `ß` `я` |
/// | `upper`        | Lu, Lt                                       | `A` `É` `Я` `ǅ` |
/// | `other_letter` | Lo, Lm (letters without case)                | `中` `ا` `ש`     |
/// | `digit`        | Nd, Nl, No                                   | `7` `٣` `༳`     |
/// | `symbol`       | P*, S*, Zs (punctuation, symbols, spaces)    | `!` `€` `😀` ` ` |
///
/// Because classification follows NFKC, a superscript `²` or a circled `①`
/// counts as a digit and a full-width `Ａ` as an uppercase letter. A
/// combining mark, or a zero-width joiner inside an emoji sequence, takes
/// the class of the character before it, so `é` written as `e` + U+0301 is
/// one lowercase letter. `letter` is not a class of its own but the union of
/// `lower`, `upper` and `other_letter`, which lets a policy ask for "a
/// letter" in scripts that have no case.
public enum CharacterClass: String, Sendable, Hashable, CaseIterable, Comparable {
  case lower
  case upper
  case otherLetter = "other_letter"
  case digit
  case symbol
  /// Any letter: lower, upper or other_letter.
  case letter

  /// The classes that are disjoint, which `minimum_classes` counts.
  public static let distinct: [CharacterClass] = [.lower, .upper, .otherLetter, .digit, .symbol]

  /// Whether a character of class `found` belongs to this class.
  public func includes(_ found: CharacterClass) -> Bool {
    self == found || (self == .letter && [.lower, .upper, .otherLetter].contains(found))
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    let order = allCases
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}

/// The class of one character, or where it has none.
public enum CharacterCategory: Sendable, Hashable {
  /// A character in one of the distinct classes.
  case member(CharacterClass)
  /// A control, format (other than the zero-width joiner), private-use,
  /// unassigned or surrogate code point, or a line or paragraph separator.
  case other
}

/// Assigns each scalar of a normalised password its class.
enum CharacterClassifier {
  /// Returns the category of each scalar, in order.
  ///
  /// Marks and the zero-width joiner repeat the category of the scalar
  /// before them; at the start of the text they count as `other_letter`.
  static func categories(of scalars: [Unicode.Scalar]) -> [CharacterCategory] {
    var result: [CharacterCategory] = []
    result.reserveCapacity(scalars.count)
    for scalar in scalars {
      if let own = category(of: scalar) {
        result.append(own)
      } else {
        result.append(result.last ?? .member(.otherLetter))
      }
    }
    return result
  }

  /// Returns the category of a scalar on its own, or nil for a scalar that
  /// extends the one before it.
  static func category(of scalar: Unicode.Scalar) -> CharacterCategory? {
    if scalar == "\u{200D}" {
      return nil
    }
    switch scalar.properties.generalCategory {
    case .lowercaseLetter:
      return .member(.lower)
    case .uppercaseLetter, .titlecaseLetter:
      return .member(.upper)
    case .otherLetter, .modifierLetter:
      return .member(.otherLetter)
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return nil
    case .decimalNumber, .letterNumber, .otherNumber:
      return .member(.digit)
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
      .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator:
      return .member(.symbol)
    case .control, .format, .privateUse, .surrogate, .unassigned, .lineSeparator,
      .paragraphSeparator:
      return .other
    @unknown default:
      return .other
    }
  }
}
