/// Turns a resolved policy tree (after `extends`) into a ``PasswordPolicy``.
///
/// The decoder checks every key, type and range, and reports each problem
/// with its location; then ``PolicyValidator`` looks for contradictions.
struct PolicyDecoder {
  /// Settings every section accepts besides its own.
  static let commonSectionKeys = ["enforcement", "doc"]
  /// Keys of the top level besides the sections.
  static let topLevelKeys = [
    "$schema",
    "version", "name", "description", "doc", "extends", "enforcement", "prohibits",
  ]

  let state = DecodingState()
  /// Reads blocklist files named by the policy.
  let blocklists: BlocklistReader

  /// Decodes a policy and validates it.
  ///
  /// - Throws: `PolicyError` listing every problem found.
  func decode(_ root: PolicyValue, extendsChain: [String]) throws(PolicyError) -> PasswordPolicy {
    let allowed = Self.topLevelKeys + PolicySection.allCases.map(\.rawValue)
    guard let reader = ObjectReader(root, path: "", allowedKeys: allowed, state: state) else {
      throw PolicyError(state.problems)
    }
    // The loader has checked the version of every file before merging, and
    // "$schema" only points editors to the JSON Schema.
    _ = reader.value("version")
    _ = reader.string("$schema")
    var policy = PasswordPolicy(
      name: readName(reader), enforcement: reader.choice("enforcement") ?? .enforce)
    policy.summary = reader.string("description")
    policy.documentation = reader.string("doc")
    policy.extendsChain = extendsChain
    policy.prohibitedSettings = readProhibitions(reader)
    for section in PolicySection.allCases {
      guard let sectionReader = reader.object(section.rawValue, allowedKeys: allowedKeys(section))
      else {
        continue
      }
      readCommonSettings(sectionReader, section: section, into: &policy)
      decodeSection(section, sectionReader, into: &policy)
    }
    policy.locations = state.locations
    PolicyValidator(state: state, rootFile: root.location.file).validate(policy)
    guard state.problems.isEmpty else {
      throw PolicyError(Self.inFileOrder(state.problems))
    }
    return policy
  }

  /// Sorts problems by location, keeping the order of problems at the same
  /// place and putting those without a location first.
  static func inFileOrder(_ problems: [PolicyProblem]) -> [PolicyProblem] {
    problems.enumerated().sorted { first, second in
      switch (first.element.location, second.element.location) {
      case (nil, nil): first.offset < second.offset
      case (nil, _): true
      case (_, nil): false
      case (let left?, let right?): left == right ? first.offset < second.offset : left < right
      }
    }.map(\.element)
  }

  private func readName(_ reader: ObjectReader) -> String {
    guard reader.contains("name") else {
      reader.report(.missingKey(key: "name", section: "the policy"), at: reader.location)
      return ""
    }
    return reader.string("name") ?? ""
  }

  private func readProhibitions(_ reader: ObjectReader) -> [String] {
    guard let entries = reader.stringList("prohibits") else { return [] }
    return entries.compactMap { entry in
      let sectionName = entry.text.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
      guard let section = PolicySection(rawValue: sectionName),
        !entry.text.hasSuffix("."),
        entry.text == sectionName
          || allowedKeys(section).contains(String(entry.text.dropFirst(sectionName.count + 1)))
      else {
        reader.report(
          .invalidValue(
            key: "prohibits", value: entry.text,
            expected: ["a section name", "'section.key' naming one of its settings"]),
          at: entry.location)
        return nil
      }
      return entry.text
    }
  }

  private func readCommonSettings(
    _ reader: ObjectReader, section: PolicySection, into policy: inout PasswordPolicy
  ) {
    if let enforcement: Enforcement = reader.choice("enforcement") {
      policy.sectionEnforcement[section] = enforcement
    }
    if let doc = reader.string("doc") {
      policy.sectionDocumentation[section] = doc
    }
  }

  /// Keys a section accepts.
  func allowedKeys(_ section: PolicySection) -> [String] {
    Self.commonSectionKeys + sectionKeys(section)
  }

  private func sectionKeys(_ section: PolicySection) -> [String] {
    switch section {
    case .length: ["minimum", "maximum"]
    case .characterClasses: ["required", "minimum_classes", "minimums"]
    case .characters: ["allowed", "forbidden"]
    case .repeatedCharacters: ["maximum_run"]
    case .sequences: ["maximum_length"]
    case .keyboardWalks: ["maximum_length", "layouts"]
    case .forbiddenSubstrings: ["substrings", "l33t"]
    case .context: ["minimum_token_length", "maximum_similarity"]
    case .blocklist: ["common_passwords", "files"]
    case .strength: ["minimum_score", "minimum_guesses_log10"]
    case .rotation: ["maximum_age_days", "minimum_age_days", "warning_days"]
    case .history: ["remember", "minimum_changed_characters"]
    case .lockout:
      ["threshold", "window_minutes", "lock_minutes", "growth_factor", "maximum_lock_minutes"]
    case .hashing: ["algorithm", "argon2id", "bcrypt", "accept"]
    }
  }

  private func decodeSection(
    _ section: PolicySection, _ reader: ObjectReader, into policy: inout PasswordPolicy
  ) {
    switch section {
    case .length: policy.length = decodeLength(reader)
    case .characterClasses: policy.characterClasses = decodeCharacterClasses(reader)
    case .characters: policy.characters = decodeCharacters(reader)
    case .repeatedCharacters: policy.repeatedCharacters = decodeRepeatedCharacters(reader)
    case .sequences: policy.sequences = decodeSequences(reader)
    case .keyboardWalks: policy.keyboardWalks = decodeKeyboardWalks(reader)
    case .forbiddenSubstrings: policy.forbiddenSubstrings = decodeForbiddenSubstrings(reader)
    case .context: policy.context = decodeContext(reader)
    case .blocklist: policy.blocklist = decodeBlocklist(reader)
    case .strength: policy.strength = decodeStrength(reader)
    case .rotation: policy.rotation = decodeRotation(reader)
    case .history: policy.history = decodeHistory(reader)
    case .lockout: policy.lockout = decodeLockout(reader)
    case .hashing: policy.hashing = decodeHashing(reader)
    }
  }

  /// Reads a key the section cannot do without, reporting it when missing.
  func required<Value>(_ key: String, in reader: ObjectReader, _ read: (String) -> Value?) -> Value?
  {
    guard reader.contains(key) else {
      reader.report(.missingKey(key: key, section: "'\(reader.path)'"), at: reader.location)
      return nil
    }
    return read(key)
  }
}
