/// Locks an account for a while after too many failed logins.
///
/// When the failures inside the observation window reach
/// ``failureThreshold``, the account locks for ``lockDuration``. With a
/// growing rule each further lock, before a successful login or an
/// administrator reset, lasts ``Growth/multiplying(factor:maximum:)`` times
/// longer, up to the maximum.
///
///     // Five failures within 15 minutes lock for 15 minutes, then 30, 60,
///     // and at most 4 hours.
///     let rule = try LockoutRule(
///       failureThreshold: 5, observationWindow: .seconds(900),
///       lockDuration: .seconds(900), growth: .doubling(maximum: .seconds(14_400)))
///
/// The rule is pure: the host stores a ``LockoutState`` per account and
/// runs ``apply(_:to:at:)`` for each event. See that method for how to
/// apply transitions atomically.
public struct LockoutRule: Sendable, Hashable {
  /// Growth of successive locks until a successful login or a reset.
  public enum Growth: Sendable, Hashable {
    /// Every lock lasts ``LockoutRule/lockDuration``.
    case fixed
    /// Lock *k* lasts `lockDuration × factor^(k − 1)`, capped at `maximum`.
    case multiplying(factor: Int, maximum: Duration)

    /// Returns growth in which each lock lasts twice as long as the one
    /// before, up to `maximum`.
    public static func doubling(maximum: Duration) -> Growth {
      .multiplying(factor: 2, maximum: maximum)
    }
  }

  /// Number of failures inside the window that locks the account. The
  /// failure that reaches this count locks it.
  public let failureThreshold: Int
  /// Time during which a failure counts. A failure counts while it is less
  /// than this old, so one exactly this old no longer counts.
  public let observationWindow: Duration
  /// Length of the first lock.
  public let lockDuration: Duration
  /// Growth of later locks.
  public let growth: Growth

  /// Creates a rule and checks its settings.
  ///
  /// - Parameters:
  ///   - failureThreshold: 1 or more.
  ///   - observationWindow: longer than zero.
  ///   - lockDuration: longer than zero.
  ///   - growth: `.fixed`, or a factor of 2 or more with a maximum no
  ///     shorter than `lockDuration`.
  /// - Throws: ``LifecycleRuleError`` naming the first impossible setting.
  public init(
    failureThreshold: Int,
    observationWindow: Duration,
    lockDuration: Duration,
    growth: Growth = .fixed
  ) throws(LifecycleRuleError) {
    guard failureThreshold >= 1 else {
      throw .countBelowOne(.failureThreshold, value: failureThreshold)
    }
    guard observationWindow.isPositive else {
      throw .durationNotPositive(.observationWindow, value: observationWindow)
    }
    guard lockDuration.isPositive else {
      throw .durationNotPositive(.lockDuration, value: lockDuration)
    }
    if case .multiplying(let factor, let maximum) = growth {
      guard factor >= 2 else { throw .growthFactorBelowTwo(factor: factor) }
      guard maximum >= lockDuration else {
        throw .maximumLockBelowLockDuration(lock: lockDuration, maximum: maximum)
      }
    }
    self.failureThreshold = failureThreshold
    self.observationWindow = observationWindow
    self.lockDuration = lockDuration
    self.growth = growth
  }

  /// Returns the length of lock number `lockNumber`, counted from 1 since
  /// the last successful login or reset. Numbers below 1 count as 1.
  ///
  /// - Complexity: O(log(maximum ÷ lockDuration)), whatever `lockNumber` is.
  public func duration(ofLock lockNumber: Int) -> Duration {
    guard case .multiplying(let factor, let maximum) = growth else { return lockDuration }
    var length = lockDuration
    for _ in 1..<max(lockNumber, 1) {
      // Checking before multiplying keeps the product within `maximum`,
      // so it cannot overflow.
      guard length <= maximum / factor else { return maximum }
      length *= factor
    }
    return min(length, maximum)
  }
}
