/// One option a command accepts, with its help text.
public struct OptionSpec: Sendable {
  /// Whether the option takes a value or is a flag.
  public enum Kind: Sendable {
    case flag
    case value(placeholder: String)
  }

  /// Long name without dashes, such as `format`.
  public let name: String
  public let kind: Kind
  /// One line saying what the option sets and in what unit.
  public let help: String
  /// Whether the option may be given more than once, each value kept.
  public var isRepeatable = false

  public static func flag(_ name: String, help: String) -> OptionSpec {
    OptionSpec(name: name, kind: .flag, help: help)
  }

  public static func value(_ name: String, placeholder: String, help: String) -> OptionSpec {
    OptionSpec(name: name, kind: .value(placeholder: placeholder), help: help)
  }

  /// An option that takes a value and may be repeated, such as `--user-input`.
  public static func repeatableValue(
    _ name: String, placeholder: String, help: String
  ) -> OptionSpec {
    OptionSpec(
      name: name, kind: .value(placeholder: placeholder), help: help, isRepeatable: true)
  }

  /// The option as shown in help, such as `--format FORMAT`.
  public var synopsis: String {
    switch kind {
    case .flag: "--\(name)"
    case .value(let placeholder): "--\(name) \(placeholder)"
    }
  }
}
