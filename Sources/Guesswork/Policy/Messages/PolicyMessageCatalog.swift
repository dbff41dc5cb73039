import Foundation

/// Wording for rule failures in one language.
///
/// Every user-facing sentence about a failed rule comes from a catalog, so a
/// translation is one more catalog built from two functions. Messages never
/// quote the password or any part of it.
public struct PolicyMessageCatalog: Sendable {
  /// Returns what is wrong, as one sentence.
  public let message: @Sendable (RuleViolation) -> String
  /// Returns what to do instead, as one sentence.
  public let suggestion: @Sendable (RuleViolation) -> String

  public init(
    message: @escaping @Sendable (RuleViolation) -> String,
    suggestion: @escaping @Sendable (RuleViolation) -> String
  ) {
    self.message = message
    self.suggestion = suggestion
  }

  /// The English catalog.
  public static let english = PolicyMessageCatalog(
    message: EnglishPolicyMessages.message, suggestion: EnglishPolicyMessages.suggestion)
}

/// English wording for rule failures.
enum EnglishPolicyMessages {
  static func message(_ violation: RuleViolation) -> String {
    switch violation {
    case .tooShort(let minimum, let actual):
      "The password has \(characters(actual)); at least \(minimum) are required."
    case .tooLong(let maximum, let actual):
      "The password has \(characters(actual)); at most \(maximum) are accepted."
    case .missingCharacterClass(let characterClass):
      "The password has no \(name(of: characterClass))."
    case .tooFewInClass(let characterClass, let minimum, let actual):
      "The password has \(actual) \(pluralName(of: characterClass, actual)); "
        + "at least \(minimum) are required."
    case .tooFewClasses(let minimum, let actual):
      "The password uses \(actual) of the character types (lowercase, uppercase, other letters, "
        + "digits, symbols); at least \(minimum) are required."
    case .characterNotAllowed(let count):
      "The password has \(count == 1 ? "a character" : "\(count) characters") "
        + "this policy does not allow."
    case .characterForbidden(let count):
      "The password has \(count == 1 ? "a character" : "\(count) characters") this policy forbids."
    case .repeatedCharacters(let maximumRun, let actual):
      "The password repeats one character \(actual) times "
        + "in a row; the limit is \(maximumRun)."
    case .characterSequence(let maximumLength, let actual):
      "The password has a run of \(actual) consecutive letters or digits, such as \"abcd\" or "
        + "\"4321\"; the limit is \(maximumLength)."
    case .keyboardWalk(let maximumLength, let actual, let layout):
      "The password has a path of \(actual) neighbouring keys on the "
        + "\(layoutName(layout)); the limit is \(maximumLength)."
    case .forbiddenSubstring:
      "The password contains a word or pattern this policy "
        + "forbids, such as a keyboard row or \"password\"."
    case .containsUserData(let field):
      "The password contains your \(name(of: field))."
    case .resemblesUserData(let field):
      "The password is too similar to your \(name(of: field))."
    case .blocklisted(.commonPasswords):
      "The password is on a list of commonly used passwords."
    case .blocklisted(.file(let path)):
      "The password is on the blocklist '\(path)'."
    case .scoreTooLow(let minimum, let actual):
      "The password's strength score is \(actual.rawValue) "
        + "of 4; at least \(minimum.rawValue) is required."
    case .guessesTooLow(let minimumLog10, let actualLog10):
      "The password would be found in about 10^\(oneDecimal(actualLog10)) guesses; "
        + "at least 10^\(oneDecimal(minimumLog10)) are required."
    case .reusedPassword(0, _):
      "The password is the current password."
    case .reusedPassword(_, let count):
      "The password is one of the last \(count) passwords of this account."
    case .tooFewChangedCharacters(let changed, let minimum):
      "The password differs from the current one in "
        + "\(characters(changed)); at least \(minimum) must change."
    case .changedTooRecently(let days, let allowedAt):
      "The password was changed less than \(days == 1 ? "1 day" : "\(days) days") ago; "
        + "the next change is allowed from \(timestamp(allowedAt))."
    }
  }

  static func suggestion(_ violation: RuleViolation) -> String {
    switch violation {
    case .tooShort:
      "Make it longer; several unrelated words make a long password that is easy to remember."
    case .tooLong:
      "Use a shorter password."
    case .missingCharacterClass(let characterClass):
      "Add \(article(name(of: characterClass))) \(name(of: characterClass))."
    case .tooFewInClass(let characterClass, _, _):
      "Add more \(pluralName(of: characterClass, 2))."
    case .tooFewClasses:
      "Mix more types of characters, such as capitals, digits and symbols."
    case .characterNotAllowed, .characterForbidden:
      "Remove the characters the policy does not accept."
    case .repeatedCharacters:
      "Avoid typing the same character several times in a row."
    case .characterSequence:
      "Avoid runs of letters or digits in order."
    case .keyboardWalk:
      "Avoid paths across the keyboard; use unrelated words instead."
    case .forbiddenSubstring:
      "Remove common words and keyboard rows; swapping letters for symbols does not hide them."
    case .containsUserData, .resemblesUserData:
      "Avoid your name, user name and email address in any form."
    case .blocklisted:
      "Choose a password that is not in wide use; several unrelated words work well."
    case .scoreTooLow, .guessesTooLow:
      "Make it harder to guess: add words or characters that do not follow a pattern."
    case .reusedPassword:
      "Choose a password this account has not used before."
    case .tooFewChangedCharacters:
      "Choose a new password rather than a small change to the current one."
    case .changedTooRecently:
      "Wait until the minimum age has passed, or ask an administrator to reset the password."
    }
  }

  private static func characters(_ count: Int) -> String {
    count == 1 ? "1 character" : "\(count) characters"
  }

  private static func name(of characterClass: CharacterClass) -> String {
    switch characterClass {
    case .lower: "lowercase letter"
    case .upper: "uppercase letter"
    case .otherLetter: "letter from a script without case"
    case .letter: "letter"
    case .digit: "digit"
    case .symbol: "symbol or space"
    }
  }

  private static func pluralName(of characterClass: CharacterClass, _ count: Int) -> String {
    guard count != 1 else { return name(of: characterClass) }
    switch characterClass {
    case .lower: return "lowercase letters"
    case .upper: return "uppercase letters"
    case .otherLetter: return "letters from scripts without case"
    case .letter: return "letters"
    case .digit: return "digits"
    case .symbol: return "symbols or spaces"
    }
  }

  private static func name(of field: UserDataField) -> String {
    switch field {
    case .username: "user name"
    case .email: "email address"
    case .name: "name"
    case .userInput: "account details"
    }
  }

  private static func layoutName(_ layout: KeyboardLayoutName) -> String {
    switch layout {
    case .qwerty: "QWERTY keyboard"
    case .dvorak: "Dvorak keyboard"
    case .keypad, .macKeypad: "numeric keypad"
    default: "\(layout.rawValue) keyboard"
    }
  }

  private static func article(_ word: String) -> String {
    ["a", "e", "i", "o", "u"].contains(word.first) ? "an" : "a"
  }

  private static func timestamp(_ date: Date) -> String {
    date.formatted(.iso8601)
  }

  private static func oneDecimal(_ value: Double) -> String {
    String(format: "%.1f", value)
  }
}
