/// A match found by a matcher, before scoring chooses among them.
struct Candidate: Sendable {
  /// Offset of the first scalar.
  let start: Int
  /// Offset of the last scalar, inclusive.
  let end: Int
  /// The pattern and its details.
  let kind: CandidateKind

  var length: Int { end - start + 1 }
}

/// Pattern details of a candidate; dictionary words stay references into the
/// index until a match is reported.
enum CandidateKind: Sendable {
  case dictionary(DictionaryHit)
  case spatial(SpatialPattern)
  case repetition(RepeatPattern)
  case sequence(SequencePattern)
  case regex(RegexPattern)
  case date(DatePattern)
}

/// A word found in a ranked list.
struct DictionaryHit: Sendable {
  /// Which list: an index into the profile's lists, or one past them for the
  /// caller's words.
  let list: Int
  /// The word's index in the index it was found in.
  let word: Int
  /// The word's rank in that list.
  let rank: Int
  /// Whether the token spells the word backwards.
  let isReversed: Bool
  /// Substitute and letter pairs the token uses; empty when none.
  let substitutions: [(substitute: UInt32, letter: UInt32)]
}
