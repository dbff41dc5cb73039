import Foundation
import GuessworkCLI
import Testing

/// How `score` treats what arrives on standard input: one bad line never
/// stops a batch, and rejected lines are reported by number only.
@Suite struct ScoreCommandInputTests {
  private func score(_ input: [UInt8], chunkSize: Int = 1 << 16) -> ToolRun {
    ToolRun.run(["score", "--reference-year", "2017"], input: input, chunkSize: chunkSize)
  }

  @Test(arguments: [1, 2, 7, 65536])
  func invalidUTF8LineIsReportedAndSkipped(chunkSize: Int) throws {
    let input = Array("password\n".utf8) + [0x70, 0xFF, 0x71, 0x0A] + Array("qwerty\n".utf8)
    let run = score(input, chunkSize: chunkSize)
    #expect(run.status == .failure)
    let results = try run.results
    #expect(results.map(\.line) == [1, 2, 3])
    #expect(results.map(\.password) == ["password", nil, "qwerty"])
    let error = try #require(results[1].error)
    #expect(error.code == "invalid_utf8")
    #expect(error.message == "line 2: the line is not valid UTF-8, so it was skipped")
    #expect(results[1].guesses == nil)
  }

  @Test func errorObjectHasOnlyLineAndError() throws {
    let objects = try score([0xFF, 0x0A]).objects
    let object = try #require(objects.first)
    #expect(Set(object.keys) == ["line", "error"])
  }

  @Test func rejectedBytesAreNeverEchoed() {
    // "secret" followed by an invalid byte: no part of the line is shown.
    let run = score(Array("secret".utf8) + [0xC3, 0x28, 0x0A])
    #expect(!run.output.contains("secret"))
    #expect(run.errors.isEmpty)
  }

  @Test func crlfLineEndings() throws {
    let results = try score(Array("password\r\nqwerty\r\n".utf8)).results
    #expect(results.map(\.password) == ["password", "qwerty"])
    #expect(results.first?.guesses == 3)
  }

  @Test func emptyLineIsTheEmptyPassword() throws {
    // zxcvbn 4.4.2 scores "" as 1 guess, score 0.
    let results = try score(Array("a\n\nb\n".utf8)).results
    #expect(results.map(\.line) == [1, 2, 3])
    let empty = results[1]
    #expect(empty.password == "")
    #expect(empty.guesses == 1)
    #expect(empty.score == 0)
    #expect(empty.sequence?.isEmpty == true)
    #expect(empty.feedback?.suggestions.map(\.key) == ["use_several_words", "no_need_for_symbols"])
  }

  @Test func lastLineWithoutNewline() throws {
    let results = try score(Array("a\nqwerty".utf8)).results
    #expect(results.map(\.password) == ["a", "qwerty"])
  }

  @Test func overLongLineIsReportedAndSkipped() throws {
    // The limit is 1 MiB. One byte more is rejected, and scoring goes on.
    let long = [UInt8](repeating: 0x61, count: (1 << 20) + 1)
    let run = score(long + [0x0A] + Array("qwerty\n".utf8))
    #expect(run.status == .failure)
    let results = try run.results
    #expect(results.map(\.line) == [1, 2])
    #expect(results[0].error?.code == "line_too_long")
    #expect(results[0].error?.message == "line 1: the line is longer than 1 MiB, so it was skipped")
    #expect(results[1].password == "qwerty")
  }

  @Test func lineAtTheLimitIsScored() throws {
    let long = [UInt8](repeating: 0x61, count: 1 << 20)
    let results = try score(long + [0x0A]).results
    #expect(results.first?.error == nil)
    #expect(results.first?.analyzedLength == 100)
    #expect(results.first?.truncated == true)
  }

  @Test func controlCharactersStayInThePassword() throws {
    let results = try score(Array("a\tb\u{0}c\n".utf8)).results
    #expect(results.first?.password == "a\tb\u{0}c")
  }

  @Test func textFormatReportsErrorsByLine() {
    let run = ToolRun.run(
      ["score", "--format", "text"], input: [0xFF, 0x0A] + Array("x\n".utf8))
    #expect(run.status == .failure)
    #expect(run.output.hasPrefix("line 1: error: the line is not valid UTF-8, so it was skipped\n"))
    #expect(run.output.contains("line 2 \"x\": score 0/4"))
  }
}
