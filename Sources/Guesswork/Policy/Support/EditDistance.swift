/// Levenshtein distance between strings: the fewest insertions, deletions
/// and substitutions that turn one into the other.
enum EditDistance {
  /// Returns the distance between two strings, counted in Unicode scalars.
  ///
  /// The distance never exceeds the longer length, so the banded search of
  /// ``BoundedEditDistance`` with a limit one above it gives the exact value.
  ///
  /// - Complexity: O(*m* × *n*) time and O(*n*) memory.
  static func between(_ first: String, _ second: String) -> Int {
    let firstScalars = first.unicodeScalars.map(\.value)
    let secondScalars = second.unicodeScalars.map(\.value)
    let limit = max(firstScalars.count, secondScalars.count) + 1
    return BoundedEditDistance.distance(firstScalars, secondScalars, limit: limit)
  }
}
