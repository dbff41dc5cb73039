/// Levenshtein distance between two scalar arrays, computed only as far as a
/// limit.
///
/// Insertions, deletions and substitutions each cost 1. Only cells within
/// `limit` of the diagonal can hold a distance below the limit, so the work
/// is O(*n* · *limit*) instead of O(*n* · *m*), and the loop stops as soon as
/// a whole row reaches the limit. This keeps the history check cheap for
/// long, attacker-chosen passwords.
///
///     distance([k,i,t,t,e,n], [s,i,t,t,i,n,g], limit: 5)  // 3
///     distance([k,i,t,t,e,n], [s,i,t,t,i,n,g], limit: 2)  // 2 (capped)
enum BoundedEditDistance {
  /// Returns `min(levenshtein(source, target), limit)`, or 0 when `limit`
  /// is 0 or less.
  static func distance(_ source: [UInt32], _ target: [UInt32], limit: Int) -> Int {
    guard limit > 0 else { return 0 }
    if abs(source.count - target.count) >= limit { return limit }
    if source.isEmpty || target.isEmpty { return max(source.count, target.count) }

    // previous[column] is the distance between source[..<row - 1] and
    // target[..<column]. Cells outside the band hold `limit`.
    var previous = [Int](repeating: limit, count: target.count + 1)
    for column in 0...min(target.count, limit) {
      previous[column] = column
    }
    var current = previous
    for row in 1...source.count {
      let low = max(1, row - limit)
      let high = min(target.count, row + limit)
      current[low - 1] = low == 1 ? min(row, limit) : limit
      var rowMinimum = current[low - 1]
      for column in low...high {
        let substitution = previous[column - 1] + (source[row - 1] == target[column - 1] ? 0 : 1)
        let cost = min(substitution, previous[column] + 1, current[column - 1] + 1, limit)
        current[column] = cost
        rowMinimum = min(rowMinimum, cost)
      }
      if high < target.count { current[high + 1] = limit }
      if rowMinimum >= limit { return limit }
      swap(&previous, &current)
    }
    return min(previous[target.count], limit)
  }
}
