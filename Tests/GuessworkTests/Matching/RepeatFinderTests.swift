import Testing

@testable import Guesswork

/// `RepeatFinder` reproduces JavaScript's greedy `(.+)\1+` and lazy
/// `(.+?)\1+` searches. Expected values follow from those expressions.
@Suite struct RepeatFinderTests {
  private func next(_ password: String, from: Int = 0) -> (
    start: Int, length: Int, unitLength: Int
  )? {
    RepeatFinder(PasswordText(password).scalars).next(from: from)
  }

  private func expectNext(
    _ password: String, from: Int = 0, _ start: Int, _ length: Int, _ unitLength: Int,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let found = next(password, from: from)
    #expect(found?.start == start, sourceLocation: sourceLocation)
    #expect(found?.length == length, sourceLocation: sourceLocation)
    #expect(found?.unitLength == unitLength, sourceLocation: sourceLocation)
  }

  @Test func emptyAndSingleCharacter() {
    #expect(next("") == nil)
    #expect(next("a") == nil)
  }

  @Test func twoCharacters() {
    #expect(next("ab") == nil)
    expectNext("aa", 0, 2, 1)
  }

  @Test func searchStartsAtTheGivenOffset() {
    // From offset 1, "aa" at 0...1 is out of reach. "bb" at 2...3 is next.
    expectNext("aabb", from: 1, 2, 2, 1)
    #expect(next("aab", from: 1) == nil)
  }

  @Test func lazyWinsATie() {
    // Greedy finds "aa" twice and lazy "a" four times. Both cover 4, so
    // the lazy unit "a" is kept.
    expectNext("aaaa", 0, 4, 1)
  }

  @Test func greedyWinsWhenLonger() {
    // Lazy: "a" twice (2 scalars). Greedy: "aab" twice (6 scalars).
    expectNext("aabaab", 0, 6, 3)
  }

  @Test func greedyRunReducedToShortestPeriod() {
    // Greedy takes "aabaab" twice. The anchored lazy search then finds
    // that "aab" repeated four times spells the same run.
    expectNext("aabaabaabaab", 0, 12, 3)
  }

  @Test func leftmostStartWins() {
    // Both searches first succeed at offset 1 ("bb"), before "cdcd".
    expectNext("abbcdcd", 1, 2, 1)
  }

  @Test func lineTerminatorEndsTheUnit() {
    // "." stops at the line feed, so no unit can span "a\n".
    #expect(next("a\na\n") == nil)
    expectNext("x\nxx", 2, 2, 1)
  }
}
