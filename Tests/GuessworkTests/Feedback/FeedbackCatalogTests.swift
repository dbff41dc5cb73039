import Testing

@testable import Guesswork

@Suite struct FeedbackCatalogTests {
  @Test func everyWarningHasEnglishText() {
    for warning in FeedbackWarning.allCases {
      let text = FeedbackCatalog.english.text(for: warning)
      #expect(text != warning.rawValue, "\(warning) falls back to its key")
      #expect(text.hasSuffix("."), "\(warning)")
    }
  }

  @Test func everySuggestionHasEnglishText() {
    for suggestion in FeedbackSuggestion.allCases {
      let text = FeedbackCatalog.english.text(for: suggestion)
      #expect(text != suggestion.rawValue, "\(suggestion) falls back to its key")
      #expect(text.hasSuffix("."), "\(suggestion)")
    }
  }

  @Test func textsAreDistinct() {
    let warnings = FeedbackWarning.allCases.map(\.text)
    let suggestions = FeedbackSuggestion.allCases.map(\.text)
    #expect(Set(warnings).count == warnings.count)
    #expect(Set(suggestions).count == suggestions.count)
  }

  @Test func missingEntryFallsBackToTheKey() {
    let empty = FeedbackCatalog(warnings: [:], suggestions: [:])
    #expect(empty.text(for: .sequence) == "sequence")
    #expect(empty.text(for: .avoidRepeats) == "avoid_repeats")
  }

  @Test func keysAreStable() {
    // Keys are part of the JSON output, so they never change silently.
    #expect(
      FeedbackWarning.allCases.map(\.rawValue) == [
        "top_10_password", "top_100_password", "very_common_password",
        "similar_to_common_password", "word_by_itself", "names_by_themselves", "common_names",
        "straight_row_of_keys", "short_keyboard_pattern", "repeated_character", "repeated_group",
        "sequence", "recent_year", "date",
      ])
    #expect(
      FeedbackSuggestion.allCases.map(\.rawValue) == [
        "use_several_words", "no_need_for_symbols", "add_another_word",
        "capitalization_does_not_help", "all_uppercase_does_not_help",
        "reversed_words_do_not_help", "substitutions_do_not_help", "use_longer_keyboard_pattern",
        "avoid_repeats", "avoid_sequences", "avoid_recent_years", "avoid_personal_years",
        "avoid_personal_dates",
      ])
  }
}
