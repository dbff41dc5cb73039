/// The operation that `guesswork hash` performs, chosen by its first positional argument.
enum HashMode: String, CaseIterable {
  /// Hash each password on standard input (no positional argument).
  case hash
  /// Report which stored hashes on standard input need rehashing.
  case needsRehash = "needs-rehash"
  /// Measure this machine and propose parameters.
  case tune

  /// Options that make sense in this mode; others are usage errors rather than silently ignored.
  var allowedOptions: Set<String> {
    switch self {
    case .hash, .needsRehash:
      HashingPolicyOptions.names.union(["format"])
    case .tune:
      ["target", "max-memory-kib", "parallelism", "algorithm", "accept"]
    }
  }

  /// Picks the mode from the positional arguments and checks the options given.
  init(_ arguments: ParsedArguments) throws(UsageError) {
    switch arguments.positionals.count {
    case 0:
      self = .hash
    case 1:
      guard let mode = HashMode(rawValue: arguments.positionals[0]), mode != .hash else {
        throw UsageError(
          "unknown hash mode '\(arguments.positionals[0])'; expected needs-rehash or tune "
            + "(passwords are read from standard input, never from arguments)")
      }
      self = mode
    default:
      throw UsageError(
        "too many arguments; passwords are read from standard input, never from arguments")
    }
    let givenOptions = Set(arguments.values.keys).union(arguments.flags)
    if let stray = givenOptions.subtracting(allowedOptions).sorted().first {
      throw UsageError("option '--\(stray)' does not apply to '\(usageName)'")
    }
  }

  var usageName: String {
    self == .hash ? "guesswork hash" : "guesswork hash \(rawValue)"
  }
}
