import CICUShim

/// A failure inside ICU while applying a ``UnicodeNormalizer/Form``.
///
/// These errors point at the installation (missing ICU data, no memory) or
/// at an absurdly long input, never at a weak password, so report them as
/// configuration or input errors rather than as a failed check.
public enum UnicodeNormalizerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// ICU returned an error code (greater than zero) for a form.
  case icuFailure(form: UnicodeNormalizer.Form, code: Int32)
  /// ICU could not open its spoof checker, so no skeleton can be computed.
  case spoofCheckerUnavailable(code: Int32)
  /// The text has more UTF-16 units than ICU can address (`Int32.max`).
  case inputTooLong(form: UnicodeNormalizer.Form, utf16Count: Int)

  /// A lowercase message naming the failure and what to do about it.
  public var description: String {
    switch self {
    case .icuFailure(let form, let code):
      return "unicode \(form.rawValue) failed with icu error \(Self.name(of: code)); "
        + "check that the icu libraries and their data (libicu72) are installed"
    case .spoofCheckerUnavailable(let code):
      return "cannot open the icu spoof checker (icu error \(Self.name(of: code))); "
        + "check that the icu data library (libicu72) is installed"
    case .inputTooLong(let form, let count):
      return "unicode \(form.rawValue) failed: the text has \(count) utf-16 units, "
        + "more than icu accepts (\(Int32.max)); shorten the input"
    }
  }

  private static func name(of code: Int32) -> String {
    guard let name = gw_icu_error_name(code) else { return "\(code)" }
    return "\(code) (\(String(cString: name)))"
  }
}
