import Foundation

/// A way a password fails one rule, with the figures a message needs.
///
/// No case holds any part of the password, so a violation can be logged or
/// shown without leaking the secret.
public enum RuleViolation: Sendable, Hashable {
  case tooShort(minimum: Int, actual: Int)
  case tooLong(maximum: Int, actual: Int)
  /// A required class with no character in the password.
  case missingCharacterClass(CharacterClass)
  /// Fewer characters of a class than its minimum.
  case tooFewInClass(CharacterClass, minimum: Int, actual: Int)
  /// Fewer distinct classes than `minimum_classes`.
  case tooFewClasses(minimum: Int, actual: Int)
  /// Characters outside the allowed set; `count` counts them.
  case characterNotAllowed(count: Int)
  /// Characters in the forbidden set; `count` counts them.
  case characterForbidden(count: Int)
  /// A run of one character longer than the maximum run.
  case repeatedCharacters(maximumRun: Int, actual: Int)
  /// A run such as `abcd` or `4321` longer than the maximum.
  case characterSequence(maximumLength: Int, actual: Int)
  /// A keyboard walk longer than the maximum.
  case keyboardWalk(maximumLength: Int, actual: Int, layout: KeyboardLayoutName)
  /// A substring the policy forbids; `index` is its position in the
  /// policy's list, so the substring itself stays out of the violation.
  case forbiddenSubstring(index: Int)
  case containsUserData(UserDataField)
  case resemblesUserData(UserDataField)
  case blocklisted(BlocklistSource)
  case scoreTooLow(minimum: Score, actual: Score)
  case guessesTooLow(minimumLog10: Double, actualLog10: Double)
  /// The password matches a remembered one; `position` 0 is the current
  /// password.
  case reusedPassword(position: Int, rememberedCount: Int)
  /// The password changes too few characters of the current one.
  case tooFewChangedCharacters(changed: Int, minimum: Int)
  /// The current password is younger than the minimum age.
  case changedTooRecently(minimumAgeDays: Int, changeAllowedAt: Date)

  /// The stable code of the violation.
  public var code: RuleCode {
    switch self {
    case .tooShort: .tooShort
    case .tooLong: .tooLong
    case .missingCharacterClass: .missingCharacterClass
    case .tooFewInClass: .tooFewInClass
    case .tooFewClasses: .tooFewClasses
    case .characterNotAllowed: .characterNotAllowed
    case .characterForbidden: .characterForbidden
    case .repeatedCharacters: .repeatedCharacters
    case .characterSequence: .characterSequence
    case .keyboardWalk: .keyboardWalk
    case .forbiddenSubstring: .forbiddenSubstring
    case .containsUserData: .containsUserData
    case .resemblesUserData: .resemblesUserData
    case .blocklisted: .blocklisted
    case .scoreTooLow: .scoreTooLow
    case .guessesTooLow: .guessesTooLow
    case .reusedPassword: .reusedPassword
    case .tooFewChangedCharacters: .tooFewChangedCharacters
    case .changedTooRecently: .changedTooRecently
    }
  }
}

/// Stable codes of rule failures, for programs and translations.
///
/// Codes never change meaning between releases; a new kind of failure gets
/// a new code.
public enum RuleCode: String, Sendable, Hashable, CaseIterable {
  case tooShort = "too_short"
  case tooLong = "too_long"
  case missingCharacterClass = "missing_character_class"
  case tooFewInClass = "too_few_in_class"
  case tooFewClasses = "too_few_classes"
  case characterNotAllowed = "character_not_allowed"
  case characterForbidden = "character_forbidden"
  case repeatedCharacters = "repeated_characters"
  case characterSequence = "character_sequence"
  case keyboardWalk = "keyboard_walk"
  case forbiddenSubstring = "forbidden_substring"
  case containsUserData = "contains_user_data"
  case resemblesUserData = "resembles_user_data"
  case blocklisted
  case scoreTooLow = "score_too_low"
  case guessesTooLow = "guesses_too_low"
  case reusedPassword = "reused_password"
  case tooFewChangedCharacters = "too_few_changed_characters"
  case changedTooRecently = "changed_too_recently"
}

/// Which piece of the caller's data a password contains or resembles.
public enum UserDataField: String, Sendable, Hashable, CaseIterable {
  case username
  case email
  case name
  /// Another word the caller passed, such as the service name.
  case userInput = "user_input"
}

/// Where a blocklisted password was found.
public enum BlocklistSource: Sendable, Hashable {
  /// The built-in list of common passwords.
  case commonPasswords
  /// A word-list file, named as the policy names it.
  case file(String)
}
