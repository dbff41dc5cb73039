import Testing

@testable import Guesswork

/// Times are guesses divided by each rate, as in zxcvbn 4.4.2's
/// `estimate_attack_times`.
@Suite struct CrackTimesTests {
  @Test func timesForTenThousandGuesses() {
    // 10^4 / (100 / 3600), 10^4 / 10, 10^4 / 10^4, 10^4 / 10^10 in doubles.
    let times = CrackTimes(guesses: 1e4)
    #expect(times.onlineThrottling100PerHour == 360_000)
    #expect(times.onlineNoThrottling10PerSecond == 1000)
    #expect(times.offlineSlowHashing1e4PerSecond == 1)
    #expect(times.offlineFastHashing1e10PerSecond == 1e-6)
  }

  @Test func scenariosUseZxcvbnKeysSlowestFirst() {
    let times = CrackTimes(guesses: 1e4)
    #expect(
      times.scenarios.map(\.key) == [
        "online_throttling_100_per_hour", "online_no_throttling_10_per_second",
        "offline_slow_hashing_1e4_per_second", "offline_fast_hashing_1e10_per_second",
      ])
    #expect(times.scenarios.map(\.seconds) == [360_000, 1000, 1, 1e-6])
  }

  @Test func largestGuessCountSaturates() {
    // Dividing the largest double by 100/3600 overflows. The time stays
    // at the largest double instead of becoming infinity.
    let times = CrackTimes(guesses: .greatestFiniteMagnitude)
    #expect(times.onlineThrottling100PerHour == .greatestFiniteMagnitude)
    #expect(times.scenarios.allSatisfy { $0.seconds.isFinite })
  }

  @Test func oneGuess() {
    let times = CrackTimes(guesses: 1)
    #expect(times.onlineNoThrottling10PerSecond == 0.1)
    #expect(times.offlineFastHashing1e10PerSecond == 1e-10)
  }
}
