import Testing

@testable import Guesswork

/// Expected guesses come from the estimators in `zxcvbn.scoring` of zxcvbn
/// 4.5.0 (Python) with `REFERENCE_YEAR = 2017`, called on hand-built match
/// dictionaries as shown next to each case.
@Suite struct GuessModelTests {
  private let model = Estimation(context: Fixture.context()).guessModel

  private func guesses(_ kind: CandidateKind, token: String, in password: String? = nil) -> Double {
    let text = PasswordText(password ?? token)
    let start = (password ?? token).unicodeScalars.count - token.unicodeScalars.count
    let candidate = Candidate(start: start, end: text.count - 1, kind: kind)
    return model.guesses(for: candidate, in: text)
  }

  private func word(
    rank: Int, reversed: Bool = false, substitutions: [(String, String)] = []
  ) -> CandidateKind {
    let pairs = substitutions.map { substitute, letter in
      (substitute: PasswordText(substitute).scalars[0], letter: PasswordText(letter).scalars[0])
    }
    return .dictionary(
      DictionaryHit(list: 0, word: 0, rank: rank, isReversed: reversed, substitutions: pairs))
  }

  // MARK: Brute force

  @Test func bruteforceIsTenPerCharacter() {
    // bruteforce_guesses: 10 ** len(token), at least 11 for one character
    // and 51 for more.
    #expect(GuessModel.bruteforceGuesses(length: 1) == 11)
    #expect(GuessModel.bruteforceGuesses(length: 2) == 100)
    #expect(GuessModel.bruteforceGuesses(length: 3) == 1000)
    #expect(GuessModel.bruteforceGuesses(length: 20) == 1e20)
  }

  @Test func bruteforceSaturatesAtTheLargestDouble() {
    // 10^308 is finite. 10^309 overflows, and zxcvbn 4.4.2 then uses
    // Number.MAX_VALUE.
    #expect(GuessModel.bruteforceGuesses(length: 308) == 1e308)
    #expect(GuessModel.bruteforceGuesses(length: 309) == .greatestFiniteMagnitude)
    #expect(GuessModel.bruteforceGuesses(length: 10_000) == .greatestFiniteMagnitude)
  }

  // MARK: Dictionary

  struct WordCase: CustomTestStringConvertible, Sendable {
    let token: String
    let rank: Int
    let reversed: Bool
    let substitutions: [[String]]
    let expected: Double
    var testDescription: String { token }
  }

  static let wordCases: [WordCase] = [
    // dictionary_guesses({'token': T, 'rank': R, 'reversed': V, 'l33t': L, 'sub': S})
    WordCase(token: "aaaaa", rank: 32, reversed: false, substitutions: [], expected: 32),
    WordCase(token: "Aaaaa", rank: 32, reversed: false, substitutions: [], expected: 64),
    WordCase(token: "aaaaA", rank: 32, reversed: false, substitutions: [], expected: 64),
    WordCase(token: "AAAAA", rank: 32, reversed: false, substitutions: [], expected: 64),
    WordCase(token: "AAAaaa", rank: 32, reversed: false, substitutions: [], expected: 1312),
    WordCase(token: "aaa", rank: 32, reversed: true, substitutions: [], expected: 64),
    WordCase(token: "drowssaP", rank: 2, reversed: true, substitutions: [], expected: 8),
    WordCase(
      token: "aaa@@@", rank: 32, reversed: false, substitutions: [["@", "a"]], expected: 1312),
    WordCase(
      token: "AaA@@@", rank: 32, reversed: false, substitutions: [["@", "a"]], expected: 3936),
    WordCase(
      token: "p4ssw0rd", rank: 2, reversed: false, substitutions: [["4", "a"], ["0", "o"]],
      expected: 8),
    WordCase(
      token: "P4ssw0rd", rank: 2, reversed: false, substitutions: [["4", "a"], ["0", "o"]],
      expected: 16),
  ]

  @Test(arguments: wordCases)
  func dictionaryGuesses(_ testCase: WordCase) {
    let kind = word(
      rank: testCase.rank, reversed: testCase.reversed,
      substitutions: testCase.substitutions.map { ($0[0], $0[1]) })
    #expect(guesses(kind, token: testCase.token) == testCase.expected)
  }

  @Test func dictionaryFactorsAreReported() throws {
    // AaA@@@: uppercase_variations 3, l33t_variations 41.
    let hit = DictionaryHit(
      list: 0, word: 0, rank: 32, isReversed: false,
      substitutions: [(substitute: 0x40, letter: 0x61)])
    let factors = model.dictionaryGuesses(hit, token: ArraySlice(PasswordText("AaA@@@").scalars))
    #expect(factors.total == 3936)
    #expect(factors.uppercase == 3)
    #expect(factors.l33t == 41)
  }

  // MARK: Minimum for parts

  @Test func wholePasswordMayCostOneGuess() {
    #expect(guesses(word(rank: 1), token: "password") == 1)
  }

  @Test func partOfOneCharacterCostsAtLeastTen() {
    // MIN_SUBMATCH_GUESSES_SINGLE_CHAR
    #expect(guesses(word(rank: 2), token: "i", in: "xi") == 10)
  }

  @Test func longerPartCostsAtLeastFifty() {
    // MIN_SUBMATCH_GUESSES_MULTI_CHAR
    #expect(guesses(word(rank: 2), token: "password", in: "1password") == 50)
    #expect(guesses(word(rank: 51), token: "password", in: "1password") == 51)
  }

  // MARK: Spatial

  struct WalkCase: CustomTestStringConvertible, Sendable {
    let token: String
    let layout: KeyboardLayoutName
    let turns: Int
    let shifted: Int
    let expected: Double
    var testDescription: String { "\(token) on \(layout.rawValue)" }
  }

