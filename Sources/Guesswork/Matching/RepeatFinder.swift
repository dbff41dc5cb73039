/// Finds repeats the way zxcvbn 4.4.2's regular expressions do, without
/// regular expressions.
///
/// zxcvbn searches from an offset with a greedy `(.+)\1+` and a lazy
/// `(.+?)\1+`. Both first succeed at the same leftmost offset. The greedy one
/// takes the longest unit that is followed by a copy of itself, the lazy one
/// the shortest, and each then takes as many further copies as follow. The
/// longer of the two runs wins (the lazy one on a tie); for the greedy run,
/// the unit is then the shortest period that divides the run exactly. As in
/// JavaScript, `.` matches anything but a line terminator, so a unit never
/// contains one.
///
/// - Complexity: O(*n*³) comparisons in the worst case for *n* scalars, which
///   the estimator bounds by capping the analysed length.
struct RepeatFinder {
  let scalars: [UInt32]

  init(_ scalars: [UInt32]) {
    self.scalars = scalars
  }

  /// Returns the next repeat at or after `from`: where it starts, its length
  /// and the length of its unit.
  func next(from: Int) -> (start: Int, length: Int, unitLength: Int)? {
    for start in from..<scalars.count {
      let maximumUnit = unitLimit(at: start)
      guard maximumUnit > 0 else { continue }
      guard let shortest = (1...maximumUnit).first(where: { isFollowedByCopy(start, $0) }) else {
        continue
      }
      let longest =
        (shortest...maximumUnit).reversed().first { isFollowedByCopy(start, $0) }
        ?? shortest
      let lazyLength = runLength(start, unit: shortest)
      let greedyLength = runLength(start, unit: longest)
      if greedyLength > lazyLength {
        return (start, greedyLength, shortestPeriod(start, length: greedyLength))
      }
      return (start, lazyLength, shortest)
    }
    return nil
  }

  /// The longest unit that can start at `start` and still be followed by a
  /// full copy, limited by line terminators.
  private func unitLimit(at start: Int) -> Int {
    var limit = 0
    while start + limit < scalars.count, !Self.isLineTerminator(scalars[start + limit]) {
      limit += 1
    }
    return min(limit, (scalars.count - start) / 2)
  }

  private func isFollowedByCopy(_ start: Int, _ unit: Int) -> Bool {
    guard start + 2 * unit <= scalars.count else { return false }
    return scalars[start..<start + unit].elementsEqual(scalars[start + unit..<start + 2 * unit])
  }

  /// Length of the run of whole copies of the unit starting at `start`.
  private func runLength(_ start: Int, unit: Int) -> Int {
    var copies = 2
    while isRepeated(start, unit: unit, copy: copies) {
      copies += 1
    }
    return copies * unit
  }

  private func isRepeated(_ start: Int, unit: Int, copy: Int) -> Bool {
    let offset = start + copy * unit
    guard offset + unit <= scalars.count else { return false }
    return scalars[start..<start + unit].elementsEqual(scalars[offset..<offset + unit])
  }

  /// The shortest unit whose copies make up exactly `length` scalars.
  private func shortestPeriod(_ start: Int, length: Int) -> Int {
    for unit in 1...length where length % unit == 0 && length / unit >= 2 {
      let isPeriod = (unit..<length).allSatisfy {
        scalars[start + $0] == scalars[start + $0 - unit]
      }
      if isPeriod {
        return unit
      }
    }
    return length
  }

  private static func isLineTerminator(_ scalar: UInt32) -> Bool {
    scalar == 0x0A || scalar == 0x0D || scalar == 0x2028 || scalar == 0x2029
  }
}
