/// Finds runs whose code points change by the same step, up to 5 either way.
///
/// The password is cut where the difference between neighbouring code points
/// changes; each piece of three or more characters (or two, when the step is
/// ±1) with a step of 1 to 5 in size becomes a match. Neighbouring pieces
/// share their boundary character.
///
///     "abcdb975zy"
///      differences: +1 +1 +1 −2 −41 −2 −2 +69 +1
///      matches: "abcd" (0...3, step +1), "975" (5...7, step −2),
///               "zy" (8...9, step −1)
struct SequenceMatcher: Matcher {
  static let maximumStep = 5

  func matches(in text: PasswordText, context: MatchingContext) -> [Candidate] {
    let scalars = text.scalars
    guard scalars.count > 1 else { return [] }
    var result: [Candidate] = []
    var start = 0
    var lastStep: Int?
    for offset in 1..<scalars.count {
      let step = Int(scalars[offset]) - Int(scalars[offset - 1])
      let runStep = lastStep ?? step
      lastStep = runStep
      if step == runStep {
        continue
      }
      append(start, offset - 1, runStep, scalars, to: &result)
      start = offset - 1
      lastStep = step
    }
    append(start, scalars.count - 1, lastStep ?? 0, scalars, to: &result)
    return result
  }

  private func append(
    _ start: Int, _ end: Int, _ step: Int, _ scalars: [UInt32], to result: inout [Candidate]
  ) {
    guard end - start > 1 || abs(step) == 1 else { return }
    guard (1...Self.maximumStep).contains(abs(step)) else { return }
    let token = scalars[start...end]
    let (kind, space): (SequenceKind, Int) =
      if token.allSatisfy(\.isASCIILowercase) {
        (.lower, 26)
      } else if token.allSatisfy(\.isASCIIUppercase) {
        (.upper, 26)
      } else if token.allSatisfy(\.isASCIIDigit) {
        (.digits, 10)
      } else {
        (.unicode, 26)
      }
    let pattern = SequencePattern(kind: kind, space: space, isAscending: step > 0)
    result.append(Candidate(start: start, end: end, kind: .sequence(pattern)))
  }
}
