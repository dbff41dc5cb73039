import Guesswork

/// Times hashing and verification at the parameter presets and prints a Markdown table.
///
/// Each preset is hashed `runs` times and verified `runs` times with a fresh
/// password; the table gives the median and the fastest run. One run at a time,
/// so the numbers are single-core costs, as one login would see on an idle machine.
///
/// - Parameter runs: timed runs per operation and preset; at least 1.
/// - Returns: false when a hash fails to verify or an error occurs.
func runHashingBenchmark(runs: Int = 5) -> Bool {
  print("| preset | parameters | hash median | hash fastest | verify median | verify fastest |")
  print("|---|---|---|---|---|---|")
  for preset in HashingBenchmarkPreset.all {
    do {
      let hasher = try PasswordHasher(policy: preset.policy)
      let hashTimes = try time(runs: runs) { _ = try hasher.hash("benchmark password") }
      let stored = try hasher.hash("benchmark password")
      var matched = true
      let verifyTimes = try time(runs: runs) {
        matched = try hasher.verify("benchmark password", against: stored) && matched
      }
      guard matched else {
        print("| \(preset.name) | verification failed | | | | |")
        return false
      }
      print(
        "| \(preset.name) | \(preset.parameters) "
          + "| \(format(hashTimes.median)) | \(format(hashTimes.fastest)) "
          + "| \(format(verifyTimes.median)) | \(format(verifyTimes.fastest)) |")
    } catch {
      print("| \(preset.name) | error: \(error) | | | | |")
      return false
    }
  }
  return true
}

/// A named hashing policy whose parameters the benchmark times.
struct HashingBenchmarkPreset {
  let name: String
  let policy: HashingPolicy

  var parameters: String {
    switch policy.algorithm {
    case .argon2id:
      let argon2 = policy.argon2id
      return "argon2id m=\(argon2.memoryKiB) t=\(argon2.iterations) p=\(argon2.parallelism)"
    case .bcrypt:
      return "bcrypt cost=\(policy.bcrypt.cost)"
    }
  }

  static let all: [HashingBenchmarkPreset] =
    [HashingBenchmarkPreset(name: "recommended (default)", policy: .recommended)]
    + Argon2Parameters.owaspMinimums.map { argon2(name: "OWASP minimum row", $0) }
    + [
      argon2(
        name: "RFC 9106 low-memory",
        Argon2Parameters(memoryKiB: 65536, iterations: 3, parallelism: 4)),
      bcrypt(name: "OWASP minimum", .owaspMinimum),
      bcrypt(name: "recommended (default)", .recommended),
    ]

  private static func argon2(name: String, _ parameters: Argon2Parameters) -> HashingBenchmarkPreset
  {
    var policy = HashingPolicy.recommended
    policy.argon2id = parameters
    return HashingBenchmarkPreset(name: name, policy: policy)
  }

  private static func bcrypt(name: String, _ parameters: BcryptParameters) -> HashingBenchmarkPreset
  {
    var policy = HashingPolicy.recommended
    policy.algorithm = .bcrypt
    policy.bcrypt = parameters
    return HashingBenchmarkPreset(name: name, policy: policy)
  }
}

private func time(runs: Int, _ operation: () throws -> Void) rethrows -> (
  median: Duration, fastest: Duration
) {
  let clock = ContinuousClock()
  var durations: [Duration] = []
  for _ in 0..<max(runs, 1) {
    let start = clock.now
    try operation()
    durations.append(clock.now - start)
  }
  durations.sort()
  return (durations[durations.count / 2], durations[0])
}

private func format(_ duration: Duration) -> String {
  let (seconds, attoseconds) = duration.components
  let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
  return "\((milliseconds * 10).rounded() / 10) ms"
}
