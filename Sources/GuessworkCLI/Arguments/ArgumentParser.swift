/// Parses `--name value`, `--name=value`, flags and positional arguments.
///
/// Everything after `--` is positional. Unknown options, missing values,
/// values given to flags and a second value for an option that is not
/// repeatable are usage errors.
public struct ArgumentParser: Sendable {
  public let options: [OptionSpec]

  public init(options: [OptionSpec]) {
    self.options = options
  }

  /// Parses arguments that follow the command name.
  public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var result = ParsedArguments()
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      if argument == "--" {
        remaining.forEach { result.add(positional: $0) }
        break
      }
      guard argument.hasPrefix("--"), argument.count > 2 else {
        result.add(positional: argument)
        continue
      }
      let body = argument.dropFirst(2)
      let name = String(body.prefix { $0 != "=" })
      let inlineValue = body.firstIndex(of: "=").map { String(body[body.index(after: $0)...]) }
      guard let option = options.first(where: { $0.name == name }) else {
        throw UsageError(Self.unknownOptionMessage(name))
      }
      switch option.kind {
      case .flag:
        guard inlineValue == nil else {
          throw UsageError("option '--\(name)' takes no value")
        }
        result.add(flag: name)
      case .value:
        guard let value = inlineValue ?? remaining.popFirst() else {
          throw UsageError("option '--\(name)' needs a value")
        }
        guard option.isRepeatable || result.value(name) == nil else {
          throw UsageError("option '--\(name)' is given more than once; give it once")
        }
        result.add(value: value, for: name)
      }
    }
    return result
  }
}

extension ArgumentParser {
  /// Names an unknown option only when it looks like one (lowercase letters,
  /// digits and dashes), so a password typed after `--` is never repeated.
  static func unknownOptionMessage(_ name: String) -> String {
    let looksLikeOption =
      name.count <= 40
      && name.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
    guard looksLikeOption else {
      return "unknown option; run with --help for the list of options"
    }
    return "unknown option '--\(name)'; run with --help for the list of options"
  }
}

/// A command line the tool cannot run; the message names what to fix.
public struct UsageError: Error, Sendable, Equatable {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }
}
