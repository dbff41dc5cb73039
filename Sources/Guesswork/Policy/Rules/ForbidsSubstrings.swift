/// Rejects passwords that contain a listed word or pattern, such as
/// `qwerty`, `asdf`, `123456` or `password`.
///
/// Matching ignores case and compatibility forms (so `ＰＡＳＳＷＯＲＤ`
/// matches `password`), reads l33t substitutions (`p@$$w0rd` matches
/// `password`) and look-alike letters from other scripts (`раssword` with
/// Cyrillic `р` and `а` matches). See ``SubstringSearch`` for the table.
///
/// Failure: `forbidden_substring`, once per listed entry found.
public struct ForbidsSubstrings: PasswordRule, Hashable {
  /// The entries, as the policy lists them.
  public var substrings: [String]
  /// Whether l33t substitutions are read; true by default.
  public var matchesL33t: Bool

  public init(substrings: [String], matchesL33t: Bool = true) {
    self.substrings = substrings
    self.matchesL33t = matchesL33t
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let text = ComparableText(subject.password)
    var found: [RuleViolation] = []
    for (index, entry) in substrings.enumerated() {
      if SubstringSearch.zxcvbn.occurs(ComparableText(entry), in: text, allowingL33t: matchesL33t) {
        found.append(.forbiddenSubstring(index: index))
      }
    }
    return found
  }
}
