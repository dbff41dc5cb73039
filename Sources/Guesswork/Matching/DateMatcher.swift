/// Finds calendar dates written with digits, with or without separators.
///
/// Without separators, every run of 4 to 8 ASCII digits is split in the ways
/// zxcvbn 4.4.2 allows and read as day, month and year. The reading whose year
/// is nearest the reference year wins. With separators, the form is 1–4
/// digits, a separator, 1–2 digits, the same separator again and 1–4 digits;
/// separators are whitespace, `/`, `\`, `_`, `.` and `-`. Dates inside longer
/// dates are dropped.
///
///     "x13.10.2001"
///      date at 1...10, separator ".", 13 October 2001
struct DateMatcher: Matcher {
  /// Ways to cut a run of digits into three numbers, by run length: each
  /// pair gives where the second and third numbers start.
  static let splits: [Int: [(Int, Int)]] = [
    4: [(1, 2), (2, 3)],
    5: [(1, 3), (2, 3)],
    6: [(1, 2), (2, 4), (4, 5)],
    7: [(1, 3), (2, 3), (4, 5), (4, 6)],
    8: [(2, 4), (4, 6)],
  ]

  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    let scalars = text.scalars
    // Every date contains at least four digits.
    guard scalars.count(where: \.isASCIIDigit) >= 4 else { return [] }
    let reader = DateReader(referenceYear: context.referenceYear)
    var found: [Candidate] = []
    for start in scalars.indices {
      for end in stride(from: start + 3, to: min(start + 8, scalars.count), by: 1) {
        if let date = reader.readDigitsOnly(scalars[start...end]) {
          found.append(Candidate(start: start, end: end, kind: .date(date)))
        }
      }
    }
    for start in scalars.indices {
      for end in stride(from: start + 5, to: min(start + 10, scalars.count), by: 1) {
        if let date = reader.readSeparated(scalars[start...end]) {
          found.append(Candidate(start: start, end: end, kind: .date(date)))
        }
      }
    }
    let outermost = found.enumerated().filter { offset, candidate in
      !found.enumerated().contains { other, container in
        other != offset && container.start <= candidate.start && container.end >= candidate.end
      }
    }
    return outermost.map(\.element)
  }
}
