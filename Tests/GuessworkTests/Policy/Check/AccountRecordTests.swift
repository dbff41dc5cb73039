import Foundation
import Testing

@testable import Guesswork

/// Rotation and history checked through policy files, with an injected clock.
@Suite struct AccountRecordTests {
  private typealias Support = PolicyTestSupport

  private static let policyText = """
    {"version": 1, "name": "p",
     "rotation": {"maximum_age_days": 90, "minimum_age_days": 1, "warning_days": 14},
     "history": {"remember": 3}}
    """

  private func checker() throws -> PolicyChecker {
    PolicyChecker(policy: try Support.load(Self.policyText), estimator: Support.estimator)
  }

  /// Entries of the form `plain:PASSWORD`, so that tests can read history
  /// without hashing; the real hash verifier has its own test.
  private let plainVerifier: PolicyChecker.HistoryVerifier = { password, entry in
    entry == "plain:\(password)"
  }

  private func codes(
    _ password: String, account: AccountRecord, now: Date
  ) throws -> [RuleCode] {
    try checker().check(password, account: account, now: now, verifier: plainVerifier).failures.map(
      \.code)
  }

  @Test func minimumAgeBoundary() throws {
    let setAt = Support.moment()
    let account = AccountRecord(passwordSetAt: setAt)
    // One second before a full day: too early to change.
    #expect(
      try codes("new one", account: account, now: Support.moment(days: 1, seconds: -1)) == [
        .changedTooRecently
      ])
    // Exactly one day: allowed.
    #expect(try codes("new one", account: account, now: Support.moment(days: 1)) == [])
  }

  @Test func changedTooRecentlyNamesTheMoment() throws {
    let account = AccountRecord(passwordSetAt: Support.moment())
    let result = try checker().check(
      "x", account: account, now: Support.moment(seconds: 60), verifier: plainVerifier)
    let failure = try #require(result.failures.first)
    #expect(
      failure.violation
        == .changedTooRecently(minimumAgeDays: 1, changeAllowedAt: Support.moment(days: 1)))
    #expect(
      failure.message
        == "The password was changed less than 1 day ago; the "
        + "next change is allowed from 2026-01-02T00:00:00Z."
    )
  }

  @Test func maximumAgeBoundaryInStatus() throws {
    let account = AccountRecord(passwordSetAt: Support.moment())
    let checker = try checker()
    let before = try checker.check(
      "x", account: account, now: Support.moment(days: 90, seconds: -1), verifier: plainVerifier)
    let at = try checker.check(
      "x", account: account, now: Support.moment(days: 90), verifier: plainVerifier)
    #expect(before.ageStatus?.mustRotate == false)
    #expect(before.ageStatus?.isWarningWindowOpen == true)
    #expect(at.ageStatus?.mustRotate == true)
    #expect(at.ageStatus?.ageInDays == 90)
  }

  @Test func warningWindowOpensAt76Days() throws {
    let account = AccountRecord(passwordSetAt: Support.moment())
    let checker = try checker()
    let before = try checker.check(
      "x", account: account, now: Support.moment(days: 76, seconds: -1), verifier: plainVerifier)
    let at = try checker.check(
      "x", account: account, now: Support.moment(days: 76), verifier: plainVerifier)
    #expect(before.ageStatus?.isWarningWindowOpen == false)
    #expect(at.ageStatus?.isWarningWindowOpen == true)
  }

  @Test func absentSetDateMustRotateButMayChange() throws {
    // No change date is unknown, not fresh: the password never counts as
    // new enough to skip expiry.
    let result = try checker().check(
      "x", account: AccountRecord(), now: Support.moment(), verifier: plainVerifier)
    #expect(result.ageStatus?.mustRotate == true)
    #expect(result.ageStatus?.ageInDays == nil)
    #expect(result.failures.isEmpty)
  }

  @Test func historyRejectsCurrentAndRememberedPasswords() throws {
    let history = ["plain:current", "plain:previous", "plain:older", "plain:oldest"]
    let account = AccountRecord(passwordHistory: history)
    let now = Support.moment()
    // Remember 3 counts the current password, so "oldest" (the fourth) is allowed again.
    #expect(try codes("current", account: account, now: now) == [.reusedPassword])
    #expect(try codes("older", account: account, now: now) == [.reusedPassword])
    #expect(try codes("oldest", account: account, now: now) == [])
    #expect(try codes("fresh", account: account, now: now) == [])
  }

  @Test func historyMessageDistinguishesCurrentPassword() throws {
    let account = AccountRecord(passwordHistory: ["plain:current", "plain:previous"])
    let checker = try checker()
    let current = try checker.check(
      "current", account: account, now: Support.moment(), verifier: plainVerifier)
    let previous = try checker.check(
      "previous", account: account, now: Support.moment(), verifier: plainVerifier)
    #expect(current.failures.first?.message == "The password is the current password.")
    #expect(
      previous.failures.first?.message
        == "The password is one of the last 3 passwords of this account.")
  }

  @Test func historyOfZeroAllowsReuse() throws {
    let policy = try Support.load(#"{"version": 1, "name": "p", "history": {"remember": 0}}"#)
    let result = try PolicyChecker(policy: policy, estimator: Support.estimator)
      .check(
        "current", account: AccountRecord(passwordHistory: ["plain:current"]),
        now: Support.moment(), verifier: plainVerifier)
    #expect(result.failures.isEmpty)
  }

  @Test func historyOfOneForbidsOnlyCurrent() throws {
    let policy = try Support.load(#"{"version": 1, "name": "p", "history": {"remember": 1}}"#)
    let checker = PolicyChecker(policy: policy, estimator: Support.estimator)
    let account = AccountRecord(passwordHistory: ["plain:current", "plain:previous"])
    let reuse = try checker.check(
      "current", account: account, now: Support.moment(), verifier: plainVerifier)
    let previous = try checker.check(
      "previous", account: account, now: Support.moment(), verifier: plainVerifier)
    #expect(reuse.failures.map(\.code) == [.reusedPassword])
    #expect(previous.failures.isEmpty)
  }

  @Test func changedCharactersNeedTheCurrentPassword() throws {
    let policy = try Support.load(
      #"{"version": 1, "name": "p", "history": {"remember": 1, "minimum_changed_characters": 3}}"#)
    let checker = PolicyChecker(policy: policy, estimator: Support.estimator)
    let typed = AccountRecord(currentPassword: "summer2026")
    // "summer2027" differs in 1 character.
    let close = try checker.check(
      "summer2027", account: typed, now: Support.moment(), verifier: plainVerifier)
    #expect(close.failures.map(\.violation) == [.tooFewChangedCharacters(changed: 1, minimum: 3)])
    let unknown = try checker.check(
      "summer2027", account: AccountRecord(), now: Support.moment(), verifier: plainVerifier)
    #expect(unknown.failures.isEmpty)
  }

  @Test func hashVerifierReadsRealHashes() throws {
    // bcrypt at cost 4, the cheapest cost, keeps the test fast.
    let hasher = try PasswordHasher(
      policy: HashingPolicy(
        algorithm: .bcrypt, argon2id: .recommended, bcrypt: BcryptParameters(cost: 4),
        acceptedAlgorithms: [.bcrypt]))
    let account = AccountRecord(passwordHistory: [
      try hasher.hash("current"), try hasher.hash("previous"),
    ])
    let checker = try checker()
    let reuse = try checker.check("previous", account: account, now: Support.moment())
    let fresh = try checker.check("brand new", account: account, now: Support.moment())
    #expect(reuse.failures.map(\.code) == [.reusedPassword])
    #expect(fresh.failures.isEmpty)
  }

  @Test func malformedHistoryEntryIsAnErrorNotAMatch() throws {
    let account = AccountRecord(passwordHistory: ["not a hash"])
    #expect(throws: HashingError.self) {
      try self.checker().check("x", account: account, now: Support.moment())
    }
  }
}
