/// Details of a calendar date.
public struct DatePattern: Sendable, Hashable {
  /// The separator between day, month and year; empty when there is none.
  public let separator: String
  /// Four-digit year; two-digit years are read as 1951–2050.
  public let year: Int
  /// Month, 1–12.
  public let month: Int
  /// Day, 1–31; the day is not checked against the month.
  public let day: Int
}
