import Testing

@testable import Guesswork

/// zxcvbn 4.4.2's thresholds: below 10^3 + 5 scores 0, below 10^6 + 5
/// scores 1, below 10^8 + 5 scores 2, below 10^10 + 5 scores 3.
@Suite struct ScoreTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let guesses: Double
    let expected: Score
    var testDescription: String { "\(guesses)" }
  }

  static let cases: [Case] = [
    Case(guesses: 0, expected: .tooGuessable),
    Case(guesses: 1, expected: .tooGuessable),
    Case(guesses: 1004.999, expected: .tooGuessable),
    Case(guesses: 1005, expected: .veryGuessable),
    Case(guesses: 1_000_004.999, expected: .veryGuessable),
    Case(guesses: 1_000_005, expected: .somewhatGuessable),
    Case(guesses: 100_000_004.999, expected: .somewhatGuessable),
    Case(guesses: 100_000_005, expected: .safelyUnguessable),
    Case(guesses: 10_000_000_004.99, expected: .safelyUnguessable),
    Case(guesses: 10_000_000_005, expected: .veryUnguessable),
    Case(guesses: .greatestFiniteMagnitude, expected: .veryUnguessable),
    Case(guesses: .infinity, expected: .veryUnguessable),
  ]

  @Test(arguments: cases)
  func scoreForGuesses(_ testCase: Case) {
    #expect(Score(guesses: testCase.guesses) == testCase.expected)
  }

  @Test func rawValuesRunFromZeroToFour() {
    #expect(Score.allCases.map(\.rawValue) == [0, 1, 2, 3, 4])
    #expect(Score.tooGuessable < Score.veryUnguessable)
  }
}
