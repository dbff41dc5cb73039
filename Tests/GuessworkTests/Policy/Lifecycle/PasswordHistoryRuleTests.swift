import Testing

@testable import Guesswork

/// Stands in for a password hasher: an entry is `"hash:" + password`, and
/// the verifier records every entry it was asked about.
final class RecordingVerifier: @unchecked Sendable {
  private(set) var checkedEntries: [String] = []

  static func entry(for password: String) -> String { "hash:" + password }

  func verify(_ candidate: String, _ entry: String) -> Bool {
    checkedEntries.append(entry)
    return entry == Self.entry(for: candidate)
  }
}

/// A verifier failure, such as a malformed stored hash.
struct MalformedEntry: Error, Equatable {
  let entry: String
}

@Suite struct PasswordHistoryRuleTests {
  /// Entries for passwords p1 (current) ... pN (oldest), newest first.
  static func history(_ count: Int) -> [String] {
    (0..<count).map { RecordingVerifier.entry(for: "p\($0 + 1)") }
  }

  func check(
    _ rule: PasswordHistoryRule,
    candidate: String,
    current: String? = nil,
    history: [String],
    verifier: RecordingVerifier = RecordingVerifier()
  ) -> HistoryCheckResult {
    rule.check(
      candidate: candidate, currentPassword: current, history: history,
      verifier: verifier.verify)
  }

