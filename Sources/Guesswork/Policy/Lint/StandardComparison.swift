/// Compares a policy with a standard preset, setting by setting.
///
/// Every setting of the standard is a bound in the direction that makes a
/// policy stricter. A policy passes when its minimum length is at least the
/// standard's and its maximum length too, because a maximum is what must be
/// accepted. Its repeat limit must be at most the standard's, its history at
/// least as long and its lockout threshold at most as high, and so on. A stricter policy passes; a missing or weaker setting, a missing list
/// entry, a prohibited setting or a rule that only warns is a deviation.
///
/// NOTE: `characters` sets are not compared, because no shipped standard
/// preset restricts characters; a standard that did would need a subset test.
struct StandardComparison {
  let policy: PasswordPolicy
  let standard: PasswordPolicy
  private var found: [LintFinding] = []

  init(policy: PasswordPolicy, standard: PasswordPolicy) {
    self.policy = policy
    self.standard = standard
  }

  func deviations() -> [LintFinding] {
    var comparison = self
    comparison.comparePasswordRules()
    comparison.compareAccountRules()
    comparison.compareProhibitionsAndEnforcement()
    return comparison.found
  }

  var name: String { standard.name }

  mutating func report(_ deviation: StandardDeviation, at path: String) {
    found.append(
      LintFinding(
        severity: .error, code: deviation.code, message: deviation.message,
        location: policy.locations.nearest(path)))
  }

  /// Reports a section the standard has and the policy lacks, and returns
  /// whether both have it.
  mutating func bothHave(_ section: PolicySection, _ policyHas: Bool, _ standardHas: Bool) -> Bool {
    if standardHas && !policyHas {
      report(.missingSection(section, standard: name), at: "")
    }
    return policyHas && standardHas
  }

  /// Checks a value that must be at least the standard's.
  mutating func atLeast<Value: Comparable & CustomStringConvertible>(
    _ path: String, _ value: Value?, _ required: Value?, unsetMeansUnlimited: Bool = false
  ) {
    guard let required else { return }
    guard let value else {
      if !unsetMeansUnlimited {
        report(
          .missingSetting(path: path, requirement: "at least \(required)", standard: name), at: path
        )
      }
      return
    }
    if value < required {
      report(
        .weaker(path: path, value: "\(value)", requirement: "at least \(required)", standard: name),
        at: path)
    }
  }

  /// Checks a value that must be at most the standard's.
  mutating func atMost<Value: Comparable & CustomStringConvertible>(
    _ path: String, _ value: Value?, _ required: Value?
  ) {
    guard let required else { return }
    guard let value else {
      report(
        .missingSetting(path: path, requirement: "at most \(required)", standard: name), at: path)
      return
    }
    if value > required {
      report(
        .weaker(path: path, value: "\(value)", requirement: "at most \(required)", standard: name),
        at: path)
    }
  }

  /// Checks that a list contains every entry of the standard's list.
  mutating func containsAll(_ path: String, _ entries: [String], _ required: [String]) {
    let missing = required.filter { !entries.contains($0) }
    if !missing.isEmpty {
      report(.missingEntries(path: path, entries: missing, standard: name), at: path)
    }
  }

  private mutating func compareProhibitionsAndEnforcement() {
    for setting in standard.prohibitedSettings where PolicySettingPath.isSet(setting, in: policy) {
      report(.prohibited(path: setting, standard: name), at: setting)
    }
    for section in standard.presentSections where policy.presentSections.contains(section) {
      if standard.enforcement(of: section) == .enforce, policy.enforcement(of: section) == .warn {
        report(.notEnforced(section, standard: name), at: section.rawValue)
      }
    }
  }
}
