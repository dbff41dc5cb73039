/// Short English text for a duration, such as "3 hours" or "centuries".
///
/// Units follow zxcvbn: a month is 31 days and a year 12 such months. The
/// count is rounded half up, as JavaScript's `Math.round` does.
public enum DurationText {
  /// Returns the text for a duration in seconds.
  public static func describe(seconds: Double) -> String {
    let minute = 60.0
    let hour = minute * 60
    let day = hour * 24
    let month = day * 31
    let year = month * 12
    let century = year * 100
    let units: [(limit: Double, size: Double, name: String)] = [
      (minute, 1, "second"),
      (hour, minute, "minute"),
      (day, hour, "hour"),
      (month, day, "day"),
      (year, month, "month"),
      (century, year, "year"),
    ]
    if seconds < 1 {
      return "less than a second"
    }
    for unit in units where seconds < unit.limit {
      let count = (seconds / unit.size + 0.5).rounded(.down)
      let countText = String(Int(count))
      return count == 1 ? "\(countText) \(unit.name)" : "\(countText) \(unit.name)s"
    }
    return "centuries"
  }
}
