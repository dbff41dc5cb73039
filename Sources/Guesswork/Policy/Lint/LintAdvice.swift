/// Weak, ineffective or unusual settings that `guesswork lint` warns about.
///
/// Messages are built here, in one place.
enum LintAdvice: Sendable, Hashable {
  case noMinimumLength
  case weakMinimumLength(Int)
  case lowMaximumLength(Int)
  case noBlocklist
  case shortKeyboardWalkLimit(Int)
  case strictSequenceLimit(Int)
  case strictRepeatLimit
  case weakMinimumScore(Int)
  case historyWithoutRotation
  case historyWithoutMinimumAge(remember: Int)
  case weakBcryptCost(Int)
  case weakArgon2(memoryKiB: Int, iterations: Int)
  case highLockoutThreshold(Int)
  case nothingEnforced
  case emptySection(PolicySection)
  /// A setting that the policy's `prohibits` list, declared in `source`,
  /// rules out.
  case prohibitedSetting(String, source: String)

  var code: String {
    switch self {
    case .noMinimumLength: "no_minimum_length"
    case .weakMinimumLength: "weak_minimum_length"
    case .lowMaximumLength: "low_maximum_length"
    case .noBlocklist: "no_blocklist"
    case .shortKeyboardWalkLimit: "short_keyboard_walk_limit"
    case .strictSequenceLimit: "strict_sequence_limit"
    case .strictRepeatLimit: "strict_repeat_limit"
    case .weakMinimumScore: "weak_minimum_score"
    case .historyWithoutRotation: "history_without_rotation"
    case .historyWithoutMinimumAge: "history_without_minimum_age"
    case .weakBcryptCost: "weak_bcrypt_cost"
    case .weakArgon2: "weak_argon2_parameters"
    case .highLockoutThreshold: "high_lockout_threshold"
    case .nothingEnforced: "nothing_enforced"
    case .emptySection: "empty_section"
    case .prohibitedSetting: "prohibited_setting"
    }
  }

  var message: String {
    switch self {
    case .noMinimumLength:
      "no minimum length is set; length matters most for strength, so "
        + "set 'length.minimum' (NIST asks 15, or 8 with a second factor)"
    case .weakMinimumLength(let minimum):
      "'length.minimum' is \(minimum); fewer than 8 characters "
        + "are guessed quickly, so raise it to 8 or more"
    case .lowMaximumLength(let maximum):
      "'length.maximum' is \(maximum); NIST and OWASP ASVS ask to "
        + "accept at least 64 characters so that passphrases fit"
    case .noBlocklist:
      "no blocklist is set; NIST SP 800-63B requires comparing "
        + "passwords with common and breached ones, so add 'blocklist'"
    case .shortKeyboardWalkLimit(let maximum):
      "'keyboard_walks.maximum_length' is \(maximum); ordinary words contain walks of 3 or 4 keys "
        + "(such as 'ase#' in 'phrase#'), so expect many false rejections below 4"
    case .strictSequenceLimit(let maximum):
      "'sequences.maximum_length' is \(maximum); common words contain runs of 2 (such as 'st' or "
        + "'no'), so a limit below 3 rejects ordinary passwords"
    case .strictRepeatLimit:
      "'repeated_characters.maximum_run' is 1, which rejects any "
        + "doubled letter, as in 'book'; 2 forbids only three in a row"
    case .weakMinimumScore(let score):
      "'strength.minimum_score' is \(score); scores below 2 resist only throttled online guessing"
    case .historyWithoutRotation:
      "'history' is set without 'rotation.maximum_age_days'; "
        + "it only applies when users change passwords by choice"
    case .historyWithoutMinimumAge(let remember):
      "'history.remember' is \(remember) but no 'rotation.minimum_age_days' is set; users can "
        + "change \(remember) times in a row to get an old password back"
    case .weakBcryptCost(let cost):
      "'hashing.bcrypt.cost' is \(cost); the OWASP Password Storage Cheat Sheet asks for 10 or more"
    case .weakArgon2(let memory, let iterations):
      "'hashing.argon2id' uses \(memory) KiB and \(iterations) passes, below every OWASP minimum "
        + "(such as 19456 KiB with 2 passes); raise memory or passes"
    case .highLockoutThreshold(let threshold):
      "'lockout.threshold' is \(threshold); allowing more than "
        + "100 failures leaves online guessing nearly unthrottled"
    case .nothingEnforced:
      "every rule only warns, so no password is ever rejected; "
        + "set 'enforcement' to 'enforce' once the rollout is done"
    case .emptySection(let section):
      "'\(section.rawValue)' sets nothing, so it has no effect; add settings or remove it"
    case .prohibitedSetting(let setting, let source):
      "'\(setting)' is set, but \(source) prohibits it for policies that extend it; "
        + "remove the setting, or extend a policy that allows it"
    }
  }
}
