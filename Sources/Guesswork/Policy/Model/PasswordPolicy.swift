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
  /// Source of the policy's figures, such as a standard's sections.
  public var documentation: String?
  /// Enforcement of failed rules, unless a section sets its own.
  public var enforcement: Enforcement

  /// The `length` section: minimum and maximum length.
  public var length: LengthLimits?
  /// The `character_classes` section: required classes.
  public var characterClasses: RequiresCharacterClasses?
  /// The `characters` section: allowed and forbidden characters.
  public var characters: RestrictsCharacterSet?
  /// The `repeated_characters` section: runs of one character.
  public var repeatedCharacters: LimitsRepeatedCharacters?
  /// The `sequences` section: runs such as `abcd`.
  public var sequences: LimitsCharacterSequences?
  /// The `keyboard_walks` section: walks over neighbouring keys.
  public var keyboardWalks: ForbidsKeyboardWalks?
  /// The `forbidden_substrings` section: listed words and patterns.
  public var forbiddenSubstrings: ForbidsSubstrings?
  /// The `context` section: the account's own data.
  public var context: ForbidsUserData?
  /// The `blocklist` section: passwords rejected whole.
  public var blocklist: ForbidsBlocklistedPasswords?
  /// The `strength` section: minimum estimated strength.
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
  /// Location of each setting, for messages about the effective policy.
  public var locations: PolicyLocations

  /// Creates a policy without rules, which accepts every password.
  public init(name: String, enforcement: Enforcement = .enforce) {
    self.name = name
    self.enforcement = enforcement
    self.sectionEnforcement = [:]
    self.sectionDocumentation = [:]
    self.prohibitedSettings = []
    self.extendsChain = []
    self.locations = PolicyLocations()
  }

  /// Returns the enforcement that applies to a section's failures.
  public func enforcement(of section: PolicySection) -> Enforcement {
    sectionEnforcement[section] ?? enforcement
  }

  /// Sections present in the policy, in the order of ``PolicySection``.
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

  /// Location of the value at `path`, if it came from a file.
  public subscript(path: String) -> SourceLocation? {
    get { byPath[path] }
    set { byPath[path] = newValue }
  }

  /// Returns the location of the value at `path`, or else that of its
  /// nearest enclosing section.
  public func nearest(_ path: String) -> SourceLocation? {
    var current = Substring(path)
    while true {
      if let found = byPath[String(current)] { return found }
      guard let dot = current.lastIndex(of: ".") else { return byPath[""] }
      current = current[..<dot]
    }
  }
}
