import Foundation
import GuessworkCLI
import Testing

@Suite struct ScoreCommandOptionsTests {
  // MARK: --omit-password

  /// Passwords that reach every pattern: dictionary, l33t, reversed,
  /// spatial, repeat, sequence, recent year, date and brute force. None of
  /// them occurs in the English feedback texts, which quote "abcabcabc".
  static let secrets = [
    "p4ssw0rd", "Drowssap", "zxcvfrqaz", "xyzxyzxyz", "jklmnop", "born1987", "13.10.2001",
    "Xq3!zzv8", "alice1984bob",
  ]

  @Test(arguments: ["jsonl", "text"])
  func omitPasswordLeavesOutEverySecret(format: String) throws {
    let run = ToolRun.score(
      ["--omit-password", "--format", format, "--user-input", "alice"],
      input: Self.secrets.joined(separator: "\n") + "\n")
    #expect(run.status == .success)
    for secret in Self.secrets {
      #expect(!run.output.contains(secret), "\(secret)")
    }
    // Tokens and matched words must not appear either. (Years and dates
    // are checked by field name, since their digits can occur in numbers.)
    for word in ["born", "alice", "drowssap", "zxcvfr", "xyz", "jklm", "p4ss", "w0rd"] {
      #expect(!run.output.lowercased().contains(word), "\(word)")
    }
  }

  @Test func omitPasswordDropsSecretFields() throws {
    let run = ToolRun.score(
      ["--omit-password"], input: Self.secrets.joined(separator: "\n") + "\n")
    let objects = try run.objects
    #expect(objects.count == Self.secrets.count)
    // Exact counts are secrets too: a single common word's guesses are its
    // rank, and a year's guesses are its distance from the reference year.
    let secretKeys: Set = [
      "password", "token", "matched_word", "rank", "sub", "base_token", "separator", "year",
      "month", "day", "guesses", "crack_times_seconds", "base_guesses",
      "uppercase_variations", "l33t_variations",
      // Spans, lengths and repeat counts narrow a common password down to a
      // few candidates.
      "i", "j", "analyzed_length", "repeat_count", "base_matches",
    ]
    var stack: [Any] = objects
    while let next = stack.popLast() {
      if let object = next as? [String: Any] {
        #expect(secretKeys.isDisjoint(with: object.keys), "\(object.keys.sorted())")
        stack.append(contentsOf: object.values)
      } else if let array = next as? [Any] {
        stack.append(contentsOf: array)
      }
    }
  }

