/// Rejects a new password that repeats a recent one or changes too little
/// of the current one.
///
/// The host keeps one opaque entry per past password, such as a salted
/// hash, newest first, with the **current** password's entry at index 0.
/// The rule never needs plaintext history, because it calls a verifier that
/// the caller supplies to test whether the candidate matches an entry. ``rememberedCount``
/// counts the current password, so:
///
/// - 0 turns the history check off; even the current password may be
///   chosen again.
/// - 1 forbids only the current password.
/// - *N* forbids the current password and the *N* − 1 before it. Entries
///   beyond the first *N* are ignored, so a host may keep more.
///
/// ``minimumChangedCharacters`` applies when the host knows the current
/// password in plaintext at change time (the user typed it to authorise
/// the change). The count is the Levenshtein edit distance in Unicode
/// scalars after NFKC normalisation of both passwords, so a precomposed
/// `é` and `e` + U+0301 are equal, and a change of case counts as a change.
///
///     let rule = try PasswordHistoryRule(rememberedCount: 5, minimumChangedCharacters: 3)
///     let result = try rule.check(
///       candidate: newPassword, currentPassword: typedOldPassword,
///       history: storedHashes
///     ) { candidate, hash in try hasher.verify(candidate, against: hash) }
///     if !result.isAccepted { /* show result.violations */ }
public struct PasswordHistoryRule: Sendable, Hashable {
  /// Number of newest entries, the current password included, that a new
  /// password must not match. 0 turns the history check off.
  public let rememberedCount: Int
  /// Edits needed to turn the current password into the new one. 0 turns
  /// the check off.
  public let minimumChangedCharacters: Int

  /// Creates a rule.
  ///
  /// - Parameters:
  ///   - rememberedCount: 0 or more.
  ///   - minimumChangedCharacters: 0 or more.
  /// - Throws: ``LifecycleRuleError/negativeCount(_:value:)`` for a
  ///   negative setting.
  public init(rememberedCount: Int, minimumChangedCharacters: Int = 0) throws(LifecycleRuleError) {
    guard rememberedCount >= 0 else {
      throw .negativeCount(.rememberedPasswords, value: rememberedCount)
    }
    guard minimumChangedCharacters >= 0 else {
      throw .negativeCount(.minimumChangedCharacters, value: minimumChangedCharacters)
    }
    self.rememberedCount = rememberedCount
    self.minimumChangedCharacters = minimumChangedCharacters
  }

  /// Checks a candidate against the stored history and the current password.
  ///
  /// The verifier is called with the candidate exactly as given, once per
  /// remembered entry from the newest on, and the search stops at the first
  /// match. Apply the same normalisation that was applied before hashing.
  ///
  /// - Parameters:
  ///   - candidate: the proposed new password.
  ///   - currentPassword: the current password in plaintext when the user
  ///     has just typed it, or `nil` to skip the changed-characters check.
  ///   - history: stored entries, newest first, the current password first.
  ///   - verifier: returns whether the candidate is the password behind an
  ///     entry. An error it throws, such as one for a malformed hash, stops
  ///     the check and is rethrown.
  /// - Returns: every rule the candidate breaks; none when it is accepted.
  /// - Complexity: at most ``rememberedCount`` verifier calls (each a full
  ///   password hash with a slow scheme), plus O(*n* · *k*) for the edit
  ///   distance of *n* scalars with *k* = ``minimumChangedCharacters``.
  public func check<Entry, Failure: Error>(
    candidate: String,
    currentPassword: String?,
    history: [Entry],
    verifier: (String, Entry) throws(Failure) -> Bool
  ) throws(Failure) -> HistoryCheckResult {
    var violations: [HistoryViolation] = []
    let remembered = history.prefix(rememberedCount)
    for (position, entry) in remembered.enumerated() where try verifier(candidate, entry) {
      violations.append(
        .reusesRememberedPassword(position: position, rememberedCount: rememberedCount))
      break
    }
    let changeCheck = changedCharacters(from: currentPassword, to: candidate)
    if let changed = changeCheck, changed < minimumChangedCharacters {
      violations.append(
        .tooFewChangedCharacters(changed: changed, minimum: minimumChangedCharacters))
    }
    return HistoryCheckResult(
      violations: violations,
      checkedEntryCount: remembered.count,
      isChangeCountChecked: changeCheck != nil)
  }

  /// Returns the edit distance capped at the minimum, or `nil` when the
  /// check is off or the current password is unknown.
  private func changedCharacters(from current: String?, to candidate: String) -> Int? {
    guard minimumChangedCharacters > 0, let current else { return nil }
    return BoundedEditDistance.distance(
      Self.scalars(of: current), Self.scalars(of: candidate), limit: minimumChangedCharacters)
  }

  private static func scalars(of password: String) -> [UInt32] {
    UnicodeNormalizer.nfkc(password).unicodeScalars.map(\.value)
  }
}
