#if canImport(Glibc)
  import Glibc
#endif

/// Finds the strongest Argon2id and bcrypt parameters that hash within a target time.
///
/// Argon2id: memory comes first because it is what makes guessing hardware
/// expensive. The tuner starts at `maximumMemoryKiB` with one pass, halves the
/// memory while one pass is too slow, then fits passes to the remaining time
/// with a line through the one- and two-pass times, and corrects the estimate
/// by measuring. bcrypt: cost 8 is measured, the cost whose doubling fits the
/// target is estimated from it, then corrected by measuring.
///
/// Measurement is injected so that the search can be tested with a model of
/// the machine; `HashingTuner.measuringThisMachine` times real hashes.
public struct HashingTuner {
  /// Maximum time for one hash.
  public var target: Duration
  /// Most memory a proposal may use, in KiB.
  public var maximumMemoryKiB: Int
  /// Lanes of proposed Argon2id parameters.
  public var parallelism: Int

  private let measureArgon2: (Argon2Parameters) throws(HashingError) -> Duration
  private let measureBcrypt: (BcryptParameters) throws(HashingError) -> Duration

  /// How many passes above the estimate the tuner tries before it stops climbing.
  static let maximumUpwardSteps = 4
  /// bcrypt cost measured first; cheap everywhere, yet long enough to time.
  static let bcryptProbeCost = 8

  public init(
    target: Duration,
    maximumMemoryKiB: Int,
    parallelism: Int,
    measureArgon2: @escaping (Argon2Parameters) throws(HashingError) -> Duration,
    measureBcrypt: @escaping (BcryptParameters) throws(HashingError) -> Duration
  ) {
    self.target = target
    self.maximumMemoryKiB = maximumMemoryKiB
    self.parallelism = parallelism
    self.measureArgon2 = measureArgon2
    self.measureBcrypt = measureBcrypt
  }

  /// Proposes Argon2id parameters with `parallelism` lanes and at most `maximumMemoryKiB`.
  ///
  /// - Throws: `HashingError` when the budget is invalid or a measurement fails.
  public func tuneArgon2id() throws(HashingError) -> TuningResult<Argon2Parameters> {
    let largest = Argon2Parameters(
      memoryKiB: maximumMemoryKiB, iterations: 1, parallelism: parallelism)
    try largest.validate(limits: .formatMaximum)
    var search = TrialLog<Argon2Parameters>(target: target, measure: measureArgon2)
    let lowestMemory = Argon2Parameters.minimumMemoryKiBPerLane * parallelism
    var memory = maximumMemoryKiB
    var onePass = try search.measure(largest)
    while onePass > target && memory > lowestMemory {
      memory = max(memory / 2, lowestMemory)
      onePass = try search.measure(
        Argon2Parameters(memoryKiB: memory, iterations: 1, parallelism: parallelism))
    }
    let passes = try fitPasses(memoryKiB: memory, onePass: onePass, search: &search)
    return search.result(
      preferring: Argon2Parameters(memoryKiB: memory, iterations: passes, parallelism: parallelism))
  }

  /// Fits the number of passes at a fixed memory, measuring each estimate.
  private func fitPasses(
    memoryKiB: Int,
    onePass: Duration,
    search: inout TrialLog<Argon2Parameters>
  ) throws(HashingError) -> Int {
    func parameters(_ passes: Int) -> Argon2Parameters {
      Argon2Parameters(memoryKiB: memoryKiB, iterations: passes, parallelism: parallelism)
    }
    guard onePass <= target else {
      return 1
    }
    let twoPasses = try search.measure(parameters(2))
    guard twoPasses <= target else {
      return 1
    }
    // A noisy machine can make two passes look barely slower than one, which
    // would predict thousands of passes and a trial that runs for minutes.
    // Each pass costs about as much as the first, so take at least half of it.
    let perPass = max(twoPasses - onePass, onePass / 2, .nanoseconds(1))
    let estimate = 2 + Int(((target - twoPasses) / perPass).rounded(.down))
    var passes = min(max(estimate, 2), Argon2Parameters.iterationsRange.upperBound)
    while passes > 2, try search.measure(parameters(passes)) > target {
      passes -= 1
    }
    var steps = 0
    while steps < Self.maximumUpwardSteps, passes < Argon2Parameters.iterationsRange.upperBound,
      try search.measure(parameters(passes + 1)) <= target
    {
      passes += 1
      steps += 1
    }
    return passes
  }

  /// Proposes the highest bcrypt cost whose measured time is within the target.
  ///
  /// - Throws: `HashingError` when a measurement fails.
  public func tuneBcrypt() throws(HashingError) -> TuningResult<BcryptParameters> {
    var search = TrialLog<BcryptParameters>(target: target, measure: measureBcrypt)
    let range = BcryptParameters.costRange
    var cost = Self.bcryptProbeCost
    let probe = try search.measure(BcryptParameters(cost: cost))
    if probe > target {
      while cost > range.lowerBound {
        cost -= 1
        if try search.measure(BcryptParameters(cost: cost)) <= target {
          break
        }
      }
      return search.result(preferring: BcryptParameters(cost: cost))
    }
    let doublings = Int(log2(target / max(probe, .nanoseconds(1))).rounded(.down))
    cost = min(Self.bcryptProbeCost + doublings, range.upperBound)
    while cost > Self.bcryptProbeCost, try search.measure(BcryptParameters(cost: cost)) > target {
      cost -= 1
    }
    var steps = 0
    while steps < Self.maximumUpwardSteps, cost < range.upperBound,
      try search.measure(BcryptParameters(cost: cost + 1)) <= target
    {
      cost += 1
      steps += 1
    }
    return search.result(preferring: BcryptParameters(cost: cost))
  }
}
