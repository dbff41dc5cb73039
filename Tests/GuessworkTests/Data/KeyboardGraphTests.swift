import Testing

@testable import Guesswork

@Suite struct KeyboardGraphTests {
  @Test func emptyGraph() {
    let graph = KeyboardGraph(name: .qwerty, neighbors: [:])
    #expect(graph.keyCount == 0)
    #expect(graph.averageDegree == 0)
  }

  @Test func averageDegreeCountsExistingSlots() {
    // a has two neighbours out of three slots, b one, c none: 3 / 3.
    let graph = KeyboardGraph(
      name: KeyboardLayoutName(rawValue: "test"),
      neighbors: [
        0x61: [[0x62], nil, [0x63]],
        0x62: [nil, [0x61], nil],
        0x63: [nil, nil, nil],
      ])
    #expect(graph.keyCount == 3)
    #expect(graph.averageDegree == 1)
  }

  @Test func zxcvbnDegrees() throws {
    // zxcvbn.scoring.KEYBOARD_AVERAGE_DEGREE and KEYPAD_AVERAGE_DEGREE.
    let graphs = Dictionary(
      uniqueKeysWithValues: ZxcvbnData.loadKeyboardGraphs().map { ($0.name, $0) })
    #expect(try #require(graphs[.qwerty]).averageDegree == 4.595744680851064)
    #expect(try #require(graphs[.keypad]).averageDegree == 5.066666666666666)
  }

  @Test func shiftedCharacterIsSecondInItsSlot() throws {
    // On qwerty, q's neighbour slots are: none, "1!", "2@", "wW", "aA", none.
    let graph = try #require(ZxcvbnData.loadKeyboardGraphs().first { $0.name == .qwerty })
    let slots = try #require(graph.neighbors[0x71])
    #expect(slots.map { $0.map(PasswordText.string) } == [nil, "1!", "2@", "wW", "aA", nil])
  }
}
