import Testing

@testable import Guesswork

/// Hand-built candidates for zxcvbn's minimum-guesses search. A sequence of
/// `l` parts costs `l! × ∏ guesses + 10000^(l−1)`. Brute force costs 10 per
/// character (at least 11 for one, 51 for more). Each expected value is
/// worked out next to its case.
@Suite struct MinimumGuessSearchTests {
  /// A candidate whose kind does not matter to the search.
  private func candidate(_ start: Int, _ end: Int) -> Candidate {
    Candidate(
      start: start, end: end,
      kind: .sequence(
        SequencePattern(kind: .lower, space: 26, isAscending: true)))
  }

  private func search(
    count: Int, _ candidates: [(start: Int, end: Int, guesses: Double)] = []
  ) -> MinimumGuessSearch.Result {
    MinimumGuessSearch(
      count: count,
      candidates: candidates.map { candidate($0.start, $0.end) },
      candidateGuesses: candidates.map(\.guesses)
    ).run()
  }

  @Test func emptyTextCostsOneGuess() {
    let result = search(count: 0)
    #expect(result.guesses == 1)
    #expect(result.parts.isEmpty)
  }

  @Test func oneCharacterWithoutCandidates() {
    // 1! × 11 + 10000^0.
    let result = search(count: 1)
    #expect(result.guesses == 12)
    #expect(result.parts == [.bruteforce(start: 0, end: 0)])
  }

  @Test func twoCharactersWithoutCandidates() {
    // One brute-force part of 100 beats two parts of 11: 2! × 121 + 10^4.
    let result = search(count: 2)
    #expect(result.guesses == 101)
    #expect(result.parts == [.bruteforce(start: 0, end: 1)])
  }

  @Test func candidateCoveringEverything() {
    // 1! × 5 + 1.
    let result = search(count: 3, [(0, 2, 5)])
    #expect(result.guesses == 6)
    #expect(result.product == 5)
    #expect(result.parts == [.candidate(0)])
  }

  @Test func shortTextPrefersOnePart() {
    // Brute force of 4: 10^4 + 1 = 10001. Candidate plus one character:
    // 2! × 50 × 11 + 10^4 = 11100. The extra part costs more than it saves.
    let result = search(count: 4, [(0, 2, 50)])
    #expect(result.guesses == 10001)
    #expect(result.parts == [.bruteforce(start: 0, end: 3)])
  }

  @Test func gapIsFilledByBruteforce() {
    // 2! × 50 × 11 + 10^4 = 11100 beats 10^6 + 1.
    let result = search(count: 6, [(0, 4, 50)])
    #expect(result.guesses == 11100)
    #expect(result.product == 550)
    #expect(result.parts == [.candidate(0), .bruteforce(start: 5, end: 5)])
  }

  @Test func twoCandidatesSideBySide() {
    // 2! × 50 × 50 + 10^4 = 15000, against 2! × 50 × 1000 + 10^4 for one
    // candidate and brute force.
    let result = search(count: 6, [(0, 2, 50), (3, 5, 50)])
    #expect(result.guesses == 15000)
    #expect(result.parts == [.candidate(0), .candidate(1)])
  }

  @Test func overlappingCandidatesPickTheCheaperPath() {
    // [0...3] + [4...7]: 2! × 60 × 60 + 10^4 = 17200.
    // [0...5] + [6...7]: 2! × 50 × 100 + 10^4 = 20000.
    let result = search(count: 8, [(0, 3, 60), (0, 5, 50), (4, 7, 60)])
    #expect(result.guesses == 17200)
    #expect(result.parts == [.candidate(0), .candidate(2)])
  }

  @Test func tieKeepsTheFirstCandidate() {
    // Equal spans and guesses: the one that arrived first stays.
    let result = search(count: 3, [(0, 2, 7), (0, 2, 7)])
    #expect(result.parts == [.candidate(0)])
    let cheaperSecond = search(count: 3, [(0, 2, 7), (0, 2, 6)])
    #expect(cheaperSecond.parts == [.candidate(1)])
  }

  @Test func tieBetweenPathsKeepsTheFirstFound() {
    // [0...2] + brute force 3...6 and brute force 0...3 + [4...6] both cost
    // 2! × 50 × 10^4 + 10^4 = 1010000. At offset 6 the candidate ending
    // there is tried before brute force, so brute force then a candidate
    // is kept.
    let result = search(count: 7, [(0, 2, 50), (4, 6, 50)])
    #expect(result.guesses == 1_010_000)
    #expect(result.parts == [.bruteforce(start: 0, end: 3), .candidate(1)])
  }

  @Test func infiniteCandidateNeverWins() {
    // The infinite candidate is tried first. Brute force, 10^3 + 1, then
    // replaces it because infinity is not at most 1001.
    let result = search(count: 3, [(0, 2, .infinity), (0, 0, .infinity)])
    #expect(result.guesses == 1001)
    #expect(result.parts == [.bruteforce(start: 0, end: 2)])
  }

  @Test func finiteCandidateReplacesAnInfiniteOne() {
    let result = search(count: 3, [(0, 2, .infinity), (0, 2, 5)])
    #expect(result.guesses == 6)
    #expect(result.parts == [.candidate(1)])
  }

  @Test func overflowingProductIsSkipped() {
    // Two parts of 10^200 multiply to infinity. Brute force costs 101.
    let result = search(count: 2, [(0, 0, 1e200), (1, 1, 1e200)])
    #expect(result.guesses == 101)
    #expect(result.parts == [.bruteforce(start: 0, end: 1)])
  }

  @Test func saturatedBruteforceStaysFinite() {
    // 10^400 saturates at the largest double. Adding 1 keeps it there.
    let result = search(count: 400)
    #expect(result.guesses == .greatestFiniteMagnitude)
    #expect(result.parts == [.bruteforce(start: 0, end: 399)])
  }

  @Test func partsCoverTheTextInOrder() {
    let result = search(count: 12, [(0, 2, 50), (3, 5, 50), (6, 8, 50), (9, 11, 50)])
    var next = 0
    for part in result.parts {
      switch part {
      case .candidate(let index):
        #expect(index == next / 3)
        next += 3
      case .bruteforce(let start, let end):
        #expect(start == next)
        next = end + 1
      }
    }
    #expect(next == 12)
  }
}
