/// Section-by-section bounds of ``StandardComparison``.
extension StandardComparison {
  mutating func comparePasswordRules() {
    compareLength()
    compareClasses()
    if bothHave(
      .repeatedCharacters, policy.repeatedCharacters != nil, standard.repeatedCharacters != nil)
    {
      atMost(
        "repeated_characters.maximum_run", policy.repeatedCharacters?.maximumRun,
        standard.repeatedCharacters?.maximumRun)
    }
    if bothHave(.sequences, policy.sequences != nil, standard.sequences != nil) {
      atMost(
        "sequences.maximum_length", policy.sequences?.maximumLength,
        standard.sequences?.maximumLength)
    }
    compareKeyboardAndSubstrings()
    compareContextBlocklistAndStrength()
  }

  mutating func compareAccountRules() {
    if bothHave(.rotation, policy.rotation != nil, standard.rotation != nil) {
      atMost(
        "rotation.maximum_age_days", policy.rotation?.maximumAgeDays,
        standard.rotation?.maximumAgeDays)
      atLeast(
        "rotation.minimum_age_days", policy.rotation?.minimumAgeDays,
        standard.rotation?.minimumAgeDays)
    }
    if bothHave(.history, policy.history != nil, standard.history != nil) {
      atLeast(
        "history.remember", policy.history?.rememberedCount, standard.history?.rememberedCount)
      let changed = standard.history.map(\.minimumChangedCharacters).flatMap { $0 > 0 ? $0 : nil }
      atLeast(
        "history.minimum_changed_characters", policy.history?.minimumChangedCharacters, changed)
    }
    if bothHave(.lockout, policy.lockout != nil, standard.lockout != nil) {
      atMost(
        "lockout.threshold", policy.lockout?.failureThreshold, standard.lockout?.failureThreshold)
      atLeast(
        "lockout.window_minutes", policy.lockout.map(minutes(\.observationWindow)),
        standard.lockout.map(minutes(\.observationWindow)))
      atLeast(
        "lockout.lock_minutes", policy.lockout.map(minutes(\.lockDuration)),
        standard.lockout.map(minutes(\.lockDuration)))
    }
    if bothHave(.hashing, policy.hashing != nil, standard.hashing != nil),
      let mine = policy.hashing, let theirs = standard.hashing
    {
      atLeast("hashing.argon2id.memory_kib", mine.argon2id.memoryKiB, theirs.argon2id.memoryKiB)
      atLeast("hashing.argon2id.iterations", mine.argon2id.iterations, theirs.argon2id.iterations)
      atLeast("hashing.bcrypt.cost", mine.bcrypt.cost, theirs.bcrypt.cost)
      let extra = mine.acceptedAlgorithms.subtracting(theirs.acceptedAlgorithms).map(\.rawValue)
        .sorted()
      if !extra.isEmpty {
        report(
          .prohibited(path: "hashing.accept: \(extra.joined(separator: ", "))", standard: name),
          at: "hashing.accept")
      }
    }
  }

  private mutating func compareLength() {
    guard bothHave(.length, policy.length != nil, standard.length != nil) else { return }
    atLeast("length.minimum", policy.length?.minimum, standard.length?.minimum)
    // A maximum is what a policy must accept, so a higher one, or none, is stricter.
    atLeast(
      "length.maximum", policy.length?.maximum, standard.length?.maximum, unsetMeansUnlimited: true)
  }

  private mutating func compareClasses() {
    guard
      bothHave(.characterClasses, policy.characterClasses != nil, standard.characterClasses != nil),
      let mine = policy.characterClasses, let theirs = standard.characterClasses
    else { return }
    let mineCovers = { (required: CharacterClass) in
      (mine.required + Array(mine.minimums.keys)).contains {
        required.includes($0) || $0 == required
      }
    }
    let missing = theirs.required.filter { !mineCovers($0) }.map(\.rawValue)
    if !missing.isEmpty {
      report(
        .missingEntries(path: "character_classes.required", entries: missing, standard: name),
        at: "character_classes.required")
    }
    atLeast("character_classes.minimum_classes", mine.minimumClasses, theirs.minimumClasses)
    for (characterClass, minimum) in theirs.minimums.sorted(by: { $0.key < $1.key }) {
      atLeast(
        "character_classes.minimums.\(characterClass.rawValue)", mine.minimums[characterClass],
        minimum)
    }
  }

  private mutating func compareKeyboardAndSubstrings() {
    if bothHave(.keyboardWalks, policy.keyboardWalks != nil, standard.keyboardWalks != nil),
      let mine = policy.keyboardWalks, let theirs = standard.keyboardWalks
    {
      atMost("keyboard_walks.maximum_length", mine.maximumLength, theirs.maximumLength)
      containsAll(
        "keyboard_walks.layouts", mine.layouts.map(\.rawValue), theirs.layouts.map(\.rawValue))
    }
    if bothHave(
      .forbiddenSubstrings, policy.forbiddenSubstrings != nil, standard.forbiddenSubstrings != nil),
      let mine = policy.forbiddenSubstrings, let theirs = standard.forbiddenSubstrings
    {
      let folded = mine.substrings.map(UnicodeNormalizer.caseFolded)
      let missing = theirs.substrings.filter { !folded.contains(UnicodeNormalizer.caseFolded($0)) }
      if !missing.isEmpty {
        report(
          .missingEntries(
            path: "forbidden_substrings.substrings", entries: missing, standard: name),
          at: "forbidden_substrings.substrings")
      }
      if theirs.matchesL33t && !mine.matchesL33t {
        report(
          .weaker(
            path: "forbidden_substrings.l33t", value: "false", requirement: "true", standard: name),
          at: "forbidden_substrings.l33t")
      }
    }
  }

  private mutating func compareContextBlocklistAndStrength() {
    if bothHave(.context, policy.context != nil, standard.context != nil),
      let mine = policy.context, let theirs = standard.context
    {
      atMost("context.minimum_token_length", mine.minimumTokenLength, theirs.minimumTokenLength)
      atMost("context.maximum_similarity", mine.maximumSimilarity, theirs.maximumSimilarity)
    }
    if bothHave(.blocklist, policy.blocklist != nil, standard.blocklist != nil),
      let mine = policy.blocklist, let theirs = standard.blocklist
    {
      atLeast("blocklist.common_passwords", mine.commonPasswords, theirs.commonPasswords)
      containsAll("blocklist.files", mine.files.map(\.path), theirs.files.map(\.path))
    }
    if bothHave(.strength, policy.strength != nil, standard.strength != nil),
      let mine = policy.strength, let theirs = standard.strength
    {
      atLeast("strength.minimum_score", mine.minimumScore?.rawValue, theirs.minimumScore?.rawValue)
      atLeast(
        "strength.minimum_guesses_log10", mine.minimumGuessesLog10, theirs.minimumGuessesLog10)
    }
  }

  private func minutes(_ keyPath: KeyPath<LockoutRule, Duration>) -> (LockoutRule) -> Int {
    { Int($0[keyPath: keyPath].components.seconds / 60) }
  }
}
