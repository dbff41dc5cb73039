/// Parses durations such as `250ms`, `1s` or `0.5s` given to `--target`.
enum DurationOption {
  /// Accepted range: a hash must take some time, and a login should not wait a minute.
  static let range = Duration.milliseconds(1)...Duration.seconds(60)

  static func parse(_ text: String, option: String) throws(UsageError) -> Duration {
    let units: [(suffix: String, perUnit: Double)] = [("ms", 1e-3), ("s", 1)]
    for unit in units where text.hasSuffix(unit.suffix) {
      let number = text.dropLast(unit.suffix.count)
      guard let value = Double(number), value.isFinite, value >= 0 else {
        break
      }
      let duration = Duration.nanoseconds(Int64((value * unit.perUnit * 1e9).rounded()))
      guard range.contains(duration) else {
        throw UsageError("invalid --\(option) '\(text)'; use 1ms to 60s")
      }
      return duration
    }
    throw UsageError("invalid --\(option) '\(text)'; expected a duration such as 250ms or 1s")
  }
}
