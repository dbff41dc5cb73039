extension PolicyProblemKind {
  /// Stable identifier of the kind, such as `unknown_key`, for tools that
  /// filter or count problems.
  public var code: String {
    switch self {
    case .unreadableFile: "unreadable_file"
    case .fileTooLarge: "file_too_large"
    case .invalidUTF8: "invalid_utf8"
    case .emptyDocument: "empty_document"
    case .unexpectedEnd: "unexpected_end"
    case .unexpectedCharacter: "unexpected_character"
    case .trailingComma: "trailing_comma"
    case .commentNotAllowed: "comment_not_allowed"
    case .invalidNumber: "invalid_number"
    case .invalidEscape: "invalid_escape"
    case .loneSurrogate: "lone_surrogate"
    case .controlCharacterInString: "control_character_in_string"
    case .duplicateKey: "duplicate_key"
    case .nestingTooDeep: "nesting_too_deep"
    case .trailingContent: "trailing_content"
    case .xmlSyntax: "xml_syntax"
    case .xmlSchema: "xml_schema"
    case .unknownKey: "unknown_key"
    case .missingKey: "missing_key"
    case .wrongType: "wrong_type"
    case .outOfRange: "out_of_range"
    case .invalidValue: "invalid_value"
    case .duplicateEntry: "duplicate_entry"
    case .emptyValue: "empty_value"
    case .unsupportedVersion: "unsupported_version"
    case .invalidLifecycleSetting(_, let error): Self.code(of: error)
    case .invalidHashingSetting(_, let error): Self.code(of: error)
    case .unknownPreset: "unknown_preset"
    case .extendsCycle: "extends_cycle"
    case .extendsTooDeep: "extends_too_deep"
    case .unreadableBlocklist: "unreadable_blocklist"
    case .invalidBlocklist: "invalid_blocklist"
    case .maximumBelowMinimum: "maximum_below_minimum"
    case .classesCannotFit: "classes_cannot_fit"
    case .tooManyClassesRequired: "too_many_classes_required"
    case .requiredClassNotAllowed: "required_class_not_allowed"
    }
  }

  /// The English message: lowercase, quoting the offending value, and
  /// saying what to change.
  public var message: String {
    switch self {
    case .unreadableFile(let path, let reason):
      "cannot read policy file '\(path)': \(reason)"
    case .fileTooLarge(let path, let limit):
      "policy file '\(path)' is larger than \(limit) "
        + "bytes; policy files are small, so check the path"
    case .invalidUTF8:
      "invalid UTF-8 byte; save the file as UTF-8"
    case .emptyDocument:
      "the file contains no JSON value; a policy is a JSON object such as {\"version\": 1, ...}"
    case .unexpectedEnd(let expected):
      "unexpected end of file; expected \(expected)"
    case .unexpectedCharacter(let found, let expected):
      "unexpected '\(found)'; expected \(expected)"
    case .trailingComma:
      "trailing comma; remove the ',' before the closing bracket"
    case .commentNotAllowed:
      "comments are not allowed in JSON; put notes in the \"description\" or \"doc\" fields"
    case .invalidNumber(let text):
      "invalid number '\(text)'; write digits without leading zeros, such as 12"
    case .invalidEscape(let text):
      "invalid escape '\(text)'; use \\\", \\\\, \\/, \\b, "
        + "\\f, \\n, \\r, \\t or \\u followed by 4 hex digits"
    case .loneSurrogate(let text):
      "escape '\(text)' is half of a UTF-16 surrogate "
        + "pair; write the character itself or both halves"
    case .controlCharacterInString(let value):
      "control character "
        + "U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)) "
        + "in a string; escape it, for example as \\n or \\u0009"
    case .duplicateKey(let key):
      "duplicate key '\(key)'; each key may appear once per object"
    case .nestingTooDeep(let limit):
      "objects and arrays are nested more than \(limit) levels deep"
    case .trailingContent:
      "unexpected text after the policy object; a file holds exactly one JSON value"
    case .xmlSyntax(let message):
      "invalid XML: \(message)"
    case .xmlSchema(let message):
      "does not match the policy schema: \(message)"
    case .unknownKey(let key, let section, let expected):
      "unknown key '\(key)' in \(section)" + Self.suggestion(for: key, among: expected)
    case .missingKey(let key, let section):
      "missing key '\(key)' in \(section)"
    case .wrongType(let key, let expected, let found):
      // An empty key is the top level: the policy itself.
      "\(key.isEmpty ? "the policy" : "'\(key)'") must be \(expected), "
        + "not \(Self.withArticle(found))"
    case .outOfRange(let key, let value, let expected):
      "'\(key)' is \(value); expected \(expected)"
    case .invalidValue(let key, let value, let expected):
      "invalid value '\(value)' for '\(key)'; expected one of: \(expected.joined(separator: ", "))"
    case .duplicateEntry(let key, let value):
      "'\(value)' is listed twice in '\(key)'; list each entry once"
    case .emptyValue(let key):
      "'\(key)' is empty; give it a value or remove the key"
    case .unsupportedVersion(let value):
      "unsupported version '\(value)'; this release reads version 1"
    case .invalidLifecycleSetting(let key, let error):
      "'\(key)': \(error.description)"
    case .invalidHashingSetting(let key, let error):
      "'\(key)': \(error.description)"
    case .unknownPreset(let name, let available):
      "unknown preset '\(name)'; available: \(available.joined(separator: ", ")); "
        + "to name a file, include a '/' or the '.json' or '.xml' extension"
    case .extendsCycle(let chain):
      "'extends' forms a cycle: \(chain.map { "'\($0)'" }.joined(separator: " -> ")); "
        + "remove one of the links"
    case .extendsTooDeep(let limit):
      "'extends' chain is longer than \(limit) policies; flatten it"
    case .unreadableBlocklist(let path, let reason):
      "cannot read blocklist '\(path)': \(reason); fix "
        + "the path, which is relative to the policy file"
    case .invalidBlocklist(let path, let line, let reason):
      "blocklist '\(path)' line \(line): \(reason)"
    case .maximumBelowMinimum(let maximumKey, let maximum, let minimumKey, let minimum):
      "'\(maximumKey)' (\(maximum)) is below '\(minimumKey)' (\(minimum)), "
        + "so nothing can pass; raise the maximum or lower the minimum"
    case .classesCannotFit(let required, let maximumLength):
      "the character classes require at least \(required) characters, more than the maximum length "
        + "of \(maximumLength); lower the class minimums or raise the maximum"
    case .tooManyClassesRequired(let required, let available):
      "'minimum_classes' is \(required), but only \(available) classes are allowed; lower it"
    case .requiredClassNotAllowed(let name):
      "class '\(name)' is required, but the allowed "
        + "characters exclude it; allow it or stop requiring it"
    }
  }

  private static func code(of error: LifecycleRuleError) -> String {
    switch error {
    case .negativeCount, .countBelowOne, .durationNotPositive: "out_of_range"
    case .minimumAgeNotBelowMaximum: "minimum_age_not_below_maximum"
    case .warningWithoutMaximumAge: "warning_without_maximum_age"
    case .warningNotBelowMaximumAge: "warning_not_below_maximum_age"
    case .maximumLockBelowLockDuration: "maximum_lock_below_lock_duration"
    case .growthFactorBelowTwo: "out_of_range"
    }
  }

  private static func code(of error: HashingError) -> String {
    switch error {
    case .algorithmForNewHashesNotAccepted: "hashing_algorithm_not_accepted"
    default: "out_of_range"
    }
  }

  private static func withArticle(_ typeName: String) -> String {
    typeName == "null"
      ? "null" : (["a", "e", "i", "o", "u"].contains(typeName.first) ? "an " : "a ") + typeName
  }

  /// Returns "; did you mean 'x'?" for a near miss or an abbreviation, or
  /// else the list of keys.
  private static func suggestion(for key: String, among expected: [String]) -> String {
    let extensions = expected.filter { $0.hasPrefix(key) }
    if extensions.count == 1, let only = extensions.first {
      return "; did you mean '\(only)'?"
    }
    let closest = expected.min { EditDistance.between(key, $0) < EditDistance.between(key, $1) }
    if let closest, EditDistance.between(key, closest) <= max(2, key.count / 3) {
      return "; did you mean '\(closest)'?"
    }
    return expected.isEmpty ? "" : "; expected one of: \(expected.joined(separator: ", "))"
  }
}
