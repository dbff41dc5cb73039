/// Details of a match against a ranked word list.
public struct DictionaryPattern: Sendable, Hashable {
  /// The list word, in lower case, that the token spells.
  public let matchedWord: String
  /// Position of the word in its list; 1 is the most frequent.
  public let rank: Int
  /// The list the word comes from.
  public let dictionary: DictionaryName
  /// Whether the token spells the word backwards.
  public let isReversed: Bool
  /// Substitutions the token uses, such as `@` for `a`; empty when none.
  public let substitutions: [L33tSubstitution]
  /// Guesses before variations: the rank.
  public let baseGuesses: Double
  /// Factor for the capitalisation the token uses.
  public let uppercaseVariations: Double
  /// Factor for the substitutions the token uses.
  public let l33tVariations: Double

  /// Whether the token uses at least one l33t substitution.
  public var isL33t: Bool { !substitutions.isEmpty }
}

/// One l33t substitution: a symbol or digit standing for a letter.
public struct L33tSubstitution: Sendable, Hashable {
  /// The character written in the password, such as `@`.
  public let substitute: Character
  /// The letter it stands for, such as `a`.
  public let letter: Character
}

/// Name of a ranked word list, such as the common-password list.
///
/// Word lists form an open set (callers and later profiles add their own), so
/// the name is a string wrapper with constants for the built-in lists.
public struct DictionaryName: RawRepresentable, Sendable, Hashable, Comparable {
  public let rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Most common passwords from leaked password sets.
  public static let passwords = Self(rawValue: "passwords")
  /// Most frequent words of English Wikipedia.
  public static let englishWikipedia = Self(rawValue: "english_wikipedia")
  /// Most frequent words of US television and film subtitles.
  public static let usTelevisionAndFilm = Self(rawValue: "us_tv_and_film")
  /// Most common US surnames.
  public static let surnames = Self(rawValue: "surnames")
  /// Most common US male first names.
  public static let maleNames = Self(rawValue: "male_names")
  /// Most common US female first names.
  public static let femaleNames = Self(rawValue: "female_names")
  /// Words the caller supplied for one estimate, such as the user's name.
  public static let userInputs = Self(rawValue: "user_inputs")
}
