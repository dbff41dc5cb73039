/// One timed run of a hashing algorithm during tuning.
public struct TuningTrial<Parameters: Sendable & Hashable>: Sendable, Hashable {
  public let parameters: Parameters
  public let duration: Duration
}

/// Parameters a tuner proposes, with every trial that led to them.
public struct TuningResult<Parameters: Sendable & Hashable>: Sendable, Hashable {
  /// The strongest parameters measured within the target, or the weakest tried when none fit.
  public let parameters: Parameters
  /// Measured time of `parameters`.
  public let duration: Duration
  /// Whether `duration` is within the target.
  public let isWithinTarget: Bool
  /// Every measurement in the order taken.
  public let trials: [TuningTrial<Parameters>]
}
