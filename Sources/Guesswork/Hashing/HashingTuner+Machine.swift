extension HashingTuner {
  /// Makes a tuner that times real hashes on this machine, keeping the median of `samples` runs.
  ///
  /// The median resists a single run slowed by other work on the machine
  /// without hiding a machine that is busy all the time.
  ///
  /// - Throws: `HashingError` when the memory budget exceeds `limits`.
  public static func measuringThisMachine(
    target: Duration,
    maximumMemoryKiB: Int,
    parallelism: Int,
    samples: Int = 3,
    limits: HashingLimits = .machine
  ) throws(HashingError) -> HashingTuner {
    let budget = Argon2Parameters(
      memoryKiB: maximumMemoryKiB, iterations: 1, parallelism: parallelism)
    try budget.validate(limits: limits)
    return HashingTuner(
      target: target,
      maximumMemoryKiB: maximumMemoryKiB,
      parallelism: parallelism,
      measureArgon2: { (parameters) throws(HashingError) in
        var policy = HashingPolicy.recommended
        policy.argon2id = parameters
        return try medianHashTime(policy: policy, limits: limits, samples: samples)
      },
      measureBcrypt: { (parameters) throws(HashingError) in
        var policy = HashingPolicy.recommended
        policy.algorithm = .bcrypt
        policy.bcrypt = parameters
        return try medianHashTime(policy: policy, limits: limits, samples: samples)
      })
  }

  private static func medianHashTime(
    policy: HashingPolicy,
    limits: HashingLimits,
    samples: Int
  ) throws(HashingError) -> Duration {
    let hasher = try PasswordHasher(policy: policy, limits: limits)
    let clock = ContinuousClock()
    var durations: [Duration] = []
    for _ in 0..<max(samples, 1) {
      let start = clock.now
      _ = try hasher.hash("tuning sample, not a secret")
      durations.append(clock.now - start)
    }
    return durations.sorted()[durations.count / 2]
  }
}