  @Test func zeroRememberedAllowsCurrentPassword() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 0)
    let verifier = RecordingVerifier()
    let result = check(rule, candidate: "p1", history: Self.history(3), verifier: verifier)
    #expect(result.isAccepted)
    #expect(result.checkedEntryCount == 0)
    #expect(verifier.checkedEntries.isEmpty)
  }

  @Test func oneRememberedRejectsCurrentPassword() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 1)
    let result = check(rule, candidate: "p1", history: Self.history(3))
    #expect(result.violations == [.reusesRememberedPassword(position: 0, rememberedCount: 1)])
  }

  @Test func oneRememberedAllowsPreviousPassword() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 1)
    let verifier = RecordingVerifier()
    let result = check(rule, candidate: "p2", history: Self.history(3), verifier: verifier)
    #expect(result.isAccepted)
    #expect(verifier.checkedEntries == ["hash:p1"])
  }

  // With N = 5 and exactly 5 entries, the oldest (p5, position 4) is still
  // remembered.
  @Test func exactlyNEntriesRejectsOldest() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 5)
    let result = check(rule, candidate: "p5", history: Self.history(5))
    #expect(result.violations == [.reusesRememberedPassword(position: 4, rememberedCount: 5)])
    #expect(result.checkedEntryCount == 5)
  }

  // With N + 1 = 6 entries, p6 is the sixth newest and may be reused.
  @Test func entryBeyondNIsForgotten() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 5)
    let verifier = RecordingVerifier()
    let result = check(rule, candidate: "p6", history: Self.history(6), verifier: verifier)
    #expect(result.isAccepted)
    #expect(result.checkedEntryCount == 5)
    #expect(!verifier.checkedEntries.contains("hash:p6"))
  }

  @Test func fewerEntriesThanNAreAllChecked() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 24)
    let verifier = RecordingVerifier()
    let result = check(rule, candidate: "new", history: Self.history(3), verifier: verifier)
    #expect(result.isAccepted)
    #expect(result.checkedEntryCount == 3)
    #expect(verifier.checkedEntries == ["hash:p1", "hash:p2", "hash:p3"])
  }

  @Test func emptyHistoryAcceptsAnything() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 3)
    let result = check(rule, candidate: "p1", history: [])
    #expect(result.isAccepted)
    #expect(result.checkedEntryCount == 0)
  }

  @Test func searchStopsAtFirstMatch() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 5)
    let verifier = RecordingVerifier()
    _ = check(rule, candidate: "p2", history: Self.history(5), verifier: verifier)
    #expect(verifier.checkedEntries == ["hash:p1", "hash:p2"])
  }

  @Test func verifierErrorIsRethrown() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 3)
    #expect(throws: MalformedEntry(entry: "garbage")) {
      try rule.check(candidate: "x", currentPassword: nil, history: ["garbage"]) {
        _, entry throws(MalformedEntry) in
        throw MalformedEntry(entry: entry)
      }
    }
  }

  struct ChangeCase: CustomTestStringConvertible, Sendable {
    let label: String
    let current: String
    let candidate: String
    let minimum: Int
    /// Edit distance worked out by hand, capped at `minimum`.
    let changed: Int

    var testDescription: String { label }
  }

  static let changeCases: [ChangeCase] = [
    .init(
      label: "identical", current: "Summer2024", candidate: "Summer2024",
      minimum: 3, changed: 0),
    // One substitution: the final 4 becomes 5.
    .init(
      label: "year bump", current: "Summer2024", candidate: "Summer2025",
      minimum: 3, changed: 1),
    .init(
      label: "two digits", current: "Summer2024", candidate: "Summer2035",
      minimum: 3, changed: 2),
    .init(
      label: "appended suffix", current: "Summer2024", candidate: "Summer2024!!",
      minimum: 3, changed: 2),
    .init(
      label: "exactly enough", current: "Summer2024", candidate: "Winter2024",
      minimum: 3, changed: 3),
    // Case counts: one substitution.
    .init(
      label: "capital changed", current: "summer2024", candidate: "Summer2024",
      minimum: 2, changed: 1),
    // NFKC makes e + U+0301 equal to precomposed é.
    .init(
      label: "decomposed accent", current: "caf\u{E9}!", candidate: "cafe\u{301}!",
      minimum: 1, changed: 0),
    // NFKC maps full-width letters to ASCII, so this is no change.
    .init(label: "full-width copy", current: "secret", candidate: "ｓｅｃｒｅｔ", minimum: 1, changed: 0),
    // One scalar each: an emoji swap is one substitution.
    .init(
      label: "emoji swap", current: "pw\u{1F600}", candidate: "pw\u{1F601}",
      minimum: 2, changed: 1),
  ]

  @Test(arguments: changeCases)
  func changedCharactersAreCounted(_ testCase: ChangeCase) throws {
    let rule = try PasswordHistoryRule(
      rememberedCount: 0, minimumChangedCharacters: testCase.minimum)
    let result = check(rule, candidate: testCase.candidate, current: testCase.current, history: [])
    #expect(result.isChangeCountChecked)
    if testCase.changed < testCase.minimum {
      #expect(
        result.violations == [
          .tooFewChangedCharacters(changed: testCase.changed, minimum: testCase.minimum)
        ])
    } else {
      #expect(result.isAccepted)
    }
  }

  @Test func unknownCurrentSkipsChangeCheck() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 0, minimumChangedCharacters: 4)
    let result = check(rule, candidate: "same", current: nil, history: [])
    #expect(!result.isChangeCountChecked)
    #expect(result.isAccepted)
  }

  @Test func zeroMinimumSkipsChangeCheck() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 0, minimumChangedCharacters: 0)
    let result = check(rule, candidate: "same", current: "same", history: [])
    #expect(!result.isChangeCountChecked)
    #expect(result.isAccepted)
  }

  @Test func bothViolationsAreReported() throws {
    let rule = try PasswordHistoryRule(rememberedCount: 2, minimumChangedCharacters: 2)
    let result = check(rule, candidate: "p1", current: "p1", history: Self.history(2))
    #expect(
      result.violations == [
        .reusesRememberedPassword(position: 0, rememberedCount: 2),
        .tooFewChangedCharacters(changed: 0, minimum: 2),
      ])
  }

  @Test func negativeSettingsAreRejected() {
    #expect(throws: LifecycleRuleError.negativeCount(.rememberedPasswords, value: -1)) {
      try PasswordHistoryRule(rememberedCount: -1)
    }
    #expect(throws: LifecycleRuleError.negativeCount(.minimumChangedCharacters, value: -2)) {
      try PasswordHistoryRule(rememberedCount: 1, minimumChangedCharacters: -2)
    }
  }

  @Test func violationMessagesOmitPasswords() {
    let current = HistoryViolation.reusesRememberedPassword(position: 0, rememberedCount: 5)
    #expect(
      current.description
        == "the new password is the current password: choose a different one")
    let older = HistoryViolation.reusesRememberedPassword(position: 3, rememberedCount: 5)
    #expect(
      older.description
        == "the new password is one of your last 5 passwords: choose one you have not used before")
    let one = HistoryViolation.tooFewChangedCharacters(changed: 1, minimum: 3)
    #expect(
      one.description
        == "the new password differs from the current one in 1 character: change at least 3")
  }
}
