/// Requires a length between a minimum and a maximum.
///
/// Length counts Unicode code points after NFKC normalisation: `naïve` is 5
/// whether `ï` arrives precomposed or as `i` + U+0308, an emoji such as `😀`
/// is 1, and a family emoji joined by zero-width joiners counts every
/// person and joiner in it. NFKC can lengthen a password (the ligature `ﬃ`
/// counts as 3), never to fewer code points than a person types.
///
/// Failures: `too_short`, `too_long`.
public struct LengthLimits: PasswordRule, Hashable {
  /// Fewest code points accepted, or nil for no minimum.
  public var minimum: Int?
  /// Most code points accepted, or nil for no maximum.
  public var maximum: Int?

  public init(minimum: Int? = nil, maximum: Int? = nil) {
    self.minimum = minimum
    self.maximum = maximum
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let length = subject.scalars.count
    if let minimum, length < minimum {
      return [.tooShort(minimum: minimum, actual: length)]
    }
    if let maximum, length > maximum {
      return [.tooLong(maximum: maximum, actual: length)]
    }
    return []
  }
}
