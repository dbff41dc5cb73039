/// Unicode normalisation, case folding and confusable skeletons through ICU.
///
/// Policy checks compare passwords with blocklists and context words after
/// mapping both sides to one ``comparisonKey(_:)``, so that full-width
/// letters, ligatures, case and look-alike letters from other scripts do not
/// slip past a check:
///
///     UnicodeNormalizer.nfkc("ｐａｓｓ①")              // "pass1"
///     UnicodeNormalizer.caseFolded("Straße")            // "strasse"
///     UnicodeNormalizer.confusableSkeleton("pаypal")   // "paypal" (Cyrillic а)
///     UnicodeNormalizer.comparisonKey("ＰаｓＳ①")       // "passl", as for "pass1"
///
/// The four non-throwing functions do not report ICU errors. ICU fails when
/// it runs out of memory, when its data library is missing, or when a string
/// is longer than `Int32.max` UTF-16 units. The failing step then returns its
/// input unchanged, so a comparison may miss a variant but nothing crashes.
/// Callers that must know about such a failure, for example to report a
/// broken installation instead of passing a password, call
/// ``normalized(_:to:)``, which throws ``UnicodeNormalizerError``.
///
/// All functions are thread-safe. The results follow the ICU version the
/// binary links (72.1 on Debian 12), whose data is Unicode 15.0.
public enum UnicodeNormalizer {
  /// A transformation that ``normalized(_:to:)`` applies.
  public enum Form: String, Sendable, Hashable, CaseIterable {
    /// Unicode Normalization Form KC (compatibility decomposition, then
    /// canonical composition).
    case nfkc
    /// Default full case folding, without the Turkic special cases.
    case caseFolded
    /// The UTS #39 confusable skeleton, which is in NFD.
    case confusableSkeleton
    /// `confusableSkeleton(caseFolded(nfkc(text)))`.
    case comparisonKey
  }

  /// Returns `text` in Unicode Normalization Form KC.
  ///
  /// NFKC maps compatibility characters to their plain forms (`ｆｕｌｌ`
  /// becomes `full`, `ﬁ` becomes `fi`, `Ⅻ` becomes `XII`, `①` becomes `1`)
  /// and composes combining marks (`e` + U+0301 becomes `é`). It does not
  /// change case.
  ///
  /// - Complexity: O(*n*) in the UTF-16 length of `text`.
  public static func nfkc(_ text: String) -> String {
    normalizedOrUnchanged(text, step: .nfkc)
  }

  /// Returns `text` with default full case folding applied.
  ///
  /// Folding maps every case variant to one form for caseless comparison:
  /// `Straße` becomes `strasse`, final and medial sigma both become `σ`, and
  /// the dotted capital `İ` becomes `i` followed by U+0307 COMBINING DOT ABOVE.
  /// The result is not meant for display.
  ///
  /// - Complexity: O(*n*) in the UTF-16 length of `text`.
  public static func caseFolded(_ text: String) -> String {
    normalizedOrUnchanged(text, step: .caseFolded)
  }

  /// Returns the confusable skeleton of `text` as defined by UTS #39.
  ///
  /// Two strings that a reader could mistake for each other have the same
  /// skeleton: Cyrillic `а` and Latin `a` both give `a`, `m` gives `rn`, and
  /// `1`, `I` and `l` all give `l`. The skeleton keeps case (`PayPal` stays
  /// `PayPal`), so fold case first, as ``comparisonKey(_:)`` does. One ICU
  /// spoof checker is opened on first use and shared by all threads.
  ///
  /// - Complexity: O(*n*) in the UTF-16 length of `text`.
  public static func confusableSkeleton(_ text: String) -> String {
    normalizedOrUnchanged(text, step: .confusableSkeleton)
  }

  /// Returns the key under which blocklist entries, context words and
  /// passwords are compared: `confusableSkeleton(caseFolded(nfkc(text)))`.
  ///
  /// Two strings with equal keys differ only in compatibility forms, case
  /// or confusable characters. If one step fails inside ICU, that step is
  /// skipped and the others still apply.
  ///
  /// NOTE: the skeleton runs after folding and may output capitals, so some
  /// look-alikes still get different keys. The digit `0` gives `O`, while `o`
  /// and `O` give `o`. Capital `I` folds to `i` before the skeleton could map
  /// it to `l`, so its key differs from that of `1` and `l`.
  ///
  /// - Complexity: O(*n*) in the UTF-16 length of `text`.
  public static func comparisonKey(_ text: String) -> String {
    comparisonKey(text, transform: ICUTransform.apply)
  }

  /// Applies one form to `text` and reports any ICU failure.
  ///
  ///     let key = try UnicodeNormalizer.normalized(entry, to: .comparisonKey)
  ///
  /// - Parameters:
  ///   - text: the text to transform.
  ///   - form: the transformation to apply.
  /// - Returns: the transformed text, which is empty for an empty input.
  /// - Throws: ``UnicodeNormalizerError`` when ICU fails, when the spoof
  ///   checker cannot be opened, or when `text` has more than `Int32.max`
  ///   UTF-16 units.
  /// - Complexity: O(*n*) in the UTF-16 length of `text`.
  public static func normalized(
    _ text: String,
    to form: Form
  ) throws(UnicodeNormalizerError) -> String {
    switch form {
    case .nfkc, .caseFolded, .confusableSkeleton:
      return try ICUTransform.apply(form, to: text)
    case .comparisonKey:
      let normalized = try ICUTransform.apply(.nfkc, to: text)
      let folded = try ICUTransform.apply(.caseFolded, to: normalized)
      return try ICUTransform.apply(.confusableSkeleton, to: folded)
    }
  }

  /// A single-step transform. Tests pass failing ones to check the fallback.
  typealias StepTransform = (Form, String) throws(UnicodeNormalizerError) -> String

  static func comparisonKey(_ text: String, transform: StepTransform) -> String {
    let normalized = normalizedOrUnchanged(text, step: .nfkc, transform: transform)
    let folded = normalizedOrUnchanged(normalized, step: .caseFolded, transform: transform)
    return normalizedOrUnchanged(folded, step: .confusableSkeleton, transform: transform)
  }

  static func normalizedOrUnchanged(
    _ text: String,
    step: Form,
    transform: StepTransform = ICUTransform.apply
  ) -> String {
    (try? transform(step, text)) ?? text
  }
}
