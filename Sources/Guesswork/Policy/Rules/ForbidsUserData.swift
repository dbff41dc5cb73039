/// Rejects passwords that contain or closely resemble the account's own
/// data: the user name, the local part of the email address, the person's
/// name and any other words the caller passes.
///
/// Each value is used whole and split into parts at every character that is
/// not a letter or digit, so `ada.lovelace` also gives `ada` and `lovelace`.
/// Values and parts shorter than `minimumTokenLength` are skipped. A
/// password *contains* a value when the value appears in it forwards or
/// backwards, matched like ``ForbidsSubstrings`` (ignoring case, reading
/// l33t and look-alikes). It *resembles* a value when their similarity,
/// 1 − (edit distance ÷ longer length) on the case-folded forms, reaches
/// `maximumSimilarity`: `jsmyth` against `jsmith` is 1 − 1/6 ≈ 0.83.
///
/// Failures: `contains_user_data` or else `resembles_user_data`, at most
/// one per field.
public struct ForbidsUserData: PasswordRule, Hashable {
  /// Shortest value or part compared, in code points; at least 1.
  public var minimumTokenLength: Int
  /// Similarity from which a password counts as resembling a value, above
  /// 0 and at most 1; 1 turns the resemblance check off.
  public var maximumSimilarity: Double

  /// Default for ``minimumTokenLength``.
  public static let defaultMinimumTokenLength = 3
  /// Default for ``maximumSimilarity``.
  public static let defaultMaximumSimilarity = 0.7

  public init(
    minimumTokenLength: Int = defaultMinimumTokenLength,
    maximumSimilarity: Double = defaultMaximumSimilarity
  ) {
    self.minimumTokenLength = minimumTokenLength
    self.maximumSimilarity = maximumSimilarity
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    let password = ComparableText(subject.password)
    let reversedPassword = password.reversed
    var found: [RuleViolation] = []
    var reported: Set<UserDataField> = []
    for (field, value) in subject.context.fieldValues where !reported.contains(field) {
      let tokens = ([value] + UserDataTokens.parts(of: value)).map(ComparableText.init)
        .filter { $0.folded.count >= minimumTokenLength }
      if tokens.contains(where: { token in
        SubstringSearch.zxcvbn.occurs(token, in: password, allowingL33t: true)
          || SubstringSearch.zxcvbn.occurs(token, in: reversedPassword, allowingL33t: true)
      }) {
        found.append(.containsUserData(field))
        reported.insert(field)
      } else if tokens.contains(where: {
        similarity(password.folded, $0.folded) >= maximumSimilarity
      }) {
        found.append(.resemblesUserData(field))
        reported.insert(field)
      }
    }
    return found
  }

  private func similarity(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Double {
    let longer = max(first.count, second.count)
    guard longer > 0 else { return 1 }
    let distance = BoundedEditDistance.distance(
      first.map(\.value), second.map(\.value), limit: longer + 1)
    return 1 - Double(distance) / Double(longer)
  }
}

/// Splits account data into the parts a password might reuse.
enum UserDataTokens {
  /// Returns the runs of letters, digits and marks in `value`, when there
  /// are at least two.
  static func parts(of value: String) -> [String] {
    var parts: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in value.unicodeScalars {
      if isWordScalar(scalar) {
        current.append(scalar)
      } else if !current.isEmpty {
        parts.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty {
      parts.append(String(current))
    }
    return parts.count > 1 ? parts : []
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }
}
