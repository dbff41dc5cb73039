import Testing

@testable import Guesswork

/// Expected sets come from `zxcvbn.matching.enumerate_l33t_subs` and
/// `relevant_l33t_subtable` in zxcvbn 4.5.0 (Python), which merge sets
/// holding the same pairs in another order.
@Suite struct L33tTableTests {
  private func table(_ entries: [(String, String)]) -> L33tTable {
    L33tTable(
      entries.map { letter, substitutes in
        (PasswordText(letter).scalars[0], PasswordText(substitutes).scalars)
      })
  }

  /// Returns each set as a substitute-to-letter dictionary, in order.
  private func sets(_ table: L33tTable) -> [[String: String]] {
    table.enumerateSubstitutionSets().map { set in
      var result: [String: String] = [:]
      for pair in set {
        result[PasswordText.string([pair.substitute])] = PasswordText.string([pair.letter])
      }
      return result
    }
  }

  @Test func emptyTableYieldsNoSets() {
    #expect(table([]).enumerateSubstitutionSets().isEmpty)
  }

  @Test func oneLetterWithTwoSubstitutes() {
    // enumerate_l33t_subs({'a': ['4', '@']})
    #expect(sets(table([("a", "4@")])) == [["4": "a"], ["@": "a"]])
  }

  @Test func sharedSubstituteSplitsIntoTwoSets() {
    // enumerate_l33t_subs({'i': ['1'], 'l': ['1']})
    #expect(sets(table([("i", "1"), ("l", "1")])) == [["1": "i"], ["1": "l"]])
  }

  @Test func sharedSubstituteAmongOthers() {
    // enumerate_l33t_subs({'a': ['4'], 'i': ['1', '!'], 'l': ['1']})
    let expected: [[String: String]] = [
      ["4": "a", "1": "i"], ["4": "a", "1": "l"], ["4": "a", "!": "i", "1": "l"],
    ]
    #expect(sets(table([("a", "4"), ("i", "1!"), ("l", "1")])) == expected)
  }

  @Test func setsWithTheSamePairsMerge() {
    // enumerate_l33t_subs({'i': ['1', '|'], 'l': ['1', '|']}): six sets;
    // without merging, {1: i, |: l} would appear twice.
    let expected: [[String: String]] = [
      ["1": "i"], ["1": "l"], ["|": "i", "1": "l"], ["1": "i", "|": "l"], ["|": "i"], ["|": "l"],
    ]
    #expect(sets(table([("i", "1|"), ("l", "1|")])) == expected)
  }

  @Test func zxcvbnTableSetCount() {
    // len(enumerate_l33t_subs(L33T_TABLE)) == 736
    #expect(L33tTable(ModelProfile.zxcvbnL33tTable).enumerateSubstitutionSets().count == 736)
  }

  @Test func relevantKeepsSubstitutesPresent() {
    // relevant_l33t_subtable("p4ss|1", L33T_TABLE)
    //   == {'a': ['4'], 'i': ['1', '|'], 'l': ['1', '|']}
    let table = L33tTable(ModelProfile.zxcvbnL33tTable)
    let relevant = table.restricted(to: table.presenceKey(in: PasswordText("p4ss|1").scalars))
    let entries = relevant.entries.map { entry in
      "\(PasswordText.string([entry.letter])):\(PasswordText.string(entry.substitutes))"
    }
    #expect(entries == ["a:4", "i:1|", "l:1|"])
  }

  @Test func relevantDropsEverythingWithoutSubstitutes() {
    let table = L33tTable(ModelProfile.zxcvbnL33tTable)
    let key = table.presenceKey(in: PasswordText("password").scalars)
    #expect(key == 0)
    #expect(table.restricted(to: key).entries.isEmpty)
  }
}
