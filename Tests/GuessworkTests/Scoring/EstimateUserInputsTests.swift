import Testing

@testable import Guesswork

/// Caller-supplied words affect only the call they are passed to, also when
/// many calls run at once.
@Suite struct EstimateUserInputsTests {
  private func userInputSpans(_ matches: [Match]) -> [Span] {
    matches.compactMap { match in
      guard case .dictionary(let details) = match.pattern, details.dictionary == .userInputs
      else { return nil }
      return match.span
    }
  }

  @Test func userInputLowersTheEstimate() {
    // "zq9xw" alone is brute force (10^5 + 1). As the caller's word of
    // rank 1 it costs 1 guess, plus 1.
    #expect(Fixture.estimator.estimate("zq9xw").guesses == 100_001)
    #expect(Fixture.estimator.estimate("zq9xw", userInputs: ["ZQ9XW"]).guesses == 2)
  }

  @Test func laterCallsDoNotSeeEarlierInputs() {
    _ = Fixture.estimator.estimate("zq9xw", userInputs: ["zq9xw"])
    let later = Fixture.estimator.estimate("zq9xw")
    #expect(later.guesses == 100_001)
    #expect(userInputSpans(Fixture.estimator.allMatches(in: "zq9xw")).isEmpty)
  }

  @Test func emptyInputsAreIgnored() {
    #expect(Fixture.estimator.estimate("zq9xw", userInputs: ["", ""]).guesses == 100_001)
  }

  @Test func concurrentCallsKeepTheirOwnInputs() async {
    // Each task passes one word. The password holds all of them within
    // the analysed length, and each task must find its own word and no
    // other.
    let words = (0..<12).map { "qz\($0)v" }
    let password = words.joined(separator: "~")
    let offsets = words.indices.map { index in
      words[..<index].reduce(0) { $0 + $1.count + 1 }
    }
    let found = await withTaskGroup(of: (Int, [Span]).self) { group in
      for _ in 0..<4 {
        for (index, word) in words.enumerated() {
          group.addTask {
            let matches = Fixture.estimator.allMatches(in: password, userInputs: [word])
            _ = Fixture.estimator.estimate(password, userInputs: [word])
            return (index, self.userInputSpans(matches))
          }
        }
      }
      var results: [(Int, [Span])] = []
      for await result in group {
        results.append(result)
      }
      return results
    }
    #expect(found.count == 48)
    for (index, spans) in found {
      let start = offsets[index]
      #expect(spans == [Span(start, start + words[index].count - 1)], "word \(words[index])")
    }
  }
}
