/// Reads day, month and year from digit groups as zxcvbn 4.4.2 does.
struct DateReader {
  static let minimumYear = 1000
  static let maximumYear = 2050

  let referenceYear: Int

  /// Reads a run of 4 to 8 ASCII digits, trying each split.
  func readDigitsOnly(_ token: ArraySlice<UInt32>) -> DatePattern? {
    guard token.allSatisfy(\.isASCIIDigit), let splits = DateMatcher.splits[token.count] else {
      return nil
    }
    let base = token.startIndex
    let candidates = splits.compactMap { second, third in
      dayMonthYear([
        Self.number(token[base..<base + second]),
        Self.number(token[base + second..<base + third]),
        Self.number(token[(base + third)...]),
      ])
    }
    guard var best = candidates.first else { return nil }
    var bestDistance = abs(best.year - referenceYear)
    for candidate in candidates.dropFirst() where abs(candidate.year - referenceYear) < bestDistance
    {
      best = candidate
      bestDistance = abs(candidate.year - referenceYear)
    }
    return DatePattern(separator: "", year: best.year, month: best.month, day: best.day)
  }

  /// Reads `d{1,4} s d{1,2} s d{1,4}` where `s` is one separator used twice.
  func readSeparated(_ token: ArraySlice<UInt32>) -> DatePattern? {
    var groups: [ArraySlice<UInt32>] = []
    var separators: [UInt32] = []
    var groupStart = token.startIndex
    for offset in token.indices where !token[offset].isASCIIDigit {
      guard Self.isSeparator(token[offset]) else { return nil }
      groups.append(token[groupStart..<offset])
      separators.append(token[offset])
      groupStart = offset + 1
    }
    groups.append(token[groupStart...])
    guard groups.count == 3, separators[0] == separators[1],
      (1...4).contains(groups[0].count), (1...2).contains(groups[1].count),
      (1...4).contains(groups[2].count)
    else { return nil }
    guard let date = dayMonthYear(groups.map(Self.number)) else { return nil }
    let separator = PasswordText.string([separators[0]])
    return DatePattern(separator: separator, year: date.year, month: date.month, day: date.day)
  }

  /// Interprets three numbers as a date, or returns nil when no reading fits.
  ///
  /// The middle number must be 1–31. No number may lie in 100–999 or above
  /// 2050; at most one may exceed 31, at most two may exceed 12 and at most
  /// one may be 0. A four-digit year at either end must come with a valid day
  /// and month; otherwise a two-digit year is tried at either end.
  func dayMonthYear(_ numbers: [Int]) -> (year: Int, month: Int, day: Int)? {
    guard numbers[1] <= 31, numbers[1] > 0 else { return nil }
    var over31 = 0
    var over12 = 0
    var underOne = 0
    for number in numbers {
      if (100..<Self.minimumYear).contains(number) || number > Self.maximumYear {
        return nil
      }
      over31 += number > 31 ? 1 : 0
      over12 += number > 12 ? 1 : 0
      underOne += number <= 0 ? 1 : 0
    }
    guard over31 < 2, over12 != 3, underOne < 2 else { return nil }
    let readings = [
      (numbers[2], [numbers[0], numbers[1]]), (numbers[0], [numbers[1], numbers[2]]),
    ]
    for (year, rest) in readings where (Self.minimumYear...Self.maximumYear).contains(year) {
      guard let dayMonth = Self.dayAndMonth(rest) else { return nil }
      return (year, dayMonth.month, dayMonth.day)
    }
    for (year, rest) in readings {
      if let dayMonth = Self.dayAndMonth(rest) {
        return (Self.fourDigitYear(year), dayMonth.month, dayMonth.day)
      }
    }
    return nil
  }

  private static func dayAndMonth(_ pair: [Int]) -> (day: Int, month: Int)? {
    for (day, month) in [(pair[0], pair[1]), (pair[1], pair[0])]
    where (1...31).contains(day) && (1...12).contains(month) {
      return (day, month)
    }
    return nil
  }

  private static func fourDigitYear(_ year: Int) -> Int {
    if year > 99 {
      return year
    }
    return year > 50 ? year + 1900 : year + 2000
  }

  private static func number(_ digits: ArraySlice<UInt32>) -> Int {
    digits.reduce(0) { $0 * 10 + Int($1) - 0x30 }
  }

  /// Separators of zxcvbn's date pattern: JavaScript's `\s` and `/\_.-`.
  private static func isSeparator(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x2F, 0x5C, 0x5F, 0x2E, 0x2D: true
    case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A: true
    case 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
    default: false
    }
  }
}