  @Test func omitPasswordKeepsTheEstimate() throws {
    // "born1987" with the year 2017: "born" is rank 80 and "1987" is 30
    // years away, raised to the 50-guess minimum for parts, so the total is
    // 2! × 80 × 50 + 10^4 = 18,000, and log10 4.255… shows as its whole
    // part, 4.
    let shown = try #require(try ToolRun.score(input: "born1987\n").objects.first)
    let hidden = try #require(
      try ToolRun.score(["--omit-password"], input: "born1987\n").objects.first)
    #expect(hidden["score"] as? Int == shown["score"] as? Int)
    #expect(hidden["guesses_log10"] as? Double == 4)
    // The times follow 10^4 guesses, not the exact 18,000 (which would show
    // "30 minutes" at 10 per second): 1,000 s ≈ 17 minutes; 360,000 s ≈ 4
    // days at 100 per hour; 1 s at 10^4 per second; under a second at 10^10.
    #expect(
      hidden["crack_times_display"] as? [String: String] == [
        "online_throttling_100_per_hour": "4 days",
        "online_no_throttling_10_per_second": "17 minutes",
        "offline_slow_hashing_1e4_per_second": "1 second",
        "offline_fast_hashing_1e10_per_second": "less than a second",
      ])
    let parts = try #require(hidden["sequence"] as? [[String: Any]])
    #expect(parts.map { $0["pattern"] as? String } == ["dictionary", "regex"])
    #expect(parts.first?["dictionary_name"] as? String == "english_wikipedia")
  }

  // MARK: User inputs

  @Test func userInputMatchesAndRanks() throws {
    // "zq9xw" alone is brute force: 10^5 + 1. As the first user input it is
    // rank 1: 1 + 1 guesses.
    let plain = try ToolRun.score(input: "zq9xw\n").results
    #expect(plain.first?.guesses == 100_001)
    let results = try ToolRun.score(["--user-input", "ZQ9XW"], input: "zq9xw\n").results
    #expect(results.first?.guesses == 2)
    #expect(results.first?.sequence?.first?.dictionaryName == "user_inputs")
  }

  @Test func repeatedUserInputsRankInOrder() throws {
    // Ranks follow the order given: "zq9xw" is third, so 3 + 1 guesses.
    let run = ToolRun.score(
      ["--user-input", "first", "--user-input", "second", "--user-input", "zq9xw"],
      input: "zq9xw\n")
    #expect(try run.results.first?.guesses == 4)
  }

  @Test func userInputsFile() throws {
    // One word per line, empty lines skipped. "zq9xw" comes after "first",
    // so it is rank 2: 2 + 1 guesses.
    let files = ["words.txt": Array("first\n\nzq9xw\n".utf8)]
    let run = ToolRun.score(["--user-inputs", "words.txt"], input: "zq9xw\n", files: files)
    #expect(run.status == .success)
    #expect(try run.results.first?.guesses == 3)
  }

  @Test func userInputsFileAfterSingleWords() throws {
    // --user-input words come first, then the file's.
    let files = ["words.txt": Array("zq9xw\n".utf8)]
    let run = ToolRun.score(
      ["--user-inputs", "words.txt", "--user-input", "other"], input: "zq9xw\n", files: files)
    #expect(try run.results.first?.guesses == 3)
  }

  @Test func missingUserInputsFile() {
    let run = ToolRun.score(["--user-inputs", "missing.txt"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix("guesswork: error: cannot read --user-inputs file 'missing.txt'"))
  }

  @Test func userInputsFileMustBeUTF8() {
    let files: [String: [UInt8]] = ["words.txt": [0x61, 0xFF, 0x0A]]
    let run = ToolRun.score(["--user-inputs", "words.txt"], input: "x\n", files: files)
    #expect(run.status == .usageError)
    #expect(
      run.errors == "guesswork: error: --user-inputs file 'words.txt', line 1: not valid UTF-8\n")
  }

  @Test func userInputsFileWithCRLF() throws {
    // Swift reads "\r\n" as one Character, so splitting on "\n" alone would
    // keep the whole file as one word; each CRLF line must be its own word.
    // "zq9xw" is rank 1 of the caller's words: 1 + 1 guesses.
    let files = ["words.txt": Array("zq9xw\r\nother\r\n".utf8)]
    let run = ToolRun.score(["--user-inputs", "words.txt"], input: "zq9xw\n", files: files)
    #expect(run.status == .success)
    #expect(try run.results.first?.guesses == 2)
  }

  // MARK: Reference year and analysed length

  @Test func referenceYearChangesADatesGuesses() throws {
    // 13.10.2001 with a separator: |2001 − year| (at least 20) × 365 × 4,
    // plus 1. For 2017: 20 → 29201. For 2051: 50 → 73001.
    let in2017 = try ToolRun.run(
      ["score", "--reference-year", "2017"], input: Array("13.10.2001\n".utf8)
    ).results
    let in2051 = try ToolRun.run(
      ["score", "--reference-year", "2051"], input: Array("13.10.2001\n".utf8)
    ).results
    #expect(in2017.first?.guesses == 29_201)
    #expect(in2051.first?.guesses == 73_001)
  }

  @Test func analyzedLengthCapsTheAnalysis() throws {
    // The first 6 scalars "abc#9z" are analysed. "Qm4%" joins the final
    // brute-force part: 2! × 50 × 10^7 + 10^4.
    let results = try ToolRun.score(["--analyzed-length", "6"], input: "abc#9zQm4%\n").results
    let result = try #require(results.first)
    #expect(result.analyzedLength == 6)
    #expect(result.truncated == true)
    #expect(result.guesses == 1_000_010_000)
    #expect(result.sequence?.map(\.pattern) == ["sequence", "bruteforce"])
    #expect(result.sequence?.last?.token == "#9zQm4%")
  }

  @Test func defaultAnalyzedLengthIsOneHundred() throws {
    let input = String(repeating: "x", count: 150) + "\n"
    let result = try #require(try ToolRun.score(input: input).results.first)
    #expect(result.analyzedLength == 100)
    #expect(result.truncated == true)
  }

  @Test func repeatedSingleOptionIsUsageError() throws {
    // Keeping only the last --format (or --policy) would hide a mistake.
    let run = ToolRun.score(["--format", "text", "--format", "jsonl"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    #expect(
      run.errors == "guesswork: error: option '--format' is given more than once; give it once\n")
  }
}
