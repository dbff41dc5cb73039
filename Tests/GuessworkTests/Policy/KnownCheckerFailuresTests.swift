import Foundation
import Testing

@testable import Guesswork

/// One test for each way other password checkers have been seen to fail,
/// run against Guesswork's policy engine.
@Suite struct KnownCheckerFailuresTests {
  private typealias Support = PolicyTestSupport

  private func codes(
    _ policyText: String, _ password: String, context: CheckContext = CheckContext()
  ) throws -> [RuleCode] {
    let checker = PolicyChecker(policy: try Support.load(policyText), estimator: Support.estimator)
    return checker.check(password, context: context).failures.map(\.code)
  }

  // MARK: Characters are not bytes and not ASCII

  @Test func shortEmojiPasswordIsShort() throws {
    // Four emoji are 8 UTF-16 units and 16 bytes; a byte count would pass them.
    #expect(
      try codes(#"{"version": 1, "name": "p", "length": {"minimum": 8}}"#, "😀😀😀😀") == [.tooShort])
  }

  @Test func accentedLettersAreNotSymbolsAndAccentedCapitalsAreUppercase() throws {
    let policy =
      #"{"version": 1, "name": "p", "character_classes": {"required": ["upper", "symbol"]}}"#
    #expect(try codes(policy, "Écoleé") == [.missingCharacterClass])
    #expect(try codes(policy, "École!").isEmpty)
  }

  @Test func superscriptDigitsAreDigits() throws {
    let policy =
      #"""
      {"version": 1, "name": "p",
       "character_classes": {"required": ["digit"], "minimum_classes": 2}}
      """#
    #expect(try codes(policy, "x²").isEmpty)
  }

  // MARK: Boundaries

  @Test func maximumRunOfOneIsNotSwitchedOff() throws {
    #expect(
      try codes(#"{"version": 1, "name": "p", "repeated_characters": {"maximum_run": 1}}"#, "aa")
        == [.repeatedCharacters])
  }

  @Test func lengthBoundariesFromBothSides() throws {
    let policy = #"{"version": 1, "name": "p", "length": {"minimum": 3, "maximum": 5}}"#
    #expect(try codes(policy, "ab") == [.tooShort])
    #expect(try codes(policy, "abc").isEmpty)
    #expect(try codes(policy, "abcde").isEmpty)
    #expect(try codes(policy, "abcdef") == [.tooLong])
  }

  @Test func passwordExactlyAtMaximumAgeHasExpired() throws {
    let rule = try #require(
      try Support.load(#"{"version": 1, "name": "p", "rotation": {"maximum_age_days": 30}}"#)
        .rotation)
    #expect(rule.status(passwordSetAt: Support.moment(), now: Support.moment(days: 30)).mustRotate)
    #expect(
      !rule.status(passwordSetAt: Support.moment(), now: Support.moment(days: 30, seconds: -1))
        .mustRotate)
  }

  // MARK: Missing data

  @Test func missingChangeDateIsNotFresh() throws {
    let rule = try #require(
      try Support.load(#"{"version": 1, "name": "p", "rotation": {"maximum_age_days": 30}}"#)
        .rotation)
    let status = rule.status(passwordSetAt: nil, now: Support.moment())
    #expect(status.mustRotate)
    #expect(status.daysUntilExpiry == nil)
  }

  // MARK: Lockout counters

  @Test func failuresBeforeAnExpiredLockDoNotCount() throws {
    let policy = try Support.load(
      #"""
      {"version": 1, "name": "p",
       "lockout": {"threshold": 2, "window_minutes": 60, "lock_minutes": 1}}
      """#
    )
    let rule = try #require(policy.lockout)
    var state = LockoutState.initial
    state = rule.apply(.failedAttempt, to: state, at: Support.moment(seconds: 0)).state
    state = rule.apply(.failedAttempt, to: state, at: Support.moment(seconds: 1)).state
    #expect(
      rule.decision(for: state, at: Support.moment(seconds: 60))
        == .locked(until: Support.moment(seconds: 61)))
    // The lock ended at 61 s; one new failure is the first of a new count.
    let after = rule.apply(.failedAttempt, to: state, at: Support.moment(seconds: 62))
    #expect(after.decision == .allow)
  }

  // MARK: Rules that read only the estimator's best path

  @Test func sequenceHiddenBehindDictionaryWordIsFound() throws {
    // The estimator may explain the end of "abcdefed" as a reversed word
    // rather than a run; the rule scans the text itself and finds "abcdef".
    #expect(
      try codes(#"{"version": 1, "name": "p", "sequences": {"maximum_length": 4}}"#, "abcdefed")
        == [.characterSequence])
  }

  @Test func walkInsideCommonPasswordIsFound() throws {
    #expect(
      try codes(
        #"{"version": 1, "name": "p", "keyboard_walks": {"maximum_length": 5}}"#, "qwertyuiop") == [
          .keyboardWalk
        ])
  }

  // MARK: Configuration errors are not weak passwords

  @Test func missingWordListStopsLoadingInsteadOfFailingPasswords() {
    let found = Support.problems(
      #"{"version": 1, "name": "p", "blocklist": {"files": ["missing.txt"]}}"#)
    #expect(found.map(\.code) == ["unreadable_blocklist"])
  }

  // MARK: One rule, one meaning

  @Test func repeatsAndSequencesHaveSeparateCodes() throws {
    let policy = """
      {"version": 1, "name": "p", "repeated_characters": {"maximum_run": 3},
       "sequences": {"maximum_length": 3}}
      """
    #expect(try codes(policy, "xaaaax") == [.repeatedCharacters])
    #expect(try codes(policy, "xabcdx") == [.characterSequence])
    #expect(try codes(policy, "aaaabcd") == [.repeatedCharacters, .characterSequence])
  }
}
