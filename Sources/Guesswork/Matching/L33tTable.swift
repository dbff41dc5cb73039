/// Letters and the characters that can stand for them in l33t writing.
struct L33tTable: Sendable {
  /// Each letter with its substitutes, in the table's order.
  let entries: [(letter: UInt32, substitutes: [UInt32])]

  init(_ entries: [(letter: UInt32, substitutes: [UInt32])]) {
    self.entries = entries
  }

  /// Returns a key with one bit per substitute of the table, set when the
  /// substitute occurs in `scalars`; 0 when none occurs.
  ///
  /// - Precondition: the table has at most 64 substitutes.
  func presenceKey(in scalars: [UInt32]) -> UInt64 {
    var key: UInt64 = 0
    var bit: UInt64 = 1
    for entry in entries {
      for substitute in entry.substitutes {
        if scalars.contains(substitute) {
          key |= bit
        }
        bit <<= 1
      }
    }
    return key
  }

  /// Returns the table restricted to the substitutes a presence key marks,
  /// dropping letters left with none.
  func restricted(to key: UInt64) -> L33tTable {
    var bit: UInt64 = 1
    var restrictedEntries: [(letter: UInt32, substitutes: [UInt32])] = []
    for entry in entries {
      var present: [UInt32] = []
      for substitute in entry.substitutes {
        if key & bit != 0 {
          present.append(substitute)
        }
        bit <<= 1
      }
      if !present.isEmpty {
        restrictedEntries.append((entry.letter, present))
      }
    }
    return L33tTable(restrictedEntries)
  }

  /// Enumerates substitution sets the way zxcvbn 4.4.2 does.
  ///
  /// Letters are taken in table order, and each substitute of a letter
  /// extends every set built so far. When the substitute already stands for
  /// an earlier letter, both the old set and a copy that moves the substitute
  /// to the new letter are kept. Sets with the same pairs are merged, keeping
  /// the first. An empty table yields no sets.
  func enumerateSubstitutionSets() -> [[(substitute: UInt32, letter: UInt32)]] {
    guard !entries.isEmpty else { return [] }
    var sets: [[(substitute: UInt32, letter: UInt32)]] = [[]]
    for (letter, substitutes) in entries {
      var next: [[(substitute: UInt32, letter: UInt32)]] = []
      for substitute in substitutes {
        for set in sets {
          if let taken = set.firstIndex(where: { $0.substitute == substitute }) {
            var moved = set
            moved.remove(at: taken)
            moved.append((substitute, letter))
            next.append(set)
            next.append(moved)
          } else {
            next.append(set + [(substitute, letter)])
          }
        }
      }
      sets = Self.removingDuplicates(next)
    }
    return sets
  }

  private static func removingDuplicates(
    _ sets: [[(substitute: UInt32, letter: UInt32)]]
  ) -> [[(substitute: UInt32, letter: UInt32)]] {
    var seen = Set<[UInt64]>()
    return sets.filter { set in
      let label = set.map { UInt64($0.letter) << 32 | UInt64($0.substitute) }.sorted()
      return seen.insert(label).inserted
    }
  }
}
