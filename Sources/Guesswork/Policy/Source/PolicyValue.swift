/// A value read from a policy file, with the location where it starts.
///
/// JSON files produce every kind but `text`. XML files produce objects,
/// arrays and `text`, because XML attribute and element values carry no type
/// of their own; the decoder reads `text` as whatever type the key expects.
public struct PolicyValue: Sendable, Hashable {
  /// The value itself.
  public enum Content: Sendable, Hashable {
    /// An object whose members keep the order of the file.
    case object([PolicyMember])
    case array([PolicyValue])
    case string(String)
    /// A JSON number, kept as written so that the decoder decides whether
    /// it must be an integer.
    case number(String)
    case bool(Bool)
    case null
    /// Untyped text from an XML file.
    case text(String)
  }

  /// The value, with its kind.
  public let content: Content
  /// Where the value starts.
  public let location: SourceLocation

  public init(_ content: Content, at location: SourceLocation) {
    self.content = content
    self.location = location
  }

  /// Name of the value's type as messages show it, such as `string`.
  public var typeName: String {
    switch content {
    case .object: "object"
    case .array: "array"
    case .string: "string"
    case .number: "number"
    case .bool: "boolean"
    case .null: "null"
    case .text: "text"
    }
  }

  /// Members of an object, or nil for any other value.
  public var members: [PolicyMember]? {
    if case .object(let members) = content { members } else { nil }
  }
}

/// One `"key": value` pair of an object.
public struct PolicyMember: Sendable, Hashable {
  /// The member's key, without quotes.
  public let key: String
  /// Where the key starts, which is where errors about the key point.
  public let keyLocation: SourceLocation
  /// The member's value.
  public let value: PolicyValue

  public init(key: String, keyLocation: SourceLocation, value: PolicyValue) {
    self.key = key
    self.keyLocation = keyLocation
    self.value = value
  }
}
