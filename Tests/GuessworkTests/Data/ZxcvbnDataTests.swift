import Foundation
import Testing

@testable import Guesswork

/// The embedded data must equal the files in dictionaries/, which are
/// zxcvbn 4.4.2's lists and keyboard graphs.
@Suite struct ZxcvbnDataTests {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Data
    .deletingLastPathComponent()  // GuessworkTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static let index = ModelProfile.zxcvbn.wordIndex

  private static func lines(_ relativePath: String) throws -> [String] {
    let url = repositoryRoot.appendingPathComponent(relativePath)
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
      .filter { !$0.isEmpty }
  }

  /// Returns the index of a word in the embedded table, or nil.
  private static func wordIndex(of word: String) -> Int? {
    let scalars = PasswordText(word).scalars
    var found: Int?
    index.forEachWord(in: scalars, from: 0) { end, candidate in
      if end == scalars.count - 1 {
        found = candidate
      }
    }
    return found
  }

  @Test func listsInZxcvbnOrder() {
    #expect(
      Self.index.listNames == [
        .passwords, .englishWikipedia, .femaleNames, .surnames, .usTelevisionAndFilm, .maleNames,
      ])
  }

  @Test func listSizes() {
    var sizes = Array(repeating: 0, count: Self.index.listNames.count)
    for word in 0..<Self.index.wordCount {
      for list in sizes.indices where Self.index.rank(ofWord: word, inList: list) > 0 {
        sizes[list] += 1
      }
    }
    #expect(sizes == [30000, 30000, 3712, 10000, 19160, 983])
  }

  @Test(arguments: Array(ModelProfile.zxcvbn.wordIndex.listNames.enumerated()))
  func ranksAreLineNumbers(list: Int, name: DictionaryName) throws {
    let words = try Self.lines("dictionaries/zxcvbn/\(name.rawValue).txt")
    var mismatches: [String] = []
    for (line, word) in words.enumerated() {
      let rank = Self.wordIndex(of: word).map { Self.index.rank(ofWord: $0, inList: list) }
      if rank != line + 1 {
        mismatches.append("\(word): \(rank.map(String.init) ?? "missing")")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func longestWordLength() throws {
    var longest = 0
    for name in Self.index.listNames {
      let words = try Self.lines("dictionaries/zxcvbn/\(name.rawValue).txt")
      longest = max(longest, words.map { $0.unicodeScalars.count }.max() ?? 0)
    }
    #expect(Self.index.longestWordLength == longest)
  }

  // MARK: Keyboard graphs

  @Test func keyboardKeyCounts() {
    let counts = Dictionary(
      uniqueKeysWithValues: ZxcvbnData.loadKeyboardGraphs().map { ($0.name, $0.keyCount) })
    #expect(counts == [.qwerty: 94, .dvorak: 94, .keypad: 15, .macKeypad: 16])
  }

  @Test func keyboardOrder() {
    #expect(ModelProfile.zxcvbn.keyboardLayoutNames == [.qwerty, .dvorak, .keypad, .macKeypad])
  }

  @Test(arguments: ["qwerty", "dvorak", "keypad", "mac_keypad"])
  func graphMatchesItsJSONFile(layout: String) throws {
    let url = Self.repositoryRoot.appendingPathComponent("dictionaries/keyboards/\(layout).json")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: [Any]])
    let graph = try #require(
      ZxcvbnData.loadKeyboardGraphs().first { $0.name.rawValue == layout })
    #expect(graph.keyCount == json.count)
    for (key, slots) in json {
      let expected: [[UInt32]?] = slots.map { slot in
        (slot as? String).map { PasswordText($0).scalars }
      }
      let scalar = PasswordText(key).scalars[0]
      #expect(graph.neighbors[scalar].map { $0 == expected } == true, "key \(key)")
    }
  }
}
