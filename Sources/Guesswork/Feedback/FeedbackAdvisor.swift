/// Chooses feedback for an estimate the way zxcvbn 4.4.2 does.
///
/// Strong passwords (score 3 or more) get no feedback. Otherwise the advice
/// is about the longest part of the chosen sequence (the first one on a tie),
/// preceded by a suggestion to add words.
enum FeedbackAdvisor {
  /// Feedback for the empty password.
  static let emptyPasswordFeedback = Feedback(
    warning: nil, suggestions: [.useSeveralWords, .noNeedForSymbols])

  /// Returns the feedback for a score and its match sequence.
  static func feedback(score: Score, sequence: [Match]) -> Feedback {
    guard let first = sequence.first else { return emptyPasswordFeedback }
    if score > .somewhatGuessable {
      return Feedback(warning: nil, suggestions: [])
    }
    var longest = first
    for match in sequence.dropFirst() where match.length > longest.length {
      longest = match
    }
    let advice = feedback(for: longest, isSoleMatch: sequence.count == 1)
    return Feedback(warning: advice.warning, suggestions: [.addAnotherWord] + advice.suggestions)
  }

  private static func feedback(for match: Match, isSoleMatch: Bool) -> Feedback {
    switch match.pattern {
    case .dictionary(let pattern):
      dictionaryFeedback(pattern, match: match, isSoleMatch: isSoleMatch)
    case .spatial(let pattern):
      Feedback(
        warning: pattern.turns == 1 ? .straightRowOfKeys : .shortKeyboardPattern,
        suggestions: [.useLongerKeyboardPattern])
    case .repeat(let pattern):
      Feedback(
        warning: pattern.baseToken.unicodeScalars.count == 1 ? .repeatedCharacter : .repeatedGroup,
        suggestions: [.avoidRepeats])
    case .sequence:
      Feedback(warning: .sequence, suggestions: [.avoidSequences])
    case .regex(let pattern):
      switch pattern.kind {
      case .recentYear:
        Feedback(warning: .recentYear, suggestions: [.avoidRecentYears, .avoidPersonalYears])
      }
    case .date:
      Feedback(warning: .date, suggestions: [.avoidPersonalDates])
    case .bruteforce:
      Feedback(warning: nil, suggestions: [])
    }
  }

  private static func dictionaryFeedback(
    _ pattern: DictionaryPattern, match: Match, isSoleMatch: Bool
  ) -> Feedback {
    Feedback(
      warning: dictionaryWarning(pattern, match: match, isSoleMatch: isSoleMatch),
      suggestions: dictionarySuggestions(pattern, token: match.token))
  }

  private static func dictionaryWarning(
    _ pattern: DictionaryPattern, match: Match, isSoleMatch: Bool
  ) -> FeedbackWarning? {
    switch pattern.dictionary {
    case .passwords:
      if isSoleMatch && !pattern.isL33t && !pattern.isReversed {
        if pattern.rank <= 10 {
          return .topTenPassword
        }
        return pattern.rank <= 100 ? .topHundredPassword : .veryCommonPassword
      }
      return match.guessesLog10 <= 4 ? .similarToCommonPassword : nil
    case .englishWikipedia:
      return isSoleMatch ? .wordByItself : nil
    case .surnames, .maleNames, .femaleNames:
      return isSoleMatch ? .namesByThemselves : .commonNames
    default:
      return nil
    }
  }

  private static func dictionarySuggestions(
    _ pattern: DictionaryPattern, token: String
  ) -> [FeedbackSuggestion] {
    let scalars = ArraySlice(token.unicodeScalars.map(\.value))
    var suggestions: [FeedbackSuggestion] = []
    let upper = scalars.count(where: \.isASCIIUppercase)
    let startsUpper =
      scalars.count > 1 && scalars[scalars.startIndex].isASCIIUppercase && upper == 1
    let noSmallLetters = !scalars.isEmpty && !scalars.contains(where: \.isASCIILowercase)
    let changesWhenLowered = scalars.contains { PasswordText.lowercase($0) != $0 }
    if startsUpper {
      suggestions.append(.capitalizationDoesNotHelp)
    } else if noSmallLetters && changesWhenLowered {
      suggestions.append(.allUppercaseDoesNotHelp)
    }
    if pattern.isReversed && scalars.count >= 4 {
      suggestions.append(.reversedWordsDoNotHelp)
    }
    if pattern.isL33t {
      suggestions.append(.substitutionsDoNotHelp)
    }
    return suggestions
  }
}
