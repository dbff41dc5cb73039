import Foundation

/// Describes an effective policy (after `extends`) in plain English.
///
///     print(PolicyExplainer.explain(try PolicyLoader().load("pci-dss-4.0.1")))
///
/// Each rule gets one sentence with its figures and, when the policy has
/// one, its `doc` text as the source.
public enum PolicyExplainer {
  /// Returns the explanation as lines of text, ending with a line break.
  public static func explain(_ policy: PasswordPolicy) -> String {
    var lines = header(policy)
    let rules = policy.presentSections.filter { !accountSections.contains($0) }
    let account = policy.presentSections.filter { accountSections.contains($0) }
    lines.append("")
    lines.append(
      rules.isEmpty ? "Password rules: none, so every password is accepted." : "Password rules:")
    lines += rules.flatMap { item(policy, $0) }
    if !account.isEmpty {
      lines.append("")
      lines.append("Account rules:")
      lines += account.flatMap { item(policy, $0) }
    }
    if !policy.prohibitedSettings.isEmpty {
      lines.append("")
      lines.append(
        "Policies extending this one should not set: "
          + "\(policy.prohibitedSettings.joined(separator: ", "))."
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static let accountSections: [PolicySection] = [.rotation, .history, .lockout, .hashing]

  private static func header(_ policy: PasswordPolicy) -> [String] {
    var lines = ["Policy \"\(policy.name)\"" + (policy.summary.map { ": \($0)" } ?? ".")]
    if !policy.extendsChain.isEmpty {
      lines.append("Extends \(policy.extendsChain.joined(separator: ", which extends ")).")
    }
    if let documentation = policy.documentation {
      lines.append("Source: \(documentation)")
    }
    lines.append(
      policy.enforcement == .enforce
        ? "A failed rule rejects the password unless the rule says it only warns."
        : "A failed rule is reported but does not reject the "
          + "password, unless the rule says it is enforced."
    )
    return lines
  }

  private static func item(_ policy: PasswordPolicy, _ section: PolicySection) -> [String] {
    var text = "  - " + RuleDescriptions.describe(section, in: policy)
    if policy.enforcement(of: section) != policy.enforcement {
      text += policy.enforcement(of: section) == .warn ? " (warning only)" : " (enforced)"
    }
    var lines = [text]
    if let doc = policy.sectionDocumentation[section] {
      lines.append("    Source: \(doc)")
    }
    return lines
  }
}
