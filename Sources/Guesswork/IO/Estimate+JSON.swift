extension Estimate {
  /// Writes the estimate's fields into an open JSON object, using zxcvbn's
  /// field names.
  ///
  /// - Parameter includeSecrets: when false, nothing that spells part of the
  ///   password or pins down a list position is written. That leaves out the
  ///   password, tokens, matched words, ranks, substitutions, repeated units
  ///   and their counts, date and year values, spans and lengths, and exact
  ///   guess counts and crack times, because a single common word's count is
  ///   its rank. `guesses_log10` is rounded down to a whole number, and the
  ///   crack times are text computed from that order of magnitude.
  public func writeFields(to json: inout JSONWriter, includeSecrets: Bool) {
    if includeSecrets {
      json.string(password, key: "password")
      json.number(guesses, key: "guesses")
      json.number(guessesLog10, key: "guesses_log10")
    } else {
      json.number(coarseGuessesLog10, key: "guesses_log10")
    }
    json.integer(score.rawValue, key: "score")
    if includeSecrets {
      json.beginObject("crack_times_seconds")
      for scenario in crackTimes.scenarios {
        json.number(scenario.seconds, key: scenario.key)
      }
      json.endObject()
    }
    json.beginObject("crack_times_display")
    let shownTimes = includeSecrets ? crackTimes : coarseCrackTimes
    for scenario in shownTimes.scenarios {
      json.string(DurationText.describe(seconds: scenario.seconds), key: scenario.key)
    }
    json.endObject()
    feedback.write(to: &json)
    json.beginArray("sequence")
    for match in sequence {
      json.beginObject()
      match.writeFields(to: &json, includeSecrets: includeSecrets)
      json.endObject()
    }
    json.endArray()
    if includeSecrets {
      json.integer(analyzedLength, key: "analyzed_length")
    }
    json.bool(isTruncated, key: "truncated")
  }
}

extension Feedback {
  /// Writes `"feedback": {"warning": …, "suggestions": […]}`, each entry as
  /// a key with its English text.
  public func write(to json: inout JSONWriter) {
    json.beginObject("feedback")
    if let warning {
      json.beginObject("warning")
      json.string(warning.rawValue, key: "key")
      json.string(warning.text, key: "text")
      json.endObject()
    } else {
      json.null(key: "warning")
    }
    json.beginArray("suggestions")
    for suggestion in suggestions {
      json.beginObject()
      json.string(suggestion.rawValue, key: "key")
      json.string(suggestion.text, key: "text")
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }
}

extension Match {
  /// Writes the match's fields into an open JSON object.
  public func writeFields(to json: inout JSONWriter, includeSecrets: Bool) {
    json.string(pattern.name, key: "pattern")
    if includeSecrets {
      json.integer(startIndex, key: "i")
      json.integer(endIndex, key: "j")
      json.string(token, key: "token")
      json.number(guesses, key: "guesses")
      json.number(guessesLog10, key: "guesses_log10")
    }
    pattern.writeFields(to: &json, includeSecrets: includeSecrets)
  }
}

extension Pattern {
  fileprivate func writeFields(to json: inout JSONWriter, includeSecrets: Bool) {
    switch self {
    case .dictionary(let details):
      details.writeFields(to: &json, includeSecrets: includeSecrets)
    case .spatial(let details):
      json.string(details.layout.rawValue, key: "graph")
      json.integer(details.turns, key: "turns")
      json.integer(details.shiftedCount, key: "shifted_count")
    case .repeat(let details):
      // The unit and its count give the password's length and more, so
      // they are written only with secrets.
      guard includeSecrets else { break }
      json.string(details.baseToken, key: "base_token")
      json.number(details.baseGuesses, key: "base_guesses")
      json.integer(details.repeatCount, key: "repeat_count")
      json.beginArray("base_matches")
      for match in details.baseMatches {
        json.beginObject()
        match.writeFields(to: &json, includeSecrets: includeSecrets)
        json.endObject()
      }
      json.endArray()
    case .sequence(let details):
      json.string(details.kind.rawValue, key: "sequence_name")
      json.integer(details.space, key: "sequence_space")
      json.bool(details.isAscending, key: "ascending")
    case .regex(let details):
      json.string(details.kind.rawValue, key: "regex_name")
      if includeSecrets {
        json.integer(details.year, key: "year")
      }
    case .date(let details):
      if includeSecrets {
        json.string(details.separator, key: "separator")
        json.integer(details.year, key: "year")
        json.integer(details.month, key: "month")
        json.integer(details.day, key: "day")
      }
    case .bruteforce:
      break
    }
  }
}

extension DictionaryPattern {
  fileprivate func writeFields(to json: inout JSONWriter, includeSecrets: Bool) {
    json.string(dictionary.rawValue, key: "dictionary_name")
    json.bool(isReversed, key: "reversed")
    json.bool(isL33t, key: "l33t")
    if includeSecrets {
      json.string(matchedWord, key: "matched_word")
      json.integer(rank, key: "rank")
      json.beginObject("sub")
      for substitution in substitutions {
        json.string(String(substitution.letter), key: String(substitution.substitute))
      }
      json.endObject()
      json.number(baseGuesses, key: "base_guesses")
      json.number(uppercaseVariations, key: "uppercase_variations")
      json.number(l33tVariations, key: "l33t_variations")
    }
  }
}
