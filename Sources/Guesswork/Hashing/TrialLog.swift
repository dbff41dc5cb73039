/// Measurements taken during one tuning search, kept for the report.
struct TrialLog<Parameters: Sendable & Hashable> {
  let target: Duration
  let measureOnce: (Parameters) throws(HashingError) -> Duration
  private(set) var trials: [TuningTrial<Parameters>] = []

  init(target: Duration, measure: @escaping (Parameters) throws(HashingError) -> Duration) {
    self.target = target
    self.measureOnce = measure
  }

  /// Measures `parameters`, records the trial and returns its duration.
  mutating func measure(_ parameters: Parameters) throws(HashingError) -> Duration {
    let duration = try measureOnce(parameters)
    trials.append(TuningTrial(parameters: parameters, duration: duration))
    return duration
  }

  /// Builds the result for `parameters`, which the search has measured.
  func result(preferring parameters: Parameters) -> TuningResult<Parameters> {
    guard let duration = trials.last(where: { $0.parameters == parameters })?.duration else {
      preconditionFailure("a tuning search proposed parameters it never measured")
    }
    return TuningResult(
      parameters: parameters, duration: duration, isWithinTarget: duration <= target, trials: trials
    )
  }
}
