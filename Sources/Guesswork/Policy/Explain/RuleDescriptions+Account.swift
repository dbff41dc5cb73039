import Foundation

extension RuleDescriptions {
  static func rotation(_ rule: PasswordAgeRule?) -> String {
    var parts: [String] = []
    if let maximum = rule?.maximumAgeDays {
      parts.append("the password must change every \(days(maximum))")
    } else {
      parts.append("passwords never expire")
    }
    if let minimum = rule?.minimumAgeDays, minimum > 0 {
      parts.append("it may change again only after \(days(minimum))")
    }
    if let warning = rule?.warningDays, warning > 0 {
      parts.append("users are warned \(days(warning)) before expiry")
    }
    return
      "Rotation: \(parts.joined(separator: "; ")). Days are "
      + "periods of 24 hours since the password was set."
  }

  static func history(_ rule: PasswordHistoryRule?) -> String {
    guard let rule, rule.rememberedCount > 0 else {
      return "History: not checked; any earlier password may be chosen again."
    }
    var text =
      rule.rememberedCount == 1
      ? "History: the new password must differ from the current one"
      : "History: the new password must differ from the current "
        + "one and the \(rule.rememberedCount - 1) before it"
    if rule.minimumChangedCharacters > 0 {
      text += ", and change at least \(rule.minimumChangedCharacters) characters of the current one"
    }
    return text + "."
  }

  static func lockout(_ rule: LockoutRule?) -> String {
    guard let rule else { return "Lockout: none." }
    var text =
      "Lockout: \(rule.failureThreshold) failed logins within \(minutes(rule.observationWindow)) "
      + "lock the account for \(minutes(rule.lockDuration))"
    if case .multiplying(let factor, let maximum) = rule.growth {
      text += "; each further lock lasts \(factor) times longer, up to \(minutes(maximum))"
    }
    return text + "."
  }

  static func hashing(_ policy: HashingPolicy?) -> String {
    guard let policy else { return "Hashing: not set." }
    let argon2 = policy.argon2id
    let argon2Text =
      "Argon2id with \(argon2.memoryKiB) KiB of memory, \(argon2.iterations) passes and "
      + "\(argon2.parallelism) \(argon2.parallelism == 1 ? "lane" : "lanes")"
    let bcryptText = "bcrypt at cost \(policy.bcrypt.cost)"
    let newHashes = policy.algorithm == .argon2id ? argon2Text : bcryptText
    let accepted = HashAlgorithm.allCases.filter(policy.acceptedAlgorithms.contains).map {
      algorithm in
      algorithm == .argon2id
        ? "Argon2id with at least \(argon2.memoryKiB) KiB and \(argon2.iterations) passes"
        : "bcrypt of cost \(policy.bcrypt.cost) or more"
    }
    return "Hashing: new hashes use \(newHashes); stored hashes stay valid if they are "
      + accepted.joined(separator: " or ") + ", and are rehashed at the next login otherwise."
  }

  private static func days(_ count: Int) -> String {
    count == 1 ? "1 day" : "\(count) days"
  }

  private static func minutes(_ duration: Duration) -> String {
    let seconds = Int(duration.components.seconds)
    if seconds % 3600 == 0 {
      let hours = seconds / 3600
      return hours == 1 ? "1 hour" : "\(hours) hours"
    }
    let minutes = seconds / 60
    return minutes == 1 ? "1 minute" : "\(minutes) minutes"
  }
}
