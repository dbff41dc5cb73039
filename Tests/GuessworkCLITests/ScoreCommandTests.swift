import Foundation
import Testing

@testable import GuessworkCLI

/// One line of `score` output in JSON lines format.
struct ScoreLine: Decodable {
  struct Entry: Decodable, Equatable {
    let key: String
    let text: String
  }

  struct FeedbackObject: Decodable {
    let warning: Entry?
    let suggestions: [Entry]
  }

  struct MatchObject: Decodable {
    let pattern: String
    let i: Int
    let j: Int
    let token: String?
    let guesses: Double
    let guessesLog10: Double
    let dictionaryName: String?
    let reversed: Bool?
    let l33t: Bool?
    let matchedWord: String?
    let rank: Int?
    let sub: [String: String]?
    let baseGuesses: Double?
    let uppercaseVariations: Double?
    let l33tVariations: Double?
    let graph: String?
    let turns: Int?
    let shiftedCount: Int?
    let baseToken: String?
    let repeatCount: Int?
    let baseMatches: [MatchObject]?
    let sequenceName: String?
    let sequenceSpace: Int?
    let ascending: Bool?
    let regexName: String?
    let year: Int?
    let month: Int?
    let day: Int?
    let separator: String?
  }

  struct ErrorObject: Decodable {
    let code: String
    let message: String
  }

  let line: Int
  let password: String?
  let guesses: Double?
  let guessesLog10: Double?
  let score: Int?
  let crackTimesSeconds: [String: Double]?
  let crackTimesDisplay: [String: String]?
  let feedback: FeedbackObject?
  let sequence: [MatchObject]?
  let analyzedLength: Int?
  let truncated: Bool?
  let error: ErrorObject?
}

@Suite struct ScoreCommandTests {
  static let scenarioKeys: Set = [
    "online_throttling_100_per_hour", "online_no_throttling_10_per_second",
    "offline_slow_hashing_1e4_per_second", "offline_fast_hashing_1e10_per_second",
  ]

