/// Finds years from 1900 to 2019, scanning left to right without overlap.
///
/// This is zxcvbn 4.4.2's `recent_year` pattern, `19\d\d|200\d|201\d` with
/// ASCII digits; later years are left to the date matcher and brute force.
///
///     "born1987in2010"
///      "1987" at 4...7, "2010" at 10...13
struct RecentYearMatcher: Matcher {
  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    let scalars = text.scalars
    var result: [Candidate] = []
    var offset = 0
    while offset + 3 < scalars.count {
      guard Self.isRecentYear(scalars[offset..<offset + 4]) else {
        offset += 1
        continue
      }
      let year = scalars[offset..<offset + 4].reduce(0) { $0 * 10 + Int($1) - 0x30 }
      let pattern = RegexPattern(kind: .recentYear, year: year)
      result.append(Candidate(start: offset, end: offset + 3, kind: .regex(pattern)))
      offset += 4
    }
    return result
  }

  private static func isRecentYear(_ digits: ArraySlice<UInt32>) -> Bool {
    guard digits.allSatisfy(\.isASCIIDigit) else { return false }
    let first = digits[digits.startIndex]
    let second = digits[digits.startIndex + 1]
    let third = digits[digits.startIndex + 2]
    let (zero, one, two, nine) = (UInt32(0x30), UInt32(0x31), UInt32(0x32), UInt32(0x39))
    if first == one {
      return second == nine
    }
    return first == two && second == zero && (third == zero || third == one)
  }
}
