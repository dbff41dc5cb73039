/// Advice for a weak password: at most one warning and a list of suggestions.
///
/// Warnings and suggestions are stable keys; `text` gives the English wording
/// from ``FeedbackCatalog``, so another language can replace the catalog
/// without touching the keys.
public struct Feedback: Sendable, Hashable {
  /// What makes the password weak, if one thing stands out.
  public let warning: FeedbackWarning?
  /// What to do instead, most important first.
  public let suggestions: [FeedbackSuggestion]

  public init(warning: FeedbackWarning?, suggestions: [FeedbackSuggestion]) {
    self.warning = warning
    self.suggestions = suggestions
  }
}

/// Weaknesses the estimator can name.
public enum FeedbackWarning: String, Sendable, Hashable, CaseIterable {
  case topTenPassword = "top_10_password"
  case topHundredPassword = "top_100_password"
  case veryCommonPassword = "very_common_password"
  case similarToCommonPassword = "similar_to_common_password"
  case wordByItself = "word_by_itself"
  case namesByThemselves = "names_by_themselves"
  case commonNames = "common_names"
  case straightRowOfKeys = "straight_row_of_keys"
  case shortKeyboardPattern = "short_keyboard_pattern"
  case repeatedCharacter = "repeated_character"
  case repeatedGroup = "repeated_group"
  case sequence = "sequence"
  case recentYear = "recent_year"
  case date = "date"

  /// English text for the warning.
  public var text: String { FeedbackCatalog.english.text(for: self) }
}

/// Suggestions the estimator can make.
public enum FeedbackSuggestion: String, Sendable, Hashable, CaseIterable {
  case useSeveralWords = "use_several_words"
  case noNeedForSymbols = "no_need_for_symbols"
  case addAnotherWord = "add_another_word"
  case capitalizationDoesNotHelp = "capitalization_does_not_help"
  case allUppercaseDoesNotHelp = "all_uppercase_does_not_help"
  case reversedWordsDoNotHelp = "reversed_words_do_not_help"
  case substitutionsDoNotHelp = "substitutions_do_not_help"
  case useLongerKeyboardPattern = "use_longer_keyboard_pattern"
  case avoidRepeats = "avoid_repeats"
  case avoidSequences = "avoid_sequences"
  case avoidRecentYears = "avoid_recent_years"
  case avoidPersonalYears = "avoid_personal_years"
  case avoidPersonalDates = "avoid_personal_dates"

  /// English text for the suggestion.
  public var text: String { FeedbackCatalog.english.text(for: self) }
}
