import Guesswork

/// `guesswork hash tune`: measures both algorithms here and prints a policy fragment.
///
/// The fragment goes to standard output; each measurement and any warning go
/// to standard error, so `> fragment.json` captures only the fragment.
enum TuneRun {
  static let defaultTarget = Duration.milliseconds(250)
  static let defaultMaximumMemoryKiB = 65536

  static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) -> ExitCode
  {
    let target =
      try arguments.value("target").map { text throws(UsageError) in
        try DurationOption.parse(text, option: "target")
      } ?? defaultTarget
    let memory = try integer(arguments, "max-memory-kib", unit: "KiB") ?? defaultMaximumMemoryKiB
    let lanes = try integer(arguments, "parallelism", unit: "lanes") ?? 1
    var policy = try resolveHashingPolicy(arguments, context: context)
    do {
      let tuner = try HashingTuner.measuringThisMachine(
        target: target, maximumMemoryKiB: memory, parallelism: lanes)
      let argon2 = try tuner.tuneArgon2id()
      let bcrypt = try tuner.tuneBcrypt()
      policy.argon2id = argon2.parameters
      policy.bcrypt = bcrypt.parameters
      let warnings = report(argon2, bcrypt, target: target, context: context)
      context.output.write(PolicyFragment.render(policy))
      return warnings == 0 ? .success : .failure
    } catch {
      throw UsageError("cannot tune: \(error)")
    }
  }

  /// Writes every trial and each warning to standard error; returns the number of warnings.
  private static func report(
    _ argon2: TuningResult<Argon2Parameters>,
    _ bcrypt: TuningResult<BcryptParameters>,
    target: Duration,
    context: ToolContext
  ) -> Int {
    for trial in argon2.trials {
      let parameters = trial.parameters
      context.errors.write(
        "measured argon2id m=\(parameters.memoryKiB) t=\(parameters.iterations) "
          + "p=\(parameters.parallelism): "
          + "\(milliseconds(trial.duration))\n")
    }
    for trial in bcrypt.trials {
      context.errors.write(
        "measured bcrypt cost=\(trial.parameters.cost): \(milliseconds(trial.duration))\n")
    }
    var warnings: [String] = []
    if !argon2.isWithinTarget {
      warnings.append(
        "the weakest Argon2id settings tried take \(milliseconds(argon2.duration)), "
          + "over the \(milliseconds(target)) target")
    }
    if !argon2.parameters.meetsOWASPMinimum {
      warnings.append(
        "the Argon2id proposal is below OWASP's minimum (for example m=19456 t=2); "
          + "allow more time or memory"
      )
    }
    if !bcrypt.isWithinTarget {
      warnings.append(
        "bcrypt cost 4 takes \(milliseconds(bcrypt.duration)), "
          + "over the \(milliseconds(target)) target"
      )
    }
    if bcrypt.parameters.cost < BcryptParameters.owaspMinimum.cost {
      warnings.append("the bcrypt proposal is below OWASP's minimum cost of 10; allow more time")
    }
    for warning in warnings {
      context.errors.write("guesswork: warning: \(warning)\n")
    }
    return warnings.count
  }

  private static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return "\((value * 10).rounded() / 10) ms"
  }
}
