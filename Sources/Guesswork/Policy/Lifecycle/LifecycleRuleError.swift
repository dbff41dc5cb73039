/// A setting of a password lifecycle rule, named as in the docs.
public enum LifecycleSetting: String, Sendable, Hashable, CaseIterable {
  case maximumAge = "maximum age"
  case minimumAge = "minimum age"
  case warningWindow = "warning window"
  case rememberedPasswords = "remembered passwords"
  case minimumChangedCharacters = "minimum changed characters"
  case failureThreshold = "failure threshold"
  case observationWindow = "observation window"
  case lockDuration = "lock duration"
  case maximumLockDuration = "maximum lock duration"
  case growthFactor = "growth factor"
}

/// An impossible setting of ``PasswordAgeRule``, ``PasswordHistoryRule`` or
/// ``LockoutRule``, reported when the rule is created.
///
/// These errors describe a broken configuration, not a weak password, so a
/// policy loader reports them as configuration errors. Every message is built
/// in ``description``.
public enum LifecycleRuleError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A count that must be zero or more is negative.
  case negativeCount(LifecycleSetting, value: Int)
  /// A day count or count that must be at least 1 is zero or negative.
  case countBelowOne(LifecycleSetting, value: Int)
  /// A duration that must be longer than zero is zero or negative.
  case durationNotPositive(LifecycleSetting, value: Duration)
  /// The minimum age is not below the maximum age, so a change would only
  /// be allowed once the password had already expired.
  case minimumAgeNotBelowMaximum(minimumDays: Int, maximumDays: Int)
  /// A warning window is set without a maximum age, so nothing can expire.
  case warningWithoutMaximumAge(warningDays: Int)
  /// The warning window is as long as the maximum age or longer, so the
  /// warning would show from the moment a password is set.
  case warningNotBelowMaximumAge(warningDays: Int, maximumDays: Int)
  /// The maximum lock duration is shorter than the first lock.
  case maximumLockBelowLockDuration(lock: Duration, maximum: Duration)
  /// A growth factor below 2 would never lengthen a lock.
  case growthFactorBelowTwo(factor: Int)

  /// A lowercase message that quotes the value and explains the fix.
  public var description: String {
    switch self {
    case .negativeCount(let setting, let value):
      return "invalid \(setting.rawValue) \(Self.count(value, of: setting)): use 0 or more"
    case .countBelowOne(let setting, let value):
      return "invalid \(setting.rawValue) \(Self.count(value, of: setting)): use 1 or more"
        + Self.switchOffHint(for: setting)
    case .durationNotPositive(let setting, let value):
      return "invalid \(setting.rawValue) \(Self.seconds(value)): use a duration above 0 seconds"
    case .minimumAgeNotBelowMaximum(let minimum, let maximum):
      return "invalid minimum age \(minimum) days: it must be below the maximum age "
        + "of \(maximum) days, or a password could only change after it expired"
    case .warningWithoutMaximumAge(let warning):
      return "invalid warning window \(warning) days: set a maximum age, "
        + "or remove the warning window because passwords never expire"
    case .warningNotBelowMaximumAge(let warning, let maximum):
      return "invalid warning window \(warning) days: it must be shorter than "
        + "the maximum age of \(maximum) days"
    case .maximumLockBelowLockDuration(let lock, let maximum):
      return "invalid maximum lock duration \(Self.seconds(maximum)): it must be at least "
        + "the lock duration of \(Self.seconds(lock))"
    case .growthFactorBelowTwo(let factor):
      return "invalid growth factor \(factor): use 2 or more, or a fixed lock duration"
    }
  }

  /// Returns the way to turn a feature off instead of setting it to zero.
  private static func switchOffHint(for setting: LifecycleSetting) -> String {
    switch setting {
    case .maximumAge: ", or leave it out so that passwords never expire"
    case .failureThreshold: ", or leave out the lockout rule to turn lockout off"
    default: ""
    }
  }

  /// Writes a count with its unit: ages and windows are in days.
  private static func count(_ value: Int, of setting: LifecycleSetting) -> String {
    switch setting {
    case .maximumAge, .minimumAge, .warningWindow: "\(value) days"
    default: "\(value)"
    }
  }

  /// Writes a duration in the largest whole unit, as policy files give
  /// them in minutes or days: "30 minutes", "90 days", "45 seconds".
  private static func seconds(_ duration: Duration) -> String {
    let seconds = duration.components.seconds
    guard duration.components.attoseconds == 0, seconds > 0 else {
      return "\(duration.secondsText) seconds"
    }
    for (size, unit) in [(86_400, "day"), (3_600, "hour"), (60, "minute")]
    where seconds % Int64(size) == 0 {
      let count = seconds / Int64(size)
      return "\(count) \(unit)\(count == 1 ? "" : "s")"
    }
    return "\(seconds) second\(seconds == 1 ? "" : "s")"
  }
}
