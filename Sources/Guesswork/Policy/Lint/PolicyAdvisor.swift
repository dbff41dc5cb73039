/// Finds weak, ineffective or unusual settings in a policy that loads.
struct PolicyAdvisor {
  let policy: PasswordPolicy
  private var found: [LintFinding] = []

  init(policy: PasswordPolicy) {
    self.policy = policy
  }

  func findings() -> [LintFinding] {
    var advisor = self
    advisor.adviseOnLength()
    advisor.adviseOnPatterns()
    advisor.adviseOnAccount()
    advisor.adviseOnHashing()
    advisor.adviseOnEnforcement()
    advisor.adviseOnEmptySections()
    advisor.adviseOnProhibitions()
    return advisor.found
  }

  private mutating func warn(_ advice: LintAdvice, at path: String) {
    found.append(
      LintFinding(
        severity: .warning, code: advice.code, message: advice.message,
        location: policy.locations.nearest(path)))
  }

  private mutating func adviseOnLength() {
    guard let minimum = policy.length?.minimum else {
      warn(.noMinimumLength, at: "length")
      return
    }
    if minimum < 8 {
      warn(.weakMinimumLength(minimum), at: "length.minimum")
    }
    if let maximum = policy.length?.maximum, maximum < 64 {
      warn(.lowMaximumLength(maximum), at: "length.maximum")
    }
  }

  private mutating func adviseOnPatterns() {
    if policy.blocklist == nil {
      warn(.noBlocklist, at: "")
    }
    if let walks = policy.keyboardWalks, walks.maximumLength < 4 {
      warn(.shortKeyboardWalkLimit(walks.maximumLength), at: "keyboard_walks.maximum_length")
    }
    if let sequences = policy.sequences, sequences.maximumLength < 3 {
      warn(.strictSequenceLimit(sequences.maximumLength), at: "sequences.maximum_length")
    }
    if policy.repeatedCharacters?.maximumRun == 1 {
      warn(.strictRepeatLimit, at: "repeated_characters.maximum_run")
    }
    if let score = policy.strength?.minimumScore, score.rawValue < 2 {
      warn(.weakMinimumScore(score.rawValue), at: "strength.minimum_score")
    }
  }

  private mutating func adviseOnAccount() {
    if let history = policy.history, history.rememberedCount > 0 {
      if policy.rotation?.maximumAgeDays == nil {
        warn(.historyWithoutRotation, at: "history")
      }
      if history.rememberedCount > 1, (policy.rotation?.minimumAgeDays ?? 0) == 0 {
        warn(.historyWithoutMinimumAge(remember: history.rememberedCount), at: "history.remember")
      }
    }
    if let lockout = policy.lockout, lockout.failureThreshold > 100 {
      warn(.highLockoutThreshold(lockout.failureThreshold), at: "lockout.threshold")
    }
  }

  private mutating func adviseOnHashing() {
    guard let hashing = policy.hashing else { return }
    let usesBcrypt = hashing.algorithm == .bcrypt || hashing.acceptedAlgorithms.contains(.bcrypt)
    if usesBcrypt, hashing.bcrypt.cost < BcryptParameters.owaspMinimum.cost {
      warn(.weakBcryptCost(hashing.bcrypt.cost), at: "hashing.bcrypt.cost")
    }
    let usesArgon2 =
      hashing.algorithm == .argon2id || hashing.acceptedAlgorithms.contains(.argon2id)
    if usesArgon2, !hashing.argon2id.meetsOWASPMinimum {
      warn(
        .weakArgon2(memoryKiB: hashing.argon2id.memoryKiB, iterations: hashing.argon2id.iterations),
        at: "hashing.argon2id")
    }
  }

  private mutating func adviseOnEnforcement() {
    let sections = policy.presentSections.filter { ![.rotation, .lockout, .hashing].contains($0) }
    guard !sections.isEmpty, sections.allSatisfy({ policy.enforcement(of: $0) == .warn }) else {
      return
    }
    warn(.nothingEnforced, at: policy.locations["enforcement"] == nil ? "" : "enforcement")
  }

  private mutating func adviseOnEmptySections() {
    let empty: [(PolicySection, Bool)] = [
      (.length, policy.length.map { $0.minimum == nil && $0.maximum == nil } ?? false),
      (
        .characterClasses,
        policy.characterClasses.map {
          $0.required.isEmpty && $0.minimumClasses == nil && $0.minimums.isEmpty
        } ?? false
      ),
      (.characters, policy.characters.map { $0.allowed == nil && $0.forbidden == nil } ?? false),
      (.blocklist, policy.blocklist.map { $0.commonPasswords == nil && $0.files.isEmpty } ?? false),
      (
        .strength,
        policy.strength.map { $0.minimumScore == nil && $0.minimumGuessesLog10 == nil } ?? false
      ),
      (
        .rotation,
        policy.rotation.map { $0.maximumAgeDays == nil && ($0.minimumAgeDays ?? 0) == 0 } ?? false
      ),
    ]
    for (section, isEmpty) in empty where isEmpty {
      warn(.emptySection(section), at: section.rawValue)
    }
  }

  private mutating func adviseOnProhibitions() {
    let source = policy.locations["prohibits"].map { "'\($0.file)'" } ?? "this policy"
    for setting in policy.prohibitedSettings where PolicySettingPath.isSet(setting, in: policy) {
      warn(.prohibitedSetting(setting, source: source), at: setting)
    }
  }
}

/// Reads whether a dotted setting path such as `rotation.maximum_age_days`
/// is set in a policy.
enum PolicySettingPath {
  static func isSet(_ path: String, in policy: PasswordPolicy) -> Bool {
    let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
    guard let section = parts.first.flatMap(PolicySection.init(rawValue:)) else { return false }
    guard policy.presentSections.contains(section) else { return false }
    guard parts.count == 2 else { return true }
    // A setting counts as set when the file wrote it, which the loader
    // recorded with its location.
    return policy.locations[path] != nil
  }
}