  @Test func topLevelFieldsOfAResult() throws {
    let run = ToolRun.score(input: "password\n")
    #expect(run.status == .success)
    #expect(run.errors.isEmpty)
    let object = try #require(try run.objects.first)
    #expect(
      Set(object.keys) == [
        "line", "password", "guesses", "guesses_log10", "score", "crack_times_seconds",
        "crack_times_display", "feedback", "sequence", "analyzed_length", "truncated",
      ])
    let times = try #require(object["crack_times_seconds"] as? [String: Any])
    #expect(Set(times.keys) == Self.scenarioKeys)
    let display = try #require(object["crack_times_display"] as? [String: Any])
    #expect(Set(display.keys) == Self.scenarioKeys)
  }

  @Test func valuesForPassword() throws {
    // zxcvbn("password"): guesses 3, score 0, one dictionary match of
    // rank 2, warning "top 10".
    let result = try #require(try ToolRun.score(input: "password\n").results.first)
    #expect(result.line == 1)
    #expect(result.password == "password")
    #expect(result.guesses == 3)
    #expect(result.score == 0)
    #expect(result.analyzedLength == 8)
    #expect(result.truncated == false)
    #expect(result.crackTimesSeconds?["online_no_throttling_10_per_second"] == 0.3)
    #expect(result.crackTimesDisplay?["online_throttling_100_per_hour"] == "2 minutes")
    #expect(result.feedback?.warning?.key == "top_10_password")
    #expect(result.feedback?.suggestions.map(\.key) == ["add_another_word"])
    let match = try #require(result.sequence?.first)
    #expect(match.pattern == "dictionary")
    #expect(match.i == 0)
    #expect(match.j == 7)
    #expect(match.token == "password")
    #expect(match.matchedWord == "password")
    #expect(match.dictionaryName == "passwords")
    #expect(match.rank == 2)
    #expect(match.sub == [:])
    #expect(match.reversed == false)
    #expect(match.l33t == false)
    #expect(match.baseGuesses == 2)
    #expect(match.uppercaseVariations == 1)
    #expect(match.l33tVariations == 1)
  }

  @Test func l33tSubstitutionsAreListed() throws {
    let result = try #require(try ToolRun.score(input: "p4ssw0rd\n").results.first)
    let match = try #require(result.sequence?.first)
    #expect(match.sub == ["4": "a", "0": "o"])
    #expect(match.l33t == true)
    #expect(match.l33tVariations == 4)
  }

  @Test func fieldsOfEachPattern() throws {
    // One password per pattern. Each match carries its pattern's fields.
    let input = "zxcvfr\nabcabcabc\njklmnop\n1999\n13.10.2001\nXq3\n"
    let objects = try ToolRun.score(input: input).objects
    let common: Set = ["pattern", "i", "j", "token", "guesses", "guesses_log10"]
    let expected: [(String, Set<String>)] = [
      ("spatial", ["graph", "turns", "shifted_count"]),
      ("repeat", ["base_token", "base_guesses", "repeat_count", "base_matches"]),
      ("sequence", ["sequence_name", "sequence_space", "ascending"]),
      ("regex", ["regex_name", "year"]),
      ("date", ["separator", "year", "month", "day"]),
      ("bruteforce", []),
    ]
    #expect(objects.count == expected.count)
    for (object, (pattern, fields)) in zip(objects, expected) {
      let sequence = try #require(object["sequence"] as? [[String: Any]])
      let match = try #require(sequence.first)
      #expect(match["pattern"] as? String == pattern)
      #expect(Set(match.keys) == common.union(fields), "\(pattern)")
    }
  }

  @Test func patternValues() throws {
    let input = "zxcvfr\nabcabcabc\njklmnop\n1999\n13.10.2001\n"
    let matches = try ToolRun.score(input: input).results.map { try #require($0.sequence?.first) }
    #expect(matches.count == 5)
    #expect(matches[0].graph == "qwerty")
    #expect(matches[0].turns == 2)
    #expect(matches[0].shiftedCount == 0)
    #expect(matches[1].baseToken == "abc")
    #expect(matches[1].repeatCount == 3)
    #expect(matches[1].baseMatches?.map(\.pattern) == ["sequence"])
    #expect(matches[2].sequenceName == "lower")
    #expect(matches[2].sequenceSpace == 26)
    #expect(matches[2].ascending == true)
    #expect(matches[3].regexName == "recent_year")
    #expect(matches[3].year == 1999)
    #expect(matches[4].separator == ".")
    #expect([matches[4].year, matches[4].month, matches[4].day] == [2001, 10, 13])
  }

  @Test func oneResultPerLineNumberedFromOne() throws {
    let results = try ToolRun.score(input: "a\nb\nc\n").results
    #expect(results.map(\.line) == [1, 2, 3])
    #expect(results.map(\.password) == ["a", "b", "c"])
  }

  @Test func noInputNoOutput() {
    let run = ToolRun.score(input: "")
    #expect(run.status == .success)
    #expect(run.output.isEmpty)
  }

  // MARK: Text format

  @Test func textFormatDescribesTheEstimate() {
    let run = ToolRun.score(["--format", "text"], input: "password\n")
    #expect(run.status == .success)
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "line 1 \"password\": score 0/4 (too guessable), about 10^0.5 guesses")
    #expect(run.output.contains("  warning: \(FeedbackWarningText.topTen)\n"))
    #expect(
      run.output.contains("    0–7 dictionary \"password\" (passwords, rank 2): 10^0.3 guesses\n"))
    #expect(run.output.hasSuffix("\n\n"))
  }

  @Test func terminalGetsTextByDefault() {
    let run = ToolRun.score(input: "password\n", terminal: true)
    #expect(run.output.hasPrefix("line 1 \"password\": score 0/4"))
  }

  @Test func pipeGetsJSONLinesByDefault() {
    #expect(ToolRun.score(input: "password\n").output.hasPrefix("{\"line\":1,"))
  }

  @Test func textFormatEscapesControlCharacters() {
    // A password holding an escape sequence must not reach the terminal raw.
    let run = ToolRun.score(["--format", "text"], input: "a\u{1B}[2Jb\n")
    #expect(!run.output.contains("\u{1B}"))
    #expect(run.output.contains("\"a\\u{1b}[2Jb\""))
  }

  @Test func textFormatNotesTruncation() {
    let run = ToolRun.score(["--format", "text", "--analyzed-length", "4"], input: "abcdefgh\n")
    #expect(
      run.output.contains(
        "note: characters after the first 4 were estimated by the long-input rules"))
  }

  // MARK: Help and usage errors

  @Test func helpListsEveryOption() {
    let run = ToolRun.run(["score", "--help"])
    #expect(run.status == .success)
    #expect(run.output.hasPrefix("Usage: guesswork score"))
    for option in [
      "--format FORMAT", "--user-input WORD", "--user-inputs FILE", "--omit-password",
      "--reference-year YYYY", "--profile NAME", "--analyzed-length N", "--help",
    ] {
      #expect(run.output.contains(option), "\(option)")
    }
  }

  @Test func toolOverviewListsScore() {
    let run = ToolRun.run(["--help"])
    #expect(run.status == .success)
    #expect(run.output.contains("  score"))
  }

  @Test func passwordAsArgumentIsRejected() {
    let run = ToolRun.run(["score", "hunter2secret"], input: Array("x\n".utf8))
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    #expect(run.errors.hasPrefix("guesswork: error: unexpected argument"))
    #expect(!run.errors.contains("hunter2secret"))
  }

  struct UsageCase: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let usageCases: [UsageCase] = [
    UsageCase(
      arguments: ["--colour"],
      message: "unknown option '--colour'; run with --help for the list of options"),
    UsageCase(arguments: ["--format"], message: "option '--format' needs a value"),
    UsageCase(
      arguments: ["--format", "xml"], message: "invalid --format 'xml'; expected jsonl or text"),
    UsageCase(
      arguments: ["--profile", "nope"], message: "unknown profile 'nope'; available: zxcvbn"),
    UsageCase(
      arguments: ["--reference-year", "99"],
      message: "invalid --reference-year '99'; expected a four-digit year"),
    UsageCase(
      arguments: ["--reference-year", "20x7"],
      message: "invalid --reference-year '20x7'; expected a four-digit year"),
    UsageCase(
      arguments: ["--analyzed-length", "0"],
      message: "invalid --analyzed-length '0'; expected 1 to 10000"),
    UsageCase(
      arguments: ["--analyzed-length", "10001"],
      message: "invalid --analyzed-length '10001'; expected 1 to 10000"),
  ]

  @Test(arguments: usageCases)
  func usageErrors(_ testCase: UsageCase) {
    let run = ToolRun.run(["score"] + testCase.arguments, input: Array("password\n".utf8))
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    #expect(run.errors == "guesswork: error: \(testCase.message)\n")
  }
}

/// English texts the text format prints, as the catalog defines them.
enum FeedbackWarningText {
  static let topTen = "This is one of the ten most used passwords."
}
