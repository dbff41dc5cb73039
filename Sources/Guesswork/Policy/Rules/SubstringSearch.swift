/// Finds words inside case-folded text, also when written with l33t
/// substitutions or look-alike characters.
///
/// A word matches at a position when each of its letters equals the text's
/// character there or is written with one of the substitutes in zxcvbn's
/// table. The table has, among others, `4` or `@` for `a`, `1`, `!` or `|`
/// for `i`, `0` for `o`, and `$` or `5` for `s`. Separately, the word's confusable skeleton is
/// looked for in the text's skeleton, which catches look-alikes from other
/// scripts such as Cyrillic `а` for Latin `a`.
///
/// - Complexity: O(*n* × *m*) for text length *n* and word length *m*; no
///   combinations of substitutions are enumerated.
struct SubstringSearch: Sendable {
  /// For each letter, the characters that may stand for it.
  private let substitutes: [Unicode.Scalar: Set<Unicode.Scalar>]

  /// The substitutions of zxcvbn 4.4.2.
  static let zxcvbn = SubstringSearch(table: ModelProfile.zxcvbnL33tTable)

  init(table: [(letter: UInt32, substitutes: [UInt32])]) {
    var substitutes: [Unicode.Scalar: Set<Unicode.Scalar>] = [:]
    for (letter, values) in table {
      guard let letterScalar = Unicode.Scalar(letter) else { continue }
      substitutes[letterScalar] = Set(values.compactMap(Unicode.Scalar.init))
    }
    self.substitutes = substitutes
  }

  /// Returns whether `word` occurs in `text`: directly, through
  /// substitutions when `allowingL33t` is true, or through look-alike
  /// characters.
  func occurs(_ word: ComparableText, in text: ComparableText, allowingL33t: Bool) -> Bool {
    contains(word.folded, in: text.folded, allowingL33t: allowingL33t)
      || contains(word.skeleton, in: text.skeleton, allowingL33t: false)
  }

  /// Returns whether `word` occurs in `text`, both case-folded, directly or
  /// through substitutions.
  func contains(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], allowingL33t: Bool) -> Bool {
    guard !word.isEmpty, word.count <= text.count else { return false }
    for start in 0...(text.count - word.count) {
      if matches(word, in: text, at: start, allowingL33t: allowingL33t) {
        return true
      }
    }
    return false
  }

  private func matches(
    _ word: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int, allowingL33t: Bool
  ) -> Bool {
    for (offset, letter) in word.enumerated() {
      let found = text[start + offset]
      if found == letter { continue }
      guard allowingL33t, substitutes[letter]?.contains(found) == true else { return false }
    }
    return true
  }
}

/// Text in the two forms that word comparisons use.
struct ComparableText: Sendable, Hashable {
  /// Scalars of the NFKC form with case folding.
  let folded: [Unicode.Scalar]
  /// Scalars of ``UnicodeNormalizer/comparisonKey(_:)``.
  let skeleton: [Unicode.Scalar]

  init(_ text: String) {
    let folded = UnicodeNormalizer.caseFolded(UnicodeNormalizer.nfkc(text))
    self.folded = Array(folded.unicodeScalars)
    self.skeleton = Array(UnicodeNormalizer.confusableSkeleton(folded).unicodeScalars)
  }

  /// The same text read backwards.
  var reversed: ComparableText {
    ComparableText(folded: folded.reversed(), skeleton: skeleton.reversed())
  }

  private init(folded: [Unicode.Scalar], skeleton: [Unicode.Scalar]) {
    self.folded = folded
    self.skeleton = skeleton
  }
}
