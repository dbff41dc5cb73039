/// Decoding of the sections about accounts rather than passwords: rotation,
/// history, lockout and hashing. The rules themselves check that their
/// settings fit together; their errors are reported at the setting named.
extension PolicyDecoder {
  /// Maximum age or window in days: ten years.
  static let dayLimit = 3_650
  /// Maximum lockout window or lock in minutes: one year.
  static let minuteLimit = 525_600

  func decodeRotation(_ reader: ObjectReader) -> PasswordAgeRule? {
    let maximum = reader.integer("maximum_age_days", in: 1...Self.dayLimit)
    let minimum = reader.integer("minimum_age_days", in: 0...Self.dayLimit)
    let warning = reader.integer("warning_days", in: 0...Self.dayLimit)
    do {
      return try PasswordAgeRule(
        maximumAgeDays: maximum, minimumAgeDays: minimum, warningDays: warning)
    } catch {
      let key: String =
        switch error {
        case .minimumAgeNotBelowMaximum: "minimum_age_days"
        case .warningWithoutMaximumAge, .warningNotBelowMaximumAge: "warning_days"
        default: "maximum_age_days"
        }
      report(error, key: key, in: reader)
      return nil
    }
  }

  func decodeHistory(_ reader: ObjectReader) -> PasswordHistoryRule? {
    let remember = required("remember", in: reader) { reader.integer($0, in: 0...Self.countLimit) }
    let changed = reader.integer("minimum_changed_characters", in: 0...Self.countLimit)
    guard let remember else { return nil }
    do {
      return try PasswordHistoryRule(
        rememberedCount: remember, minimumChangedCharacters: changed ?? 0)
    } catch {
      report(error, key: "remember", in: reader)
      return nil
    }
  }

  func decodeLockout(_ reader: ObjectReader) -> LockoutRule? {
    let threshold = required("threshold", in: reader) {
      reader.integer($0, in: 1...Self.countLimit)
    }
    let window = required("window_minutes", in: reader) {
      reader.integer($0, in: 1...Self.minuteLimit)
    }
    let lock = required("lock_minutes", in: reader) { reader.integer($0, in: 1...Self.minuteLimit) }
    let factor = reader.integer("growth_factor", in: 2...16)
    let maximum = reader.integer("maximum_lock_minutes", in: 1...Self.minuteLimit)
    let hasFactor = reader.contains("growth_factor")
    if hasFactor != reader.contains("maximum_lock_minutes") {
      let missing = hasFactor ? "maximum_lock_minutes" : "growth_factor"
      reader.report(.missingKey(key: missing, section: "'\(reader.path)'"), at: reader.location)
      return nil
    }
    guard let threshold, let window, let lock else { return nil }
    let growth: LockoutRule.Growth =
      if let factor, let maximum {
        .multiplying(factor: factor, maximum: .seconds(maximum * 60))
      } else { .fixed }
    do {
      return try LockoutRule(
        failureThreshold: threshold, observationWindow: .seconds(window * 60),
        lockDuration: .seconds(lock * 60), growth: growth)
    } catch {
      report(error, key: "maximum_lock_minutes", in: reader)
      return nil
    }
  }

  func decodeHashing(_ reader: ObjectReader) -> HashingPolicy? {
    let defaults = HashingPolicy.recommended
    let algorithm: HashAlgorithm = reader.choice("algorithm") ?? defaults.algorithm
    let argon2 = reader.object(
      "argon2id", allowedKeys: ["memory_kib", "iterations", "parallelism"])
    let bcrypt = reader.object("bcrypt", allowedKeys: ["cost"])
    let policy = HashingPolicy(
      algorithm: algorithm,
      argon2id: Argon2Parameters(
        memoryKiB: argon2?.integer("memory_kib", in: 8...Int(UInt32.max))
          ?? defaults.argon2id.memoryKiB,
        iterations: argon2?.integer("iterations", in: Argon2Parameters.iterationsRange)
          ?? defaults.argon2id.iterations,
        parallelism: argon2?.integer("parallelism", in: Argon2Parameters.parallelismRange)
          ?? defaults.argon2id.parallelism),
      bcrypt: BcryptParameters(
        cost: bcrypt?.integer("cost", in: BcryptParameters.costRange) ?? defaults.bcrypt.cost),
      acceptedAlgorithms: Set(reader.choiceList("accept", as: HashAlgorithm.self) ?? [algorithm]))
    do {
      try policy.validate(limits: .formatMaximum)
    } catch {
      if case .algorithmForNewHashesNotAccepted = error {
        let location = reader.value("accept")?.location ?? reader.value("algorithm")?.location
        reader.report(
          .invalidHashingSetting(key: reader.keyPath("accept"), error),
          at: location ?? reader.location)
      } else {
        let location = argon2?.value("memory_kib")?.location ?? argon2?.location ?? reader.location
        reader.report(
          .invalidHashingSetting(key: reader.keyPath("argon2id.memory_kib"), error), at: location)
      }
      return nil
    }
    return policy
  }

  private func report(_ error: LifecycleRuleError, key: String, in reader: ObjectReader) {
    let location = reader.contains(key) ? reader.value(key)?.location : reader.location
    reader.report(.invalidLifecycleSetting(key: reader.keyPath(key), error), at: location)
  }
}
