import Testing

@testable import Guesswork

@Suite struct BoundedEditDistanceTests {
  /// Full Wagner–Fischer table: obviously correct, quadratic, for reference.
  static func referenceDistance(_ source: [UInt32], _ target: [UInt32]) -> Int {
    var table = [[Int]](
      repeating: [Int](repeating: 0, count: target.count + 1), count: source.count + 1)
    for row in 0...source.count { table[row][0] = row }
    for column in 0...target.count { table[0][column] = column }
    for row in stride(from: 1, through: source.count, by: 1) {
      for column in stride(from: 1, through: target.count, by: 1) {
        let same = source[row - 1] == target[column - 1]
        table[row][column] = min(
          table[row - 1][column - 1] + (same ? 0 : 1),
          table[row - 1][column] + 1,
          table[row][column - 1] + 1)
      }
    }
    return table[source.count][target.count]
  }

  /// Every string of length 0...4 over a two-letter alphabet.
  static let smallStrings: [[UInt32]] = (0...4).flatMap { length in
    (0..<(1 << length)).map { bits in
      (0..<length).map { UInt32(97 + (bits >> $0) & 1) }
    }
  }

  @Test func matchesReferenceOnAllSmallPairs() {
    for source in Self.smallStrings {
      for target in Self.smallStrings {
        let exact = Self.referenceDistance(source, target)
        for limit in 0...6 {
          let bounded = BoundedEditDistance.distance(source, target, limit: limit)
          #expect(bounded == min(exact, limit), "\(source) \(target) limit \(limit)")
        }
      }
    }
  }

  // kitten → sitting: substitute k/s, substitute e/i, insert g.
  @Test func kittenToSittingIsThree() {
    let kitten = Array("kitten".unicodeScalars.map(\.value))
    let sitting = Array("sitting".unicodeScalars.map(\.value))
    #expect(BoundedEditDistance.distance(kitten, sitting, limit: 10) == 3)
    #expect(BoundedEditDistance.distance(kitten, sitting, limit: 3) == 3)
    #expect(BoundedEditDistance.distance(kitten, sitting, limit: 2) == 2)
  }

  @Test func emptyAgainstWordIsItsLength() {
    let word: [UInt32] = [1, 2, 3]
    #expect(BoundedEditDistance.distance([], word, limit: 5) == 3)
    #expect(BoundedEditDistance.distance(word, [], limit: 5) == 3)
    #expect(BoundedEditDistance.distance([], [], limit: 5) == 0)
  }

  @Test func zeroOrNegativeLimitIsZero() {
    #expect(BoundedEditDistance.distance([1], [2], limit: 0) == 0)
    #expect(BoundedEditDistance.distance([1], [2], limit: -4) == 0)
  }

  // Two unrelated 200,000-scalar strings have distance 200,000. Row i of
  // the band has minimum i, so the loop stops after eight rows of at most
  // 17 cells.
  @Test func longInputsStopAtLimit() {
    let first = [UInt32](repeating: 1, count: 200_000)
    let second = [UInt32](repeating: 2, count: 200_000)
    #expect(BoundedEditDistance.distance(first, second, limit: 8) == 8)
    var nearCopy = first
    nearCopy[100_000] = 2
    #expect(BoundedEditDistance.distance(first, nearCopy, limit: 8) == 1)
  }

  @Test func randomPairsMatchReference() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let source = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        UInt32.random(in: 0...3, using: &generator)
      }
      let target = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
        UInt32.random(in: 0...3, using: &generator)
      }
      let limit = Int.random(in: 1...14, using: &generator)
      let expected = min(Self.referenceDistance(source, target), limit)
      #expect(
        BoundedEditDistance.distance(source, target, limit: limit) == expected,
        "\(source) \(target) limit \(limit)")
    }
  }
}
