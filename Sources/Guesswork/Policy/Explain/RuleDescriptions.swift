import Foundation

/// One English sentence per policy section, with the section's figures.
enum RuleDescriptions {
  static func describe(_ section: PolicySection, in policy: PasswordPolicy) -> String {
    switch section {
    case .length: length(policy.length)
    case .characterClasses: classes(policy.characterClasses)
    case .characters: characters(policy.characters)
    case .repeatedCharacters:
      "Repeats: no character more than "
        + "\(times(policy.repeatedCharacters?.maximumRun ?? 0)) in a row."
    case .sequences:
      "Sequences: no run of more than \(policy.sequences?.maximumLength ?? 0) "
        + "consecutive letters or digits, "
        + "such as \"abcd\" or \"4321\"."
    case .keyboardWalks: keyboard(policy.keyboardWalks)
    case .forbiddenSubstrings: substrings(policy.forbiddenSubstrings)
    case .context: context(policy.context)
    case .blocklist: blocklist(policy.blocklist)
    case .strength: strength(policy.strength)
    case .rotation: rotation(policy.rotation)
    case .history: history(policy.history)
    case .lockout: lockout(policy.lockout)
    case .hashing: hashing(policy.hashing)
    }
  }

  private static func length(_ rule: LengthLimits?) -> String {
    let bounds: String =
      switch (rule?.minimum, rule?.maximum) {
      case (let minimum?, let maximum?): "at least \(minimum) and at most \(maximum) characters"
      case (let minimum?, nil): "at least \(minimum) characters"
      case (nil, let maximum?): "at most \(maximum) characters"
      case (nil, nil): "no limits"
      }
    return "Length: \(bounds), counted in Unicode code points after NFKC normalisation."
  }

  private static func classes(_ rule: RequiresCharacterClasses?) -> String {
    guard let rule else { return "Character classes: none." }
    var parts: [String] = []
    if !rule.required.isEmpty {
      parts.append("at least one " + rule.required.map(className).joined(separator: ", one "))
    }
    for (characterClass, minimum) in rule.minimums.sorted(by: { $0.key < $1.key }) {
      parts.append("at least \(minimum) of class \(characterClass.rawValue)")
    }
    if let minimumClasses = rule.minimumClasses {
      parts.append(
        "characters from at least \(minimumClasses) of the 5 classes "
          + "(lowercase, uppercase, letters without case, digits, symbols)")
    }
    let text = parts.isEmpty ? "no requirement" : parts.joined(separator: "; ")
    return "Character classes: \(text). Classes follow Unicode categories, so É is uppercase."
  }

  private static func className(_ characterClass: CharacterClass) -> String {
    switch characterClass {
    case .lower: "lowercase letter"
    case .upper: "uppercase letter"
    case .otherLetter: "letter from a script without case"
    case .letter: "letter of any script"
    case .digit: "digit"
    case .symbol: "symbol or space"
    }
  }

  private static func characters(_ rule: RestrictsCharacterSet?) -> String {
    var parts: [String] = []
    if let allowed = rule?.allowed {
      parts.append("only \(describe(allowed)) are accepted")
    }
    if let forbidden = rule?.forbidden {
      parts.append("\(describe(forbidden)) are rejected")
    }
    return "Characters: \(parts.isEmpty ? "no restriction" : parts.joined(separator: "; "))."
  }

  /// Describes a set as "characters of class a or b, or the characters "xy"".
  private static func describe(_ set: PolicyCharacterSet) -> String {
    var parts: [String] = []
    if !set.classes.isEmpty {
      parts.append(
        "characters of class " + set.classes.map(\.rawValue).sorted().joined(separator: " or "))
    }
    if !set.characters.isEmpty {
      let listed = set.characters.sorted { $0.value < $1.value }.map { scalar in
        scalar.properties.generalCategory == .control
          ? "U+" + String(scalar.value, radix: 16, uppercase: true) : String(scalar)
      }
      parts.append("the characters \"\(listed.joined())\"")
    }
    return parts.joined(separator: ", or ")
  }

  private static func keyboard(_ rule: ForbidsKeyboardWalks?) -> String {
    let layouts = (rule?.layouts ?? []).map(\.rawValue).joined(separator: ", ")
    return
      "Keyboard walks: no path of more than "
      + "\(rule?.maximumLength ?? 0) neighbouring keys on \(layouts)."
  }

  private static func substrings(_ rule: ForbidsSubstrings?) -> String {
    let entries = (rule?.substrings ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
    let l33t =
      rule?.matchesL33t == false ? "" : ", also written with l33t substitutions such as @ for a"
    return "Forbidden substrings: must not contain \(entries), ignoring case\(l33t)."
  }

  private static func context(_ rule: ForbidsUserData?) -> String {
    let similarity = String(format: "%.2f", rule?.maximumSimilarity ?? 0)
    return "Context: must not contain the user name, email address, name or other account words "
      + "(or their parts of \(rule?.minimumTokenLength ?? 0) "
      + "characters or more), forwards or backwards, "
      + "nor resemble them with a similarity of \(similarity) or more."
  }

  private static func blocklist(_ rule: ForbidsBlocklistedPasswords?) -> String {
    var parts: [String] = []
    if let common = rule?.commonPasswords {
      parts.append("one of the \(common) most common passwords")
    }
    for file in rule?.files ?? [] {
      parts.append("on the list '\(file.path)' (\(file.keys.count) entries)")
    }
    let text =
      parts.isEmpty
      ? "no list is set" : "the whole password must not be " + parts.joined(separator: ", nor ")
    return "Blocklist: \(text); case and look-alike characters are ignored."
  }

  private static func strength(_ rule: RequiresMinimumStrength?) -> String {
    var parts: [String] = []
    if let score = rule?.minimumScore {
      parts.append("an estimated strength score of at least \(score.rawValue) of 4")
    }
    if let guesses = rule?.minimumGuessesLog10 {
      parts.append("at least 10^\(String(format: "%.1f", guesses)) estimated guesses")
    }
    return "Strength: \(parts.isEmpty ? "no minimum" : parts.joined(separator: " and "))."
  }

  private static func times(_ count: Int) -> String {
    count == 1 ? "once" : "\(count) times"
  }
}
