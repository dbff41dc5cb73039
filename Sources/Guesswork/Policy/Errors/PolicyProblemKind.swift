/// The kinds of problem a policy file can have.
///
/// Messages for each kind are built in `PolicyProblemKind+Messages.swift`,
/// so that the wording lives in one place.
public enum PolicyProblemKind: Sendable, Hashable {
  // MARK: Reading and syntax

  /// The file could not be read.
  case unreadableFile(path: String, reason: String)
  /// The file is larger than the loader accepts.
  case fileTooLarge(path: String, limitBytes: Int)
  case invalidUTF8
  case emptyDocument
  case unexpectedEnd(expected: String)
  case unexpectedCharacter(found: String, expected: String)
  case trailingComma
  case commentNotAllowed
  case invalidNumber(String)
  case invalidEscape(String)
  /// A `\u` escape that names a lone UTF-16 surrogate.
  case loneSurrogate(String)
  case controlCharacterInString(UInt32)
  case duplicateKey(String)
  case nestingTooDeep(limit: Int)
  case trailingContent
  /// A libxml2 parse error, with libxml2's message.
  case xmlSyntax(String)
  /// A libxml2 schema validation error, with libxml2's message.
  case xmlSchema(String)

  // MARK: Structure and values

  case unknownKey(key: String, section: String, expected: [String])
  case missingKey(key: String, section: String)
  case wrongType(key: String, expected: String, found: String)
  /// A number outside the accepted range; `expected` describes the range.
  case outOfRange(key: String, value: String, expected: String)
  /// A string that is not one of a closed set of values.
  case invalidValue(key: String, value: String, expected: [String])
  case duplicateEntry(key: String, value: String)
  case emptyValue(key: String)
  case unsupportedVersion(String)
  /// A rotation, history or lockout setting that the rule rejected.
  case invalidLifecycleSetting(key: String, LifecycleRuleError)
  /// A hashing setting that the hashing policy rejected.
  case invalidHashingSetting(key: String, HashingError)

  // MARK: Extending and resources

  case unknownPreset(name: String, available: [String])
  /// The chain of `extends` loops; the chain ends with the repeated policy.
  case extendsCycle(chain: [String])
  case extendsTooDeep(limit: Int)
  case unreadableBlocklist(path: String, reason: String)
  case invalidBlocklist(path: String, line: Int, reason: String)

  // MARK: Contradictions

  /// A maximum set below its minimum, such as `length.maximum` below
  /// `length.minimum`.
  case maximumBelowMinimum(
    maximumKey: String, maximum: Int, minimumKey: String, minimum: Int)
  /// Required characters that add up to more than the maximum length.
  case classesCannotFit(requiredCharacters: Int, maximumLength: Int)
  /// More distinct classes required than the policy lets a password use.
  case tooManyClassesRequired(required: Int, available: Int)
  /// A class the policy requires but its character set does not allow.
  case requiredClassNotAllowed(String)
}
