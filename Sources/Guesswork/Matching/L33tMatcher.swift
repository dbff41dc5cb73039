/// Finds dictionary words written with l33t substitutions, such as `p@ssw0rd`.
///
/// zxcvbn 4.4.2 enumerates substitution sets, in which each substitute
/// character is one letter and each letter has at most one substitute (see
/// ``L33tTable/enumerateSubstitutionSets()``). It rewrites the password with
/// each set and looks the result up in the dictionaries. Words that use a
/// substitution and are longer than one character are kept. That costs one full
/// dictionary scan per set, and a password holding most substitute
/// characters has several hundred sets. ``L33tSearch`` finds the same matches
/// in one pass, and reports a match found by several sets once.
///
///     "p4ssw0rd"
///      "password" at 0...7, substitutions 4 → a, 0 → o
struct L33tMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    guard let entry = context.profile.l33tCache.entry(for: text.scalars) else { return [] }
    return L33tSearch(text: text, substitutions: entry, context: context).run()
  }
}
