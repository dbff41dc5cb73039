/// Wording for feedback keys in one language.
///
/// All user-facing feedback text lives here, so a translation is one more
/// catalog value with the same keys.
public struct FeedbackCatalog: Sendable {
  /// Text per warning key.
  public let warnings: [FeedbackWarning: String]
  /// Text per suggestion key.
  public let suggestions: [FeedbackSuggestion: String]

  /// Returns the text for a warning, or its key when the catalog lacks it.
  public func text(for warning: FeedbackWarning) -> String {
    warnings[warning] ?? warning.rawValue
  }

  /// Returns the text for a suggestion, or its key when the catalog lacks it.
  public func text(for suggestion: FeedbackSuggestion) -> String {
    suggestions[suggestion] ?? suggestion.rawValue
  }

  /// The English catalog.
  public static let english = FeedbackCatalog(
    warnings: [
      .topTenPassword: "This is one of the ten most used passwords.",
      .topHundredPassword: "This is one of the hundred most used passwords.",
      .veryCommonPassword: "This password is in wide use.",
      .similarToCommonPassword: "This is a small change to a password in wide use.",
      .wordByItself: "A single word on its own is quick to guess.",
      .namesByThemselves: "A name or surname on its own is quick to guess.",
      .commonNames: "Common names and surnames are quick to guess.",
      .straightRowOfKeys: "A straight run along one row of keys is quick to guess.",
      .shortKeyboardPattern: "A short path across the keyboard is quick to guess.",
      .repeatedCharacter: "One character typed over and over, such as \"aaa\", is quick to guess.",
      .repeatedGroup:
        "Repeating a group, such as \"abcabcabc\", adds little over the group itself.",
      .sequence: "Runs such as \"abc\" or \"6543\" are quick to guess.",
      .recentYear: "Recent years are quick to guess.",
      .date: "Dates are quick to guess.",
    ],
    suggestions: [
      .useSeveralWords: "Combine several words, and avoid well-known phrases.",
      .noNeedForSymbols: "Symbols, digits and capitals are not required.",
      .addAnotherWord: "Add one or two more words; unusual words are stronger.",
      .capitalizationDoesNotHelp: "A capital first letter adds little.",
      .allUppercaseDoesNotHelp: "Writing everything in capitals adds almost nothing.",
      .reversedWordsDoNotHelp: "A word spelled backwards is barely harder to guess.",
      // Names no particular swap, so it never mentions one the password lacks.
      .substitutionsDoNotHelp: "Swapping letters for look-alike digits or symbols adds little.",
      .useLongerKeyboardPattern: "If you use a keyboard path, make it longer with more turns.",
      .avoidRepeats: "Avoid repeated words and characters.",
      .avoidSequences: "Avoid runs of letters or digits.",
      .avoidRecentYears: "Avoid recent years.",
      .avoidPersonalYears: "Avoid years that relate to you.",
      .avoidPersonalDates: "Avoid dates and years that relate to you.",
    ]
  )
}
