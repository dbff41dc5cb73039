/// The data and settings a strength model uses: word lists, keyboard layouts
/// and l33t substitutions.
///
/// Profiles are immutable and shared between calls and threads. `zxcvbn`
/// reproduces zxcvbn 4.4.2; later profiles can add lists, layouts and
/// substitutions without changing the matchers.
public final class ModelProfile: Sendable {
  /// Name used to select the profile, such as `zxcvbn`.
  public let name: String
  /// Ranked word lists, merged into one index.
  let wordIndex: RankedWordIndex
  /// Keyboard layouts searched for walks, in matching order.
  let keyboards: [KeyboardLayout]
  /// The same layouts by name, for scoring walks.
  let keyboardsByName: [KeyboardLayoutName: KeyboardLayout]
  /// Letters and their l33t substitutes, in enumeration order.
  let l33tSubstitutions: [(letter: UInt32, substitutes: [UInt32])]
  /// Substitution sets already enumerated for this profile's table.
  let l33tCache: L33tSubstitutionCache

  init(
    name: String,
    wordIndex: RankedWordIndex,
    keyboards: [KeyboardLayout],
    l33tSubstitutions: [(letter: UInt32, substitutes: [UInt32])]
  ) {
    self.name = name
    self.wordIndex = wordIndex
    self.keyboards = keyboards
    self.keyboardsByName = Dictionary(
      keyboards.map { ($0.graph.name, $0) }, uniquingKeysWith: { first, _ in first })
    self.l33tSubstitutions = l33tSubstitutions
    precondition(l33tSubstitutions.reduce(0) { $0 + $1.substitutes.count } <= 64)
    self.l33tCache = L33tSubstitutionCache(table: L33tTable(l33tSubstitutions))
  }

  /// Names of the word lists, in matching order.
  public var dictionaryNames: [DictionaryName] { wordIndex.listNames }

  /// Names of the keyboard layouts, in matching order.
  public var keyboardLayoutNames: [KeyboardLayoutName] { keyboards.map(\.graph.name) }

  /// Returns the profile with the given name, or nil when there is none.
  public static func named(_ name: String) -> ModelProfile? {
    availableNames.contains(name) ? zxcvbn : nil
  }

  /// Names accepted by ``named(_:)``.
  public static let availableNames = ["zxcvbn"]

  /// The zxcvbn 4.4.2 model: six frequency lists, four keyboard layouts and
  /// zxcvbn's substitution table.
  ///
  /// It is loaded once, on first use.
  public static let zxcvbn: ModelProfile = {
    let graphs = ZxcvbnData.loadKeyboardGraphs()
    let byName = Dictionary(uniqueKeysWithValues: graphs.map { ($0.name, $0) })
    let qwerty = byName[.qwerty]
    let keypad = byName[.keypad]
    let keyboards = graphs.map { graph in
      let isKeypad = graph.name == .keypad || graph.name == .macKeypad
      let reference = (isKeypad ? keypad : qwerty) ?? graph
      return KeyboardLayout(
        graph: graph,
        startingPositions: Double(reference.keyCount),
        averageDegree: reference.averageDegree,
        tracksShift: !isKeypad
      )
    }
    return ModelProfile(
      name: "zxcvbn",
      wordIndex: ZxcvbnData.loadWordIndex(),
      keyboards: keyboards,
      l33tSubstitutions: zxcvbnL33tTable
    )
  }()

  /// zxcvbn 4.4.2's substitution table.
  static let zxcvbnL33tTable: [(letter: UInt32, substitutes: [UInt32])] = [
    ("a", "4@"), ("b", "8"), ("c", "({[<"), ("e", "3"), ("g", "69"), ("i", "1!|"),
    ("l", "1|7"), ("o", "0"), ("s", "$5"), ("t", "+7"), ("x", "%"), ("z", "2"),
  ].map { letter, substitutes in
    (letter.unicodeScalars.first?.value ?? 0, substitutes.unicodeScalars.map(\.value))
  }

  /// Length of the longest word in the lists or the caller's words.
  func longestWordLength(userInputs: RankedWordIndex?) -> Int {
    max(wordIndex.longestWordLength, userInputs?.longestWordLength ?? 0)
  }
}

/// A keyboard graph with the figures its walks are scored with.
struct KeyboardLayout: Sendable {
  let graph: KeyboardGraph
  /// Number of keys a walk may start on.
  let startingPositions: Double
  /// Mean number of neighbours per key.
  let averageDegree: Double
  /// Whether shifted characters add to the guesses, as on typing layouts.
  let tracksShift: Bool
}
