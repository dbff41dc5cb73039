import Foundation

extension LockoutRule {
  /// Returns whether the account may attempt to log in at `now`.
  ///
  /// Call this before checking the password, and do not check it while the
  /// account is locked. A lock ends exactly at its `until` moment.
  public func decision(for state: LockoutState, at now: Date) -> LockoutDecision {
    if let until = state.lockedUntil, now < until { return .locked(until: until) }
    return .allow
  }

  /// Computes the state after `event` at `now`, and whether logins are then
  /// allowed.
  ///
  /// - A failed attempt counts unless the account is locked. Failures less
  ///   than ``observationWindow`` old count, including this one; when they
  ///   reach ``failureThreshold`` the account locks for
  ///   ``duration(ofLock:)`` and the failure list is cleared.
  /// - A successful login clears failures and the lock count, unless the
  ///   account is locked: a right password during a lock does not unlock.
  /// - An administrator reset returns the account to
  ///   ``LockoutState/initial``, even during a lock.
  /// - When a lock has ended, failures from before it no longer count. The
  ///   lock count stays, so that the next lock grows.
  ///
  /// The function is pure, so two requests for one account must not both
  /// read the old state and write their own result: one failure would be
  /// lost. Apply it atomically, for example by compare-and-swap with a
  /// version column, retrying on conflict:
  ///
  ///     repeat {
  ///       let (stored, version) = try db.loadLockout(account)
  ///       let next = rule.apply(.failedAttempt, to: stored, at: Date())
  ///       // UPDATE accounts SET lockout = :next, version = version + 1
  ///       //   WHERE id = :account AND version = :version
  ///       if try db.storeLockout(account, next.state, ifVersion: version) {
  ///         return next.decision
  ///       }
  ///     } while true
  ///
  /// or inside a transaction that holds a row lock
  /// (`SELECT … FOR UPDATE`, apply, `UPDATE`, commit).
  ///
  /// - Parameters:
  ///   - event: what happened.
  ///   - state: the stored state.
  ///   - now: the time of the event, passed in so the result is
  ///     reproducible.
  /// - Returns: the new state and the decision for the next attempt.
  /// - Complexity: O(*f*) for *f* stored failure times.
  public func apply(
    _ event: LockoutEvent,
    to state: LockoutState,
    at now: Date
  ) -> LockoutTransition {
    let current = refreshed(state, at: now)
    if case .locked = decision(for: current, at: now), event != .adminReset {
      return LockoutTransition(state: current, decision: decision(for: current, at: now))
    }
    switch event {
    case .failedAttempt:
      return recordFailure(in: current, at: now)
    case .successfulLogin, .adminReset:
      return LockoutTransition(state: .initial, decision: .allow)
    }
  }

  /// Drops an ended lock with the failures before it, and failures that
  /// left the observation window.
  private func refreshed(_ state: LockoutState, at now: Date) -> LockoutState {
    if let until = state.lockedUntil, now >= until {
      return LockoutState(consecutiveLocks: state.consecutiveLocks)
    }
    let window = observationWindow.timeInterval
    let counting = state.failureTimes.filter { now.timeIntervalSince($0) < window }
    return LockoutState(
      failureTimes: counting,
      lockedUntil: state.lockedUntil,
      consecutiveLocks: state.consecutiveLocks)
  }

  private func recordFailure(in state: LockoutState, at now: Date) -> LockoutTransition {
    let failures = state.failureTimes + [now]
    guard failures.count >= failureThreshold else {
      let next = LockoutState(
        failureTimes: failures, lockedUntil: nil, consecutiveLocks: state.consecutiveLocks)
      return LockoutTransition(state: next, decision: .allow)
    }
    let (lockNumber, overflow) = state.consecutiveLocks.addingReportingOverflow(1)
    let locks = overflow ? Int.max : lockNumber
    let until = now.addingTimeInterval(duration(ofLock: locks).timeInterval)
    let next = LockoutState(failureTimes: [], lockedUntil: until, consecutiveLocks: locks)
    return LockoutTransition(state: next, decision: .locked(until: until))
  }
}
