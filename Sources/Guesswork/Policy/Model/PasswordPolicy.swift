/// A password policy: the rules a new password must meet, and the account
/// settings (rotation, history, lockout, hashing) that go with them.
///
/// Policies usually come from files through ``PolicyLoader``, which resolves
/// `extends` and records where each setting was written. Every rule is
/// optional; a policy without rules accepts every password.
public struct PasswordPolicy: Sendable {
  /// Short name, such as `nist-800-63b-4`.
  public var name: String
  /// One or two sentences on what the policy is for.
  public var summary: String?
  /// Where the policy's figures come from, such as a standard's sections.
  public var documentation: String?
  /// What a failed rule does, unless its section says otherwise.
  public var enforcement: Enforcement

  public var length: LengthLimits?
  public var characterClasses: RequiresCharacterClasses?
  public var characters: RestrictsCharacterSet?
  public var repeatedCharacters: LimitsRepeatedCharacters?
  public var sequences: LimitsCharacterSequences?
  public var keyboardWalks: ForbidsKeyboardWalks?
  public var forbiddenSubstrings: ForbidsSubstrings?
  public var context: ForbidsUserData?
  public var blocklist: ForbidsBlocklistedPasswords?
  public var strength: RequiresMinimumStrength?

  /// Maximum and minimum password age.
  public var rotation: PasswordAgeRule?
  /// Reuse of recent passwords.
  public var history: PasswordHistoryRule?
  /// Locking after failed logins.
  public var lockout: LockoutRule?
  /// Algorithms and parameters for stored hashes.
  public var hashing: HashingPolicy?

  /// Enforcement set on a section itself, overriding ``enforcement``.
  public var sectionEnforcement: [PolicySection: Enforcement]
  /// The `doc` text of each section that has one.
  public var sectionDocumentation: [PolicySection: String]
  /// Sections or settings (`section.key`) that a policy extending this one
  /// should not add, such as composition rules in a policy following NIST.
  public var prohibitedSettings: [String]
  /// The policies this one extends, nearest first, as they were named.
  public var extendsChain: [String]
  /// Where each setting was written, for messages about the effective policy.
  public var locations: PolicyLocations

  public init(name: String, enforcement: Enforcement = .enforce) {
    self.name = name
    self.enforcement = enforcement
    self.sectionEnforcement = [:]
    self.sectionDocumentation = [:]
    self.prohibitedSettings = []
    self.extendsChain = []
    self.locations = PolicyLocations()
  }

  /// The enforcement that applies to a section's failures.
  public func enforcement(of section: PolicySection) -> Enforcement {
    sectionEnforcement[section] ?? enforcement
  }

  /// Sections present in the policy, in file order.
  public var presentSections: [PolicySection] {
    PolicySection.allCases.filter { passwordRule(for: $0) != nil || hasAccountSetting($0) }
  }

  /// The rules that judge a password, each with its section.
  var passwordRules: [(section: PolicySection, rule: any PasswordRule)] {
    PolicySection.allCases.compactMap { section in
      passwordRule(for: section).map { (section, $0) }
    }
  }

  private func passwordRule(for section: PolicySection) -> (any PasswordRule)? {
    switch section {
    case .length: length
    case .characterClasses: characterClasses
    case .characters: characters
    case .repeatedCharacters: repeatedCharacters
    case .sequences: sequences
    case .keyboardWalks: keyboardWalks
    case .forbiddenSubstrings: forbiddenSubstrings
    case .context: context
    case .blocklist: blocklist
    case .strength: strength
    case .rotation, .history, .lockout, .hashing: nil
    }
  }

  private func hasAccountSetting(_ section: PolicySection) -> Bool {
    switch section {
    case .rotation: rotation != nil
    case .history: history != nil
    case .lockout: lockout != nil
    case .hashing: hashing != nil
    default: false
    }
  }
}

/// Source locations of a policy's settings, keyed by dotted path such as
/// `length.minimum`.
public struct PolicyLocations: Sendable, Hashable {
  private var byPath: [String: SourceLocation] = [:]

  public init() {}

  /// Where the value at `path` was written, if it came from a file.
  public subscript(path: String) -> SourceLocation? {
    get { byPath[path] }
    set { byPath[path] = newValue }
  }

  /// Where the value at `path` was written, or else where its nearest
  /// enclosing section was.
  public func nearest(_ path: String) -> SourceLocation? {
    var current = Substring(path)
    while true {
      if let found = byPath[String(current)] { return found }
      guard let dot = current.lastIndex(of: ".") else { return byPath[""] }
      current = current[..<dot]
    }
  }
}
