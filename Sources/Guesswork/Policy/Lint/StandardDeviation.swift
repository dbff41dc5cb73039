/// Ways a policy falls short of a standard preset, reported by
/// `guesswork lint --against PRESET` as errors.
///
/// Messages are built here, in one place.
enum StandardDeviation: Sendable, Hashable {
  /// The standard sets a section the policy lacks.
  case missingSection(PolicySection, standard: String)
  /// The standard sets a value the policy leaves unset; `requirement`
  /// describes the value, such as "at least 15".
  case missingSetting(path: String, requirement: String, standard: String)
  /// A value weaker than the standard's; `requirement` describes the bound.
  case weaker(path: String, value: String, requirement: String, standard: String)
  /// List entries the standard has and the policy lacks.
  case missingEntries(path: String, entries: [String], standard: String)
  /// A section or setting the standard prohibits.
  case prohibited(path: String, standard: String)
  /// A section the standard enforces but the policy only warns about.
  case notEnforced(PolicySection, standard: String)

  var code: String {
    switch self {
    case .missingSection, .missingSetting: "deviation_missing"
    case .weaker: "deviation_weaker"
    case .missingEntries: "deviation_missing_entries"
    case .prohibited: "deviation_prohibited"
    case .notEnforced: "deviation_not_enforced"
    }
  }

  var message: String {
    switch self {
    case .missingSection(let section, let standard):
      "'\(section.rawValue)' is missing; \(standard) sets it, so add the section"
    case .missingSetting(let path, let requirement, let standard):
      "'\(path)' is not set; \(standard) requires \(requirement)"
    case .weaker(let path, let value, let requirement, let standard):
      "'\(path)' is \(value); \(standard) requires \(requirement)"
    case .missingEntries(let path, let entries, let standard):
      "'\(path)' lacks \(entries.map { "'\($0)'" }.joined(separator: ", ")), "
        + "which \(standard) requires"
    case .prohibited(let path, let standard):
      "'\(path)' is set, but \(standard) prohibits it; remove it"
    case .notEnforced(let section, let standard):
      "'\(section.rawValue)' only warns, but \(standard) "
        + "enforces it; set its enforcement to 'enforce'"
    }
  }
}
