import Guesswork

/// Command-line options that describe a hashing policy, shared by `hash` and its modes.
enum HashingPolicyOptions {
  static let specs: [OptionSpec] = [
    .value(
      "policy", placeholder: "FILE|PRESET",
      help: "Start from this policy's hashing section; the flags below override it."),
    .value(
      "algorithm", placeholder: "NAME",
      help: "Algorithm for new hashes: argon2id or bcrypt; default: argon2id."),
    .value("memory-kib", placeholder: "KiB", help: "Argon2id memory in KiB; default: 65536."),
    .value("iterations", placeholder: "N", help: "Argon2id passes over the memory; default: 3."),
    .value("parallelism", placeholder: "N", help: "Argon2id lanes (threads); default: 1."),
    .value("cost", placeholder: "N", help: "bcrypt cost, 4 to 31; default: 12."),
    .value(
      "accept", placeholder: "LIST",
      help: "Comma-separated algorithms whose stored hashes stay; default: argon2id,bcrypt."),
  ]

  /// Names of the options in `specs`.
  static let names = Set(specs.map(\.name))
}

/// Builds the hashing policy for a command from its options, checked against this machine.
///
/// This is the one place a command gets its hashing policy. It starts from
/// the `hashing` section of `--policy` (a file or preset) when given, else
/// from `HashingPolicy.recommended`, and flags override it field by field.
func resolveHashingPolicy(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
  -> HashingPolicy
{
  var policy = try basePolicy(arguments, context: context)
  if let name = arguments.value("algorithm") {
    policy.algorithm = try algorithm(named: name, option: "algorithm")
  }
  policy.argon2id.memoryKiB =
    try integer(arguments, "memory-kib", unit: "KiB") ?? policy.argon2id.memoryKiB
  policy.argon2id.iterations =
    try integer(arguments, "iterations", unit: "passes") ?? policy.argon2id.iterations
  policy.argon2id.parallelism =
    try integer(arguments, "parallelism", unit: "lanes") ?? policy.argon2id.parallelism
  policy.bcrypt.cost = try integer(arguments, "cost", unit: "cost") ?? policy.bcrypt.cost
  if let list = arguments.value("accept") {
    policy.acceptedAlgorithms = try acceptedAlgorithms(list)
  }
  do {
    try policy.validate(limits: .machine)
  } catch {
    throw UsageError("invalid hashing policy: \(error)")
  }
  return policy
}

/// Returns the hashing section of `--policy`, or the recommended policy
/// when the option is absent.
private func basePolicy(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
  -> HashingPolicy
{
  guard let reference = arguments.value("policy") else {
    return .recommended
  }
  return try PolicyLoading.hashingPolicy(reference, context: context)
}

/// Reads a whole-number option, or nil when it is absent.
func integer(_ arguments: ParsedArguments, _ name: String, unit: String) throws(UsageError) -> Int?
{
  guard let text = arguments.value(name) else {
    return nil
  }
  guard let value = Int(text) else {
    throw UsageError("invalid --\(name) '\(text)'; expected a whole number (\(unit))")
  }
  return value
}

private func algorithm(named name: String, option: String) throws(UsageError) -> HashAlgorithm {
  guard let algorithm = HashAlgorithm(rawValue: name) else {
    let known = HashAlgorithm.allCases.map(\.rawValue).joined(separator: ", ")
    throw UsageError("invalid --\(option) '\(name)'; expected one of: \(known)")
  }
  return algorithm
}

private func acceptedAlgorithms(_ list: String) throws(UsageError) -> Set<HashAlgorithm> {
  var accepted: Set<HashAlgorithm> = []
  for name in list.split(separator: ",", omittingEmptySubsequences: false) {
    accepted.insert(try algorithm(named: String(name), option: "accept"))
  }
  return accepted
}
