/// Time to find a password under zxcvbn's four attack scenarios.
public struct CrackTimes: Sendable, Hashable {
  /// Online attack throttled to 100 guesses per hour.
  public let onlineThrottling100PerHour: Double
  /// Online attack without throttling, at 10 guesses per second.
  public let onlineNoThrottling10PerSecond: Double
  /// Offline attack on a slow hash such as bcrypt, at 10⁴ guesses per second.
  public let offlineSlowHashing1e4PerSecond: Double
  /// Offline attack on a fast hash, at 10¹⁰ guesses per second.
  public let offlineFastHashing1e10PerSecond: Double

  /// Computes the times, in seconds, for a guess count; each time
  /// saturates at the largest finite double.
  public init(guesses: Double) {
    let seconds = { (rate: Double) in min(guesses / rate, .greatestFiniteMagnitude) }
    onlineThrottling100PerHour = seconds(100.0 / 3600.0)
    onlineNoThrottling10PerSecond = seconds(10)
    offlineSlowHashing1e4PerSecond = seconds(1e4)
    offlineFastHashing1e10PerSecond = seconds(1e10)
  }

  /// The four scenarios with the key zxcvbn uses for each, slowest first.
  public var scenarios: [(key: String, seconds: Double)] {
    [
      ("online_throttling_100_per_hour", onlineThrottling100PerHour),
      ("online_no_throttling_10_per_second", onlineNoThrottling10PerSecond),
      ("offline_slow_hashing_1e4_per_second", offlineSlowHashing1e4PerSecond),
      ("offline_fast_hashing_1e10_per_second", offlineFastHashing1e10PerSecond),
    ]
  }
}
