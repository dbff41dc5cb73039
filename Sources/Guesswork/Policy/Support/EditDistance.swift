/// Levenshtein distance between sequences: the fewest insertions, deletions
/// and substitutions that turn one into the other.
enum EditDistance {
  /// Returns the distance between two strings, counted in Unicode scalars.
  ///
  /// - Complexity: O(*m* × *n*) time and O(*n*) memory.
  static func between(_ first: String, _ second: String) -> Int {
    between(Array(first.unicodeScalars), Array(second.unicodeScalars))
  }

  /// Returns the distance between two arrays.
  static func between<Element: Equatable>(_ first: [Element], _ second: [Element]) -> Int {
    if first.isEmpty { return second.count }
    if second.isEmpty { return first.count }
    var previous = Array(0...second.count)
    var current = Array(repeating: 0, count: second.count + 1)
    for (row, element) in first.enumerated() {
      current[0] = row + 1
      for column in 1...second.count {
        let substitution = previous[column - 1] + (element == second[column - 1] ? 0 : 1)
        current[column] = min(substitution, previous[column] + 1, current[column - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[second.count]
  }
}
