/// A password prepared once for all rules of a check.
///
/// Rules that count or classify characters read `scalars`, the password
/// after NFKC normalisation, so that a full-width or decomposed character
/// counts the way a person sees it. Rules that compare with words read
/// `folded`, the normalised password with case folding applied.
struct PasswordSubject {
  /// The password as given.
  let password: String
  /// Scalars of the NFKC form of the password.
  let scalars: [Unicode.Scalar]
  /// Category of each scalar in `scalars`.
  let categories: [CharacterCategory]
  /// The NFKC form with default case folding.
  let folded: String
  let context: CheckContext
  let estimate: Estimate
  let estimator: StrengthEstimator

  init(password: String, context: CheckContext, estimator: StrengthEstimator) {
    self.password = password
    let normalized = UnicodeNormalizer.nfkc(password)
    self.scalars = Array(normalized.unicodeScalars)
    self.categories = CharacterClassifier.categories(of: scalars)
    self.folded = UnicodeNormalizer.caseFolded(normalized)
    self.context = context
    self.estimator = estimator
    self.estimate = estimator.estimate(password, userInputs: context.estimatorInputs)
  }

  /// The NFKC form of the password.
  var normalized: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}

/// One rule of a policy that a password can fail.
protocol PasswordRule: Sendable {
  /// Returns every way the password fails the rule; empty when it passes.
  func violations(of subject: PasswordSubject) -> [RuleViolation]
}
