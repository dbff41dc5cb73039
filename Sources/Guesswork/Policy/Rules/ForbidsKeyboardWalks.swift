/// Rejects walks over adjacent keys longer than a maximum, such as `qwerty`,
/// `zxcvbn` or `1qazxsw`.
///
/// Walks are those the estimator's spatial matcher finds on the chosen
/// layouts (US QWERTY, US Dvorak and the PC and Mac keypads), including
/// walks that change direction and walks typed with Shift. The rule reads
/// every match the matcher reports (``StrengthEstimator/allMatches(in:userInputs:)``),
/// not only the cheapest split of the password, so a walk is found even
/// when the estimator explains those characters another way. The matcher
/// reports walks of three keys or more, so the maximum is at least 2.
///
/// NOTE: like the estimator, the matcher reads only the first
/// ``StrengthEstimator/maximumAnalyzedLength`` scalars (100 by default), so
/// a walk that starts later is not found.
///
/// Failure: `keyboard_walk`, once, with the longest walk found.
public struct ForbidsKeyboardWalks: PasswordRule, Hashable {
  /// Maximum length of a walk in keys, at least 2.
  public var maximumLength: Int
  /// Layouts searched.
  public var layouts: [KeyboardLayoutName]

  /// The layouts searched when a policy names none.
  public static let defaultLayouts: [KeyboardLayoutName] = [.qwerty, .dvorak, .keypad, .macKeypad]

  public init(maximumLength: Int, layouts: [KeyboardLayoutName] = defaultLayouts) {
    self.maximumLength = maximumLength
    self.layouts = layouts
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    var longest: (length: Int, layout: KeyboardLayoutName)?
    for match in subject.estimator.allMatches(in: subject.normalized) {
      guard case .spatial(let walk) = match.pattern, layouts.contains(walk.layout) else { continue }
      if match.length > (longest?.length ?? maximumLength) {
        longest = (match.length, walk.layout)
      }
    }
    guard let longest else { return [] }
    return [
      .keyboardWalk(maximumLength: maximumLength, actual: longest.length, layout: longest.layout)
    ]
  }
}
