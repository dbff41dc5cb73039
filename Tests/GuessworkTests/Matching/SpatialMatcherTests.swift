import Testing

@testable import Guesswork

/// Expected walks come from `zxcvbn.matching.spatial_match` in zxcvbn 4.5.0
/// (Python), whose keyboard graphs are those of zxcvbn 4.4.2.
@Suite struct SpatialMatcherTests {
  /// A walk in readable form.
  struct Walk: Hashable, CustomStringConvertible {
    let span: Span
    let layout: KeyboardLayoutName
    let turns: Int
    let shiftedCount: Int

    init(_ start: Int, _ end: Int, _ layout: KeyboardLayoutName, turns: Int, shifted: Int = 0) {
      span = Span(start, end)
      self.layout = layout
      self.turns = turns
      shiftedCount = shifted
    }

    var description: String { "\(span) \(layout.rawValue) turns \(turns) shifted \(shiftedCount)" }
  }

  private func walks(_ password: String) -> [Walk] {
    Fixture.candidates(SpatialMatcher(), in: password).compactMap { candidate in
      guard let pattern = candidate.spatialPattern else { return nil }
      return Walk(
        candidate.start, candidate.end, pattern.layout, turns: pattern.turns,
        shifted: pattern.shiftedCount)
    }.sorted { ($0.span, $0.layout.rawValue) < ($1.span, $1.layout.rawValue) }
  }

  @Test(arguments: ["", "q", "qw", "a", "☺"])
  func shortInputsHaveNoWalks(password: String) {
    // Walks need at least three keys.
    #expect(walks(password).isEmpty)
  }

  @Test func threeKeysInARow() {
    #expect(walks("qwe") == [Walk(0, 2, .qwerty, turns: 1)])
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let password: String
    let expected: [Walk]
    var testDescription: String { password }
  }

  static let cases: [Case] = [
    Case(password: "qwerty", expected: [Walk(0, 5, .qwerty, turns: 1)]),
    Case(password: "ytrewq", expected: [Walk(0, 5, .qwerty, turns: 1)]),
    Case(password: "zxcvfr", expected: [Walk(0, 5, .qwerty, turns: 2)]),
    Case(password: "qwedcxz", expected: [Walk(0, 6, .qwerty, turns: 3)]),
    Case(password: "1q2w3e4r", expected: [Walk(0, 7, .qwerty, turns: 7)]),
    Case(password: "qwqwq", expected: [Walk(0, 4, .qwerty, turns: 4)]),
    Case(password: "6tfc", expected: [Walk(0, 3, .qwerty, turns: 1)]),
    // Shifted keys count on qwerty and dvorak. The first key counts too.
    Case(
      password: "!@#$",
      expected: [
        Walk(0, 3, .dvorak, turns: 1, shifted: 4), Walk(0, 3, .qwerty, turns: 1, shifted: 4),
      ]),
    Case(password: "QWErty", expected: [Walk(0, 5, .qwerty, turns: 1, shifted: 3)]),
    Case(password: "XCVfr", expected: [Walk(0, 4, .qwerty, turns: 2, shifted: 3)]),
    // Walks on several layouts over one span are all reported.
    Case(
      password: "poiuyt",
      expected: [
        Walk(0, 5, .qwerty, turns: 1), Walk(2, 4, .dvorak, turns: 2),
      ]),
    Case(
      password: "159753",
      expected: [
        Walk(0, 2, .keypad, turns: 1), Walk(0, 2, .macKeypad, turns: 1),
        Walk(3, 5, .keypad, turns: 1), Walk(3, 5, .macKeypad, turns: 1),
      ]),
    // The Mac keypad places = above the operators, so its turns differ.
    Case(
      password: "/*-",
      expected: [
        Walk(0, 2, .keypad, turns: 1), Walk(0, 2, .macKeypad, turns: 2),
      ]),
    // A walk ends where the next key is not a neighbour. The next walk
    // starts there.
    Case(
      password: "asdf;lkj",
      expected: [
        Walk(0, 3, .qwerty, turns: 1), Walk(4, 7, .qwerty, turns: 1),
      ]),
    Case(
      password: "!qaz@wsx",
      expected: [
        Walk(0, 3, .qwerty, turns: 1, shifted: 1), Walk(4, 7, .qwerty, turns: 1, shifted: 1),
      ]),
    Case(
      password: "qwertyuiop[]\\",
      expected: [
        Walk(0, 12, .qwerty, turns: 1), Walk(5, 7, .dvorak, turns: 2),
      ]),
  ]

  @Test(arguments: cases)
  func findsWalks(_ testCase: Case) {
    #expect(walks(testCase.password) == testCase.expected)
  }

  @Test(
    arguments: Fixture.embeddings(
      of: "zxcvfr", prefixes: ["", "☺", "jj", "mmm"], suffixes: ["", "☺", "jj", "\"m"]))
  func findsEmbeddedWalk(password: String, span: Span) {
    // spatial_match("jjzxcvfrjj") == [zxcvfr at 2...7, qwerty, 2 turns].
    // The keys j and m are not neighbours of z or r.
    #expect(walks(password) == [Walk(span.start, span.end, .qwerty, turns: 2)])
  }
}
