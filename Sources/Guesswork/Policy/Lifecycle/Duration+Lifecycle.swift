import Foundation

extension Duration {
  /// The duration in seconds as a `TimeInterval`, for `Date` arithmetic.
  var timeInterval: TimeInterval {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// The seconds as written in messages: `900` or `0.5`.
  var secondsText: String {
    let parts = components
    if parts.attoseconds == 0 { return "\(parts.seconds)" }
    return "\(timeInterval)"
  }

  /// Whether the duration is longer than zero.
  var isPositive: Bool { self > .zero }
}
