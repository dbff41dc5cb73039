/// Options and positional arguments of one command line, after parsing.
public struct ParsedArguments: Sendable {
  /// Values given for each option, in command-line order.
  public private(set) var values: [String: [String]] = [:]
  /// Flags that were given.
  public private(set) var flags: Set<String> = []
  /// Arguments that are not options, in order.
  public private(set) var positionals: [String] = []

  /// Returns the last value given for an option, if any.
  public func value(_ name: String) -> String? { values[name]?.last }

  /// Returns every value given for a repeatable option.
  public func allValues(_ name: String) -> [String] { values[name] ?? [] }

  /// Returns whether a flag was given.
  public func isSet(_ name: String) -> Bool { flags.contains(name) }

  mutating func add(value: String, for name: String) {
    values[name, default: []].append(value)
  }

  mutating func add(flag name: String) {
    flags.insert(name)
  }

  mutating func add(positional: String) {
    positionals.append(positional)
  }
}
