import Foundation

/// zxcvbn's search for the match sequence that needs the fewest guesses.
///
/// A sequence of `l` parts covering the password costs
/// `l! × ∏ guesses(part) + 10000^(l−1)`: the factorial counts the orders in
/// which an attacker may combine parts, and the additive term charges for
/// every part beyond the first. Gaps between matches are filled by brute
/// force. For each end offset `k` and part count `l` the search keeps the
/// best sequence covering `0...k`, dropping one that is no better than a
/// shorter sequence already kept, and finally picks the cheapest over `l`.
/// Ties keep the first sequence found, so candidates must arrive in zxcvbn's
/// order (by start, then end, then matcher and list order).
///
/// Arithmetic is in doubles as in zxcvbn 4.4.2: a product can overflow to
/// infinity, and comparisons then keep the earlier entry.
///
/// - Complexity: O(*n*² · *l* + *m* · *l*) for *n* scalars, *m* candidates and
///   at most *l* parts per sequence.
struct MinimumGuessSearch {
  /// One part of the chosen sequence.
  enum Part: Equatable {
    case candidate(Int)
    case bruteforce(start: Int, end: Int)
  }

  /// The chosen sequence with its total and the product of its parts.
  struct Result {
    let guesses: Double
    let product: Double
    let parts: [Part]
  }

  private struct Entry {
    let length: Int
    let guesses: Double
    let product: Double
    let part: Part
  }

  let count: Int
  let candidates: [Candidate]
  let candidateGuesses: [Double]

  /// Runs the search over candidates already sorted in zxcvbn's order.
  func run() -> Result {
    guard count > 0 else {
      return Result(guesses: 1, product: 1, parts: [])
    }
    var optimal = Array(repeating: [Entry](), count: count)
    var byEnd = Array(repeating: [Int](), count: count)
    // Candidates arrive sorted by start, so each list is sorted by start too,
    // with ties in arrival order as zxcvbn's stable sort leaves them.
    for (index, candidate) in candidates.enumerated() {
      byEnd[candidate.end].append(index)
    }
    for end in 0..<count {
      for index in byEnd[end] {
        let start = candidates[index].start
        if start > 0 {
          for previous in optimal[start - 1] {
            update(&optimal, .candidate(index), start: start, end: end, length: previous.length + 1)
          }
        } else {
          update(&optimal, .candidate(index), start: 0, end: end, length: 1)
        }
      }
      updateWithBruteforce(&optimal, end: end)
    }
    return unwind(optimal)
  }

  private func guesses(of part: Part) -> Double {
    switch part {
    case .candidate(let index):
      candidateGuesses[index]
    case .bruteforce(let start, let end):
      GuessModel.bruteforceGuesses(length: end - start + 1)
    }
  }

  private func update(
    _ optimal: inout [[Entry]], _ part: Part, start: Int, end: Int, length: Int
  ) {
    var product = guesses(of: part)
    if length > 1 {
      guard let previous = optimal[start - 1].first(where: { $0.length == length - 1 }) else {
        return
      }
      product *= previous.product
    }
    let total = GuessModel.sequenceGuesses(partCount: length, product: product)
    for competitor in optimal[end] where competitor.length <= length {
      if competitor.guesses <= total {
        return
      }
    }
    let entry = Entry(length: length, guesses: total, product: product, part: part)
    if let existing = optimal[end].firstIndex(where: { $0.length == length }) {
      optimal[end][existing] = entry
    } else {
      let position = optimal[end].firstIndex(where: { $0.length > length }) ?? optimal[end].count
      optimal[end].insert(entry, at: position)
    }
  }

  private func updateWithBruteforce(_ optimal: inout [[Entry]], end: Int) {
    update(&optimal, .bruteforce(start: 0, end: end), start: 0, end: end, length: 1)
    guard end >= 1 else { return }
    for start in 1...end {
      for previous in optimal[start - 1] {
        if case .bruteforce = previous.part {
          continue
        }
        update(
          &optimal, .bruteforce(start: start, end: end), start: start, end: end,
          length: previous.length + 1)
      }
    }
  }

  private func unwind(_ optimal: [[Entry]]) -> Result {
    let last = optimal[count - 1]
    var best = last[0]
    for entry in last.dropFirst() where entry.guesses < best.guesses {
      best = entry
    }
    var parts: [Part] = []
    var end = count - 1
    var length = best.length
    while end >= 0 {
      guard let entry = optimal[end].first(where: { $0.length == length }) else { break }
      parts.append(entry.part)
      end = start(of: entry.part) - 1
      length -= 1
    }
    return Result(guesses: best.guesses, product: best.product, parts: parts.reversed())
  }

  private func start(of part: Part) -> Int {
    switch part {
    case .candidate(let index): candidates[index].start
    case .bruteforce(let start, _): start
    }
  }
}
