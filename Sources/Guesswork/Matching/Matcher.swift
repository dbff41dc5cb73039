/// A finder of one kind of guessable pattern.
protocol Matcher: Sendable {
  /// Returns every match of this kind in the password.
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate]
}

/// What a matcher needs beyond the password: the model and per-call inputs.
struct MatchingContext: Sendable {
  /// The model data: word lists, keyboards, substitutions.
  let profile: ModelProfile
  /// Year that recent years and dates are measured from.
  let referenceYear: Int
  /// The caller's words for this call only, ranked in the order given.
  let userInputs: RankedWordIndex?
}