  static let walkCases: [WalkCase] = [
    // spatial_guesses({'token': T, 'graph': G, 'turns': N, 'shifted_count': S})
    WalkCase(token: "zxcvbn", layout: .qwerty, turns: 1, shifted: 0, expected: 2160.0000000000005),
    WalkCase(token: "zxcvfr", layout: .qwerty, turns: 2, shifted: 0, expected: 29955.063829787236),
    WalkCase(token: "ZxCvbn", layout: .qwerty, turns: 1, shifted: 2, expected: 45360.00000000001),
    WalkCase(token: "ZXCVBN", layout: .qwerty, turns: 1, shifted: 6, expected: 4320.000000000001),
    WalkCase(token: "qwe", layout: .dvorak, turns: 1, shifted: 0, expected: 864.0000000000001),
    WalkCase(token: "159753", layout: .keypad, turns: 2, shifted: 0, expected: 5770.9333333333325),
    WalkCase(token: "159", layout: .macKeypad, turns: 1, shifted: 0, expected: 152),
    WalkCase(
      token: "1q2w3e4r", layout: .qwerty, turns: 7, shifted: 0, expected: 66455162.437854245),
  ]

  @Test(arguments: walkCases)
  func spatialGuesses(_ testCase: WalkCase) {
    // The sums run in the same order as zxcvbn's, so doubles agree exactly.
    let pattern = SpatialPattern(
      layout: testCase.layout, turns: testCase.turns, shiftedCount: testCase.shifted)
    #expect(guesses(.spatial(pattern), token: testCase.token) == testCase.expected)
  }

  @Test func layoutFigures() throws {
    // KEYBOARD_AVERAGE_DEGREE, KEYPAD_AVERAGE_DEGREE and the starting
    // positions of zxcvbn.scoring. Dvorak uses qwerty's, mac_keypad keypad's.
    let layouts = Dictionary(
      uniqueKeysWithValues: ModelProfile.zxcvbn.keyboards.map { ($0.graph.name, $0) })
    for name in [KeyboardLayoutName.qwerty, .dvorak] {
      let layout = try #require(layouts[name])
      #expect(layout.averageDegree == 4.595744680851064)
      #expect(layout.startingPositions == 94)
      #expect(layout.tracksShift)
    }
    for name in [KeyboardLayoutName.keypad, .macKeypad] {
      let layout = try #require(layouts[name])
      #expect(layout.averageDegree == 5.066666666666666)
      #expect(layout.startingPositions == 15)
      #expect(!layout.tracksShift)
    }
  }

  // MARK: Repeat, sequence, year, date

  @Test func repeatMultipliesTheUnitsGuesses() {
    let pattern = RepeatPattern(baseToken: "abc", baseGuesses: 13, baseMatches: [], repeatCount: 3)
    // repeat_guesses: base_guesses × repeat_count.
    #expect(guesses(.repetition(pattern), token: "abcabcabc") == 39)
    // As a part of a longer password, at least 50.
    #expect(guesses(.repetition(pattern), token: "abcabcabc", in: "!abcabcabc") == 50)
  }

  struct RunCase: CustomTestStringConvertible, Sendable {
    let token: String
    let ascending: Bool
    let expected: Double
    var testDescription: String { token }
  }

  static let runCases: [RunCase] = [
    // sequence_guesses({'token': T, 'ascending': A}): 4 for an obvious
    // start (a, A, z, Z, 0, 1, 9), 10 for another digit, else 26. The base
    // doubles for a descending run and is multiplied by the length.
    RunCase(token: "abc", ascending: true, expected: 12),
    RunCase(token: "ABC", ascending: true, expected: 12),
    RunCase(token: "ghi", ascending: true, expected: 78),
    RunCase(token: "cba", ascending: false, expected: 156),
    RunCase(token: "987", ascending: false, expected: 24),
    RunCase(token: "357", ascending: true, expected: 30),
    RunCase(token: "zyx", ascending: false, expected: 24),
    RunCase(token: "Zyx", ascending: false, expected: 24),
  ]

  @Test(arguments: runCases)
  func sequenceGuesses(_ testCase: RunCase) {
    let pattern = SequencePattern(kind: .lower, space: 26, isAscending: testCase.ascending)
    #expect(guesses(.sequence(pattern), token: testCase.token) == testCase.expected)
  }

  @Test func nonASCIIDigitStartIsNotADigit() {
    // JavaScript's /\d/ is ASCII only, so a full-width 3 starts with 26.
    let pattern = SequencePattern(kind: .unicode, space: 26, isAscending: true)
    #expect(guesses(.sequence(pattern), token: "３４５") == 78)
  }

  @Test func recentYearCountsYearsFromTheReference() {
    // regex_guesses: |year − 2017|, at least MIN_YEAR_SPACE (20).
    let pattern = { (year: Int) in CandidateKind.regex(RegexPattern(kind: .recentYear, year: year))
    }
    #expect(guesses(pattern(1972), token: "1972") == 45)
    #expect(guesses(pattern(2015), token: "2015") == 20)
    #expect(guesses(pattern(1997), token: "1997") == 20)
    #expect(guesses(pattern(1996), token: "1996") == 21)
  }

  @Test func dateGuesses() {
    // date_guesses: year space × 365, times 4 with a separator.
    let date = { (year: Int, separator: String) in
      CandidateKind.date(DatePattern(separator: separator, year: year, month: 1, day: 1))
    }
    #expect(guesses(date(1991, ""), token: "010191") == 9490)
    #expect(guesses(date(1991, "/"), token: "1/1/91") == 37960)
    #expect(guesses(date(2016, ""), token: "010116") == 7300)
    #expect(guesses(date(2040, "."), token: "1.1.40") == 33580)
  }
}
