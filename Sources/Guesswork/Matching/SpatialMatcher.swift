/// Finds walks of three or more adjacent keys on each keyboard layout.
///
/// A walk grows while each character is a neighbour of the one before. Its
/// turns count how often the direction changes (the first direction counts
/// as one), and on layouts that track Shift it counts shifted characters.
///
///     "zxcvfr"
///      qwerty walk at 0...5 ("zxcvfr"), 2 turns, no shifted keys
struct SpatialMatcher: Matcher {
  /// Characters typed with Shift on the US layouts, as zxcvbn 4.4.2 lists them.
  static let shiftedCharacters = Set(
    "~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?"
      .unicodeScalars.map(\.value))

  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    context.profile.keyboards.flatMap { walks(in: text.scalars, on: $0) }
  }

  private func walks(in scalars: [UInt32], on keyboard: KeyboardLayout) -> [Candidate] {
    var result: [Candidate] = []
    var start = 0
    while start < scalars.count - 1 {
      let walk = longestWalk(in: scalars, from: start, on: keyboard)
      if walk.end - start >= 2 {
        let pattern = SpatialPattern(
          layout: keyboard.graph.name, turns: walk.turns, shiftedCount: walk.shiftedCount)
        result.append(Candidate(start: start, end: walk.end, kind: .spatial(pattern)))
      }
      start = walk.end + 1
    }
    return result
  }

  private func longestWalk(
    in scalars: [UInt32], from start: Int, on keyboard: KeyboardLayout
  ) -> (end: Int, turns: Int, shiftedCount: Int) {
    var shiftedCount = 0
    if keyboard.tracksShift, Self.shiftedCharacters.contains(scalars[start]) {
      shiftedCount = 1
    }
    var turns = 0
    var lastDirection: Int?
    var next = start + 1
    while next < scalars.count {
      let slots = keyboard.graph.slots(of: scalars[next - 1]) ?? []
      guard let (direction, offset) = Self.step(to: scalars[next], through: slots) else {
        break
      }
      if offset == 1 {
        shiftedCount += 1
      }
      if lastDirection != direction {
        turns += 1
        lastDirection = direction
      }
      next += 1
    }
    return (next - 1, turns, shiftedCount)
  }

  /// Returns the first slot holding `scalar` and its offset within the slot
  /// (1 means the shifted character), or nil when no neighbour matches.
  private static func step(
    to scalar: UInt32, through slots: [[UInt32]?]
  ) -> (direction: Int, offset: Int)? {
    for (direction, slot) in slots.enumerated() {
      if let slot, let offset = slot.firstIndex(of: scalar) {
        return (direction, offset)
      }
    }
    return nil
  }
}
