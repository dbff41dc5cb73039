/// Details of a repeated unit, such as `abc` in `abcabcabc`.
public struct RepeatPattern: Sendable, Hashable {
  /// The unit that repeats.
  public let baseToken: String
  /// Guesses needed for the unit on its own.
  public let baseGuesses: Double
  /// The cheapest way to guess the unit, as its own match sequence.
  public let baseMatches: [Match]
  /// How many times the unit occurs.
  public let repeatCount: Int
}
