import Testing

@testable import GuessworkCLI

@Suite struct LineReaderTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let input: [UInt8]
    let maximumLineBytes: Int
    let expected: [LineReader.Line]

    init(
      _ label: String, _ input: [UInt8], maximumLineBytes: Int = 8,
      _ expected: [LineReader.Line]
    ) {
      self.label = label
      self.input = input
      self.maximumLineBytes = maximumLineBytes
      self.expected = expected
    }

    init(
      _ label: String, _ input: String, maximumLineBytes: Int = 8,
      _ expected: [LineReader.Line]
    ) {
      self.init(label, Array(input.utf8), maximumLineBytes: maximumLineBytes, expected)
    }

    var testDescription: String { label }
  }

  /// Chunk sizes that put chunk boundaries inside lines, inside CRLF pairs
  /// and inside multi-byte characters, plus the default size.
  static let chunkSizes = [1, 2, 7, 65536]

  static let cases: [Case] = [
    Case("empty input", "", []),
    Case("one line without newline", "abc", [.text(number: 1, "abc")]),
    Case("one line with newline", "abc\n", [.text(number: 1, "abc")]),
    Case("two lines", "ab\ncd\n", [.text(number: 1, "ab"), .text(number: 2, "cd")]),
    Case("last line without newline", "ab\ncd", [.text(number: 1, "ab"), .text(number: 2, "cd")]),
    Case("lone newline is one empty line", "\n", [.text(number: 1, "")]),
    Case(
      "empty lines keep their numbers", "\n\nx\n",
      [.text(number: 1, ""), .text(number: 2, ""), .text(number: 3, "x")]),
    Case("CRLF loses the CR", "ab\r\ncd\r\n", [.text(number: 1, "ab"), .text(number: 2, "cd")]),
    Case("CRLF alone is an empty line", "\r\n", [.text(number: 1, "")]),
    Case("only one trailing CR is removed", "ab\r\r\n", [.text(number: 1, "ab\r")]),
    Case("CR inside a line stays", "a\rb\n", [.text(number: 1, "a\rb")]),
    Case("trailing CR at end of input is removed", "ab\r", [.text(number: 1, "ab")]),
    Case("tab and NUL stay in the line", "a\tb\u{0}c\n", [.text(number: 1, "a\tb\u{0}c")]),
    Case("multi-byte characters", "é😀\nü\n", [.text(number: 1, "é😀"), .text(number: 2, "ü")]),
    Case(
      "invalid byte rejects only its line", [0x61, 0xFF, 0x0A, 0x62, 0x0A],
      [.invalidUTF8(number: 1), .text(number: 2, "b")]),
    Case(
      "truncated sequence at end of input", [0x61, 0x0A, 0xE2, 0x82],
      [.text(number: 1, "a"), .invalidUTF8(number: 2)]),
    Case(
      "encoded surrogate is invalid", [0xED, 0xA0, 0x80, 0x0A, 0x7A],
      [.invalidUTF8(number: 1), .text(number: 2, "z")]),
    // The limit is 8 bytes: 8 pass, 9 do not. The CR of a CRLF does not count.
    Case("line at the limit", "12345678\n", [.text(number: 1, "12345678")]),
    Case("line at the limit with CRLF", "12345678\r\n", [.text(number: 1, "12345678")]),
    Case(
      "line one byte over the limit", "123456789\nok\n",
      [.tooLong(number: 1), .text(number: 2, "ok")]),
    Case(
      "over-long line with CRLF", "123456789\r\nok\n",
      [.tooLong(number: 1), .text(number: 2, "ok")]),
    Case(
      "very long line then a short one", String(repeating: "x", count: 100) + "\nok",
      [.tooLong(number: 1), .text(number: 2, "ok")]),
    Case("over-long last line without newline", "123456789", [.tooLong(number: 1)]),
    Case(
      "over-long line then an invalid one", Array("123456789\n".utf8) + [0xFF, 0x0A],
      [.tooLong(number: 1), .invalidUTF8(number: 2)]),
  ]

  @Test(arguments: cases, chunkSizes)
  func readsLines(_ testCase: Case, chunkSize: Int) {
    var reader = LineReader(
      source: MemorySource(testCase.input, chunkSize: chunkSize),
      maximumLineBytes: testCase.maximumLineBytes)
    var lines: [LineReader.Line] = []
    while let line = reader.next() {
      lines.append(line)
    }
    #expect(lines == testCase.expected)
  }

  @Test func endOfInputStaysEnded() {
    var reader = LineReader(source: MemorySource("a\n"))
    #expect(reader.next() == .text(number: 1, "a"))
    #expect(reader.next() == nil)
    #expect(reader.next() == nil)
  }

  @Test func defaultLimitIsOneMebibyte() {
    let atLimit = String(repeating: "a", count: 1 << 20)
    var reader = LineReader(source: MemorySource(atLimit + "\n" + atLimit + "b\n"))
    #expect(reader.next() == .text(number: 1, atLimit))
    #expect(reader.next() == .tooLong(number: 2))
    #expect(reader.next() == nil)
  }
}
