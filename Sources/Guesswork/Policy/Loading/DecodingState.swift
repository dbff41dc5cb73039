/// Problems and setting locations gathered while decoding one policy tree.
///
/// Decoding goes on after a problem, so one run reports every problem the
/// tree has; the decoder fails at the end when any were found.
final class DecodingState {
  private(set) var problems: [PolicyProblem] = []
  var locations = PolicyLocations()

  func report(_ kind: PolicyProblemKind, at location: SourceLocation?) {
    problems.append(PolicyProblem(kind, at: location))
  }
}

/// Reads the members of one object of a policy tree, checking keys and types.
///
/// Creating a reader reports unknown keys. Each accessor reports a wrong type
/// or an out-of-range value and returns nil, and records where the value was
/// written under its dotted path.
struct ObjectReader {
  /// Dotted path of the object, empty for the root.
  let path: String
  /// Location of the object's opening brace or start tag.
  let location: SourceLocation
  private let members: [String: PolicyMember]
  private let state: DecodingState

  /// Creates a reader, or returns nil after reporting a value that is not an
  /// object.
  init?(_ value: PolicyValue, path: String, allowedKeys: [String], state: DecodingState) {
    guard let members = value.members else {
      state.report(
        .wrongType(key: path, expected: "an object", found: value.typeName), at: value.location)
      return nil
    }
    self.path = path
    self.location = value.location
    self.state = state
    self.members = Dictionary(members.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    state.locations[path] = value.location
    for member in members where !allowedKeys.contains(member.key) {
      let section = path.isEmpty ? "the policy" : "'\(path)'"
      state.report(
        .unknownKey(key: member.key, section: section, expected: allowedKeys),
        at: member.keyLocation)
    }
  }

  /// Returns whether the object has the key.
  func contains(_ key: String) -> Bool { members[key] != nil }

  /// Returns the dotted path of a key in this object.
  func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// Returns the raw value of a key and records its location.
  func value(_ key: String) -> PolicyValue? {
    guard let member = members[key] else { return nil }
    state.locations[keyPath(key)] = member.value.location
    return member.value
  }

  func report(_ kind: PolicyProblemKind, at location: SourceLocation?) {
    state.report(kind, at: location)
  }

  // MARK: Scalars

  func string(_ key: String, allowEmpty: Bool = false) -> String? {
    guard let value = value(key) else { return nil }
    switch value.content {
    case .string(let text), .text(let text):
      if text.isEmpty && !allowEmpty {
        report(.emptyValue(key: keyPath(key)), at: value.location)
        return nil
      }
      return text
    default:
      reportWrongType(key, expected: "a string", value)
      return nil
    }
  }

  func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = value(key) else { return nil }
    return integer(value, keyPath: keyPath(key), in: range)
  }

  /// Reads a value that must be an integer within `range`.
  func integer(_ value: PolicyValue, keyPath: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = numberText(value), !text.contains(where: { ".eE".contains($0) }) else {
      report(
        .wrongType(key: keyPath, expected: "an integer", found: value.typeName), at: value.location)
      return nil
    }
    guard let number = Int(text), range.contains(number) else {
      report(
        .outOfRange(key: keyPath, value: text, expected: Self.describe(range)), at: value.location)
      return nil
    }
    return number
  }

  func number(_ key: String, in range: ClosedRange<Double>, description: String) -> Double? {
    guard let value = value(key) else { return nil }
    guard let text = numberText(value), let number = Double(text) else {
      reportWrongType(key, expected: "a number", value)
      return nil
    }
    guard range.contains(number) else {
      report(.outOfRange(key: keyPath(key), value: text, expected: description), at: value.location)
      return nil
    }
    return number
  }

  func bool(_ key: String) -> Bool? {
    guard let value = value(key) else { return nil }
    switch value.content {
    case .bool(let flag):
      return flag
    case .text("true"), .text("1"):
      return true
    case .text("false"), .text("0"):
      return false
    default:
      reportWrongType(key, expected: "true or false", value)
      return nil
    }
  }

  /// A string that must be one of a closed set of values.
  func choice<Choice: RawRepresentable & CaseIterable>(
    _ key: String, as type: Choice.Type = Choice.self
  ) -> Choice? where Choice.RawValue == String {
    guard let value = value(key), let text = string(key) else { return nil }
    guard let choice = Choice(rawValue: text) else {
      let expected = Choice.allCases.map(\.rawValue)
      report(.invalidValue(key: keyPath(key), value: text, expected: expected), at: value.location)
      return nil
    }
    return choice
  }

  // MARK: Containers

  /// Returns a reader for a nested object with its own allowed keys.
  func object(_ key: String, allowedKeys: [String]) -> ObjectReader? {
    guard let value = value(key) else { return nil }
    return ObjectReader(value, path: keyPath(key), allowedKeys: allowedKeys, state: state)
  }

  /// Returns the members of a nested object whose keys are free, such as
  /// per-class minimums.
  func members(_ key: String) -> [PolicyMember]? {
    guard let value = value(key) else { return nil }
    guard let members = value.members else {
      reportWrongType(key, expected: "an object", value)
      return nil
    }
    return members
  }

  /// Returns an array of strings, each with its location, and reports
  /// duplicates.
  func stringList(_ key: String) -> [(text: String, location: SourceLocation)]? {
    guard let value = value(key) else { return nil }
    guard case .array(let elements) = value.content else {
      reportWrongType(key, expected: "an array of strings", value)
      return nil
    }
    var result: [(String, SourceLocation)] = []
    var seen: Set<String> = []
    for element in elements {
      switch element.content {
      case .string(let text), .text(let text):
        if text.isEmpty {
          report(.emptyValue(key: keyPath(key)), at: element.location)
        } else if !seen.insert(text).inserted {
          report(.duplicateEntry(key: keyPath(key), value: text), at: element.location)
        } else {
          result.append((text, element.location))
        }
      default:
        report(
          .wrongType(
            key: keyPath(key), expected: "an array of strings",
            found: "array containing \(element.typeName)"),
          at: element.location)
      }
    }
    return result
  }

  /// An array of strings that must each be one of a closed set of values.
  func choiceList<Choice: RawRepresentable & CaseIterable>(
    _ key: String, as type: Choice.Type = Choice.self
  ) -> [Choice]? where Choice.RawValue == String {
    guard let entries = stringList(key) else { return nil }
    return entries.compactMap { entry in
      guard let choice = Choice(rawValue: entry.text) else {
        let expected = Choice.allCases.map(\.rawValue)
        report(
          .invalidValue(key: keyPath(key), value: entry.text, expected: expected),
          at: entry.location)
        return nil
      }
      return choice
    }
  }

  // MARK: Helpers

  private func numberText(_ value: PolicyValue) -> String? {
    switch value.content {
    case .number(let text): text
    case .text(let text): text.trimmingSpaces
    default: nil
    }
  }

  private func reportWrongType(_ key: String, expected: String, _ value: PolicyValue) {
    report(
      .wrongType(key: keyPath(key), expected: expected, found: value.typeName), at: value.location)
  }

  private static func describe(_ range: ClosedRange<Int>) -> String {
    range.upperBound == Int.max
      ? "an integer of at least \(range.lowerBound)"
      : "an integer from \(range.lowerBound) to \(range.upperBound)"
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
