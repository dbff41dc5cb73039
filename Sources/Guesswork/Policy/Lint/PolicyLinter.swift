/// Validates policies: load problems and contradictions as errors, weak or
/// ineffective settings as warnings, and, when asked, every deviation from a
/// standard preset as an error.
///
///     let findings = PolicyLinter().lint("company.json", against: "nist-800-63b-4")
///     for finding in findings { print(finding) }
public struct PolicyLinter {
  private let loader: PolicyLoader

  public init(loader: PolicyLoader = PolicyLoader()) {
    self.loader = loader
  }

  /// Lints one policy file or preset.
  ///
  /// - Parameters:
  ///   - reference: the file or preset to lint.
  ///   - standard: an already loaded policy to compare with, such as the
  ///     `nist-800-63b-4` preset, or nil for no comparison.
  /// - Returns: the findings in file order; errors first where two share a
  ///   location.
  public func lint(_ reference: String, against standard: PasswordPolicy? = nil) -> [LintFinding] {
    let policy: PasswordPolicy
    do {
      policy = try loader.load(reference)
    } catch {
      return error.problems.map(LintFinding.init)
    }
    var findings = PolicyAdvisor(policy: policy).findings()
    if let standard {
      findings += StandardComparison(policy: policy, standard: standard).deviations()
    }
    return Self.sorted(findings)
  }

  static func sorted(_ findings: [LintFinding]) -> [LintFinding] {
    findings.enumerated().sorted { first, second in
      let left = first.element
      let right = second.element
      if left.location != right.location {
        guard let leftLocation = left.location else { return true }
        guard let rightLocation = right.location else { return false }
        return leftLocation < rightLocation
      }
      if left.severity != right.severity { return left.severity < right.severity }
      return first.offset < second.offset
    }.map(\.element)
  }
}
