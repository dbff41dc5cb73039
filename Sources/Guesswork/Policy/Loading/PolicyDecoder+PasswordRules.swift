/// Decoding of the sections whose rules judge a password.
extension PolicyDecoder {
  /// Largest length setting accepted; longer limits only hide a typo.
  static let lengthLimit = 65_536
  /// Largest count accepted for class minimums, runs and token lengths.
  static let countLimit = 1_024

  func decodeLength(_ reader: ObjectReader) -> LengthLimits {
    LengthLimits(
      minimum: reader.integer("minimum", in: 1...Self.countLimit),
      maximum: reader.integer("maximum", in: 1...Self.lengthLimit))
  }

  func decodeCharacterClasses(_ reader: ObjectReader) -> RequiresCharacterClasses {
    var minimums: [CharacterClass: Int] = [:]
    for member in reader.members("minimums") ?? [] {
      let key = reader.keyPath("minimums.\(member.key)")
      guard let characterClass = CharacterClass(rawValue: member.key) else {
        reader.report(
          .unknownKey(
            key: member.key, section: "'\(reader.keyPath("minimums"))'",
            expected: CharacterClass.allCases.map(\.rawValue)),
          at: member.keyLocation)
        continue
      }
      guard let count = reader.integer(member.value, keyPath: key, in: 1...Self.countLimit) else {
        continue
      }
      minimums[characterClass] = count
    }
    return RequiresCharacterClasses(
      required: reader.choiceList("required") ?? [],
      minimumClasses: reader.integer("minimum_classes", in: 1...CharacterClass.distinct.count),
      minimums: minimums)
  }

  func decodeCharacters(_ reader: ObjectReader) -> RestrictsCharacterSet {
    RestrictsCharacterSet(
      allowed: characterSet("allowed", in: reader),
      forbidden: characterSet("forbidden", in: reader))
  }

  private func characterSet(_ key: String, in reader: ObjectReader) -> PolicyCharacterSet? {
    guard let setReader = reader.object(key, allowedKeys: ["classes", "characters"]) else {
      return nil
    }
    let characters = setReader.string("characters").map {
      UnicodeNormalizer.nfkc($0).unicodeScalars
    }
    return PolicyCharacterSet(
      classes: Set(setReader.choiceList("classes", as: CharacterSetClass.self) ?? []),
      characters: Set(characters.map(Array.init) ?? []))
  }

  func decodeRepeatedCharacters(_ reader: ObjectReader) -> LimitsRepeatedCharacters? {
    required("maximum_run", in: reader) { reader.integer($0, in: 1...Self.countLimit) }
      .map(LimitsRepeatedCharacters.init)
  }

  func decodeSequences(_ reader: ObjectReader) -> LimitsCharacterSequences? {
    required("maximum_length", in: reader) { reader.integer($0, in: 1...Self.countLimit) }
      .map(LimitsCharacterSequences.init)
  }

  func decodeKeyboardWalks(_ reader: ObjectReader) -> ForbidsKeyboardWalks? {
    let maximum = required("maximum_length", in: reader) {
      reader.integer($0, in: 2...Self.countLimit)
    }
    let layouts = reader.choiceList("layouts", as: LayoutChoice.self)?.map(\.layoutName)
    if let value = reader.value("layouts"), case .array([]) = value.content {
      reader.report(.emptyValue(key: reader.keyPath("layouts")), at: value.location)
    }
    guard let maximum else { return nil }
    return ForbidsKeyboardWalks(
      maximumLength: maximum, layouts: layouts ?? ForbidsKeyboardWalks.defaultLayouts)
  }

  func decodeForbiddenSubstrings(_ reader: ObjectReader) -> ForbidsSubstrings? {
    let entries = required("substrings", in: reader, reader.stringList)
    if let value = reader.value("substrings"), case .array([]) = value.content {
      reader.report(.emptyValue(key: reader.keyPath("substrings")), at: value.location)
    }
    guard let entries else { return nil }
    return ForbidsSubstrings(
      substrings: entries.map(\.text), matchesL33t: reader.bool("l33t") ?? true)
  }

  func decodeContext(_ reader: ObjectReader) -> ForbidsUserData {
    ForbidsUserData(
      minimumTokenLength: reader.integer("minimum_token_length", in: 1...64)
        ?? ForbidsUserData.defaultMinimumTokenLength,
      maximumSimilarity: reader.number(
        "maximum_similarity", in: Double.leastNonzeroMagnitude...1,
        description: "a number above 0 and at most 1")
        ?? ForbidsUserData.defaultMaximumSimilarity)
  }

  func decodeBlocklist(_ reader: ObjectReader) -> ForbidsBlocklistedPasswords {
    let common = reader.integer(
      "common_passwords", in: 1...ForbidsBlocklistedPasswords.commonPasswordCount)
    let files = (reader.stringList("files") ?? []).compactMap { entry in
      blocklists.read(entry.text, at: entry.location, state: state)
    }
    return ForbidsBlocklistedPasswords(commonPasswords: common, files: files)
  }

  func decodeStrength(_ reader: ObjectReader) -> RequiresMinimumStrength {
    RequiresMinimumStrength(
      minimumScore: reader.integer("minimum_score", in: 0...4).flatMap(Score.init(rawValue:)),
      minimumGuessesLog10: reader.number(
        "minimum_guesses_log10", in: 0...100, description: "a number from 0 to 100"))
  }

}

/// Keyboard layouts as a policy file names them.
enum LayoutChoice: String, CaseIterable {
  case qwerty
  case dvorak
  case keypad
  case macKeypad = "mac_keypad"

  var layoutName: KeyboardLayoutName { KeyboardLayoutName(rawValue: rawValue) }
}
