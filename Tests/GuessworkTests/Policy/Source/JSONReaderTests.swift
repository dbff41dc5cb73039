import Testing

@testable import Guesswork

@Suite struct JSONReaderTests {
  private func parse(_ text: String) throws(PolicyError) -> PolicyValue {
    try JSONReader.parse(Array(text.utf8), file: "p.json")
  }

  /// Parses `text`, expects exactly one problem, and returns it.
  private func problem(
    _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> PolicyProblem? {
    do {
      _ = try parse(text)
      Issue.record("expected a syntax error", sourceLocation: sourceLocation)
      return nil
    } catch {
      #expect(error.problems.count == 1, sourceLocation: sourceLocation)
      return error.problems.first
    }
  }

  private func at(_ line: Int, _ column: Int) -> Guesswork.SourceLocation {
    Guesswork.SourceLocation(file: "p.json", line: line, column: column)
  }

  @Test func parsesNestedValuesWithLocations() throws {
    let text = """
      {
        "version": 1,
        "name": "a",
        "list": [true, null, -1.5e3]
      }
      """
    let value = try parse(text)
    let members = try #require(value.members)
    #expect(value.location == at(1, 1))
    #expect(members.map(\.key) == ["version", "name", "list"])
    #expect(members[0].keyLocation == at(2, 3))
    #expect(members[0].value == PolicyValue(.number("1"), at: at(2, 14)))
    #expect(members[1].value == PolicyValue(.string("a"), at: at(3, 11)))
    guard case .array(let elements) = members[2].value.content else {
      Issue.record("expected an array")
      return
    }
    #expect(elements.map(\.content) == [.bool(true), .null, .number("-1.5e3")])
    #expect(elements.map(\.location) == [at(4, 12), at(4, 18), at(4, 24)])
  }

  @Test func countsColumnsInScalarsNotBytes() throws {
    // "é" is two UTF-8 bytes and "👍" four, but each is one column, so the
    // second key's quote is the 13th scalar: { " é 👍 " : ␠ " x " , ␠ ".
    let value = try parse(#"{"é👍": "x", "k": 1}"#)
    let members = try #require(value.members)
    #expect(members[1].keyLocation == at(1, 13))
  }

  @Test func decodesEscapes() throws {
    let value = try parse(#"["a\"b\\c\/d\n\t", "\u00e9\uD83D\uDC4D"]"#)
    guard case .array(let elements) = value.content else {
      Issue.record("expected an array")
      return
    }
    #expect(elements.map(\.content) == [.string("a\"b\\c/d\n\t"), .string("é👍")])
  }

  @Test func skipsByteOrderMark() throws {
    let value = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8), file: "p.json")
    #expect(value.content == .object([]))
  }

  struct SyntaxCase: Sendable, CustomStringConvertible {
    let description: String
    let text: String
    let code: String
    let line: Int
    let column: Int
    let message: String
  }

  static let syntaxCases: [SyntaxCase] = [
    SyntaxCase(
      description: "empty file", text: "  \n", code: "empty_document", line: 2, column: 1,
      message:
        "the file contains no JSON value; a policy is a JSON object such as {\"version\": 1, ...}"),
    SyntaxCase(
      description: "trailing comma in object", text: "{\"a\": 1,\n}", code: "trailing_comma",
      line: 2, column: 1, message: "trailing comma; remove the ',' before the closing bracket"),
    SyntaxCase(
      description: "trailing comma in array", text: "[1, 2, ]", code: "trailing_comma",
      line: 1, column: 8, message: "trailing comma; remove the ',' before the closing bracket"),
    SyntaxCase(
      description: "line comment", text: "{\n  // note\n  \"a\": 1}", code: "comment_not_allowed",
      line: 2, column: 3,
      message:
        "comments are not allowed in JSON; put notes in the \"description\" or \"doc\" fields"),
    SyntaxCase(
      description: "leading zero", text: "[012]", code: "invalid_number", line: 1, column: 2,
      message: "invalid number '012'; write digits without leading zeros, such as 12"),
    SyntaxCase(
      description: "fraction without digits", text: "[1.]", code: "invalid_number", line: 1,
      column: 2, message: "invalid number '1.'; write digits without leading zeros, such as 12"),
    SyntaxCase(
      description: "exponent without digits", text: "[1e+]", code: "invalid_number", line: 1,
      column: 2, message: "invalid number '1e+'; write digits without leading zeros, such as 12"),
    SyntaxCase(
      description: "unquoted key", text: "{version: 1}", code: "unexpected_character", line: 1,
      column: 2, message: "unexpected 'v'; expected a key in double quotes"),
    SyntaxCase(
      description: "single quotes", text: "{'a': 1}", code: "unexpected_character", line: 1,
      column: 2, message: "unexpected '''; expected a key in double quotes"),
    SyntaxCase(
      description: "missing colon", text: "{\"a\" 1}", code: "unexpected_character", line: 1,
      column: 6, message: "unexpected '1'; expected ':' after the key"),
    SyntaxCase(
      description: "missing comma", text: "{\"a\": 1\n \"b\": 2}", code: "unexpected_character",
      line: 2, column: 2, message: "unexpected '\"'; expected ',' or '}'"),
    SyntaxCase(
      description: "duplicate key", text: "{\"a\": 1, \"a\": 2}", code: "duplicate_key", line: 1,
      column: 10, message: "duplicate key 'a'; each key may appear once per object"),
    SyntaxCase(
      description: "unterminated string", text: "{\"a", code: "unexpected_end", line: 1, column: 4,
      message: "unexpected end of file; expected '\"' to close the string"),
    SyntaxCase(
      description: "unterminated object", text: "{\"a\": 1", code: "unexpected_end", line: 1,
      column: 8, message: "unexpected end of file; expected ',' or '}'"),
    SyntaxCase(
      description: "raw tab in string", text: "[\"a\tb\"]", code: "control_character_in_string",
      line: 1, column: 4,
      message: "control character U+0009 in a string; escape it, for example as \\n or \\u0009"),
    SyntaxCase(
      description: "unknown escape", text: #"["a\x"]"#, code: "invalid_escape", line: 1, column: 4,
      message:
        #"invalid escape '\x'; use \", \\, \/, \b, \f, \n, \r, \t or \u followed by 4 hex digits"#),
    SyntaxCase(
      description: "escape of a two-byte character", text: #"["a\é"]"#, code: "invalid_escape",
      line: 1, column: 4,
      message:
        #"invalid escape '\é'; use \", \\, \/, \b, \f, \n, \r, \t or \u followed by 4 hex digits"#),
    SyntaxCase(
      description: "short unicode escape", text: #"["\u12G4"]"#, code: "invalid_escape", line: 1,
      column: 3,
      message: #"invalid escape '\u12G'; use \", \\, \/, \b, \f, \n, \r, \t or "#
        + #"\u followed by 4 hex digits"#
    ),
    SyntaxCase(
      description: "lone high surrogate", text: #"["\uD83Dx"]"#, code: "lone_surrogate", line: 1,
      column: 3,
      message: #"escape '\uD83D' is half of a UTF-16 surrogate pair; "#
        + "write the character itself or both halves"
    ),
    SyntaxCase(
      description: "lone low surrogate", text: #"["\uDC4D"]"#, code: "lone_surrogate", line: 1,
      column: 3,
      message: #"escape '\uDC4D' is half of a UTF-16 surrogate pair; "#
        + "write the character itself or both halves"
    ),
    SyntaxCase(
      description: "text after the value", text: "{}\n{}", code: "trailing_content", line: 2,
      column: 1,
      message: "unexpected text after the policy object; a file holds exactly one JSON value"),
    SyntaxCase(
      description: "misspelt literal", text: "[tru]", code: "unexpected_character", line: 1,
      column: 5, message: "unexpected ']'; expected 'true'"),
    SyntaxCase(
      description: "control character outside strings", text: "{\u{1}}",
      code: "unexpected_character",
      line: 1, column: 2, message: "unexpected 'U+0001'; expected a key in double quotes"),
  ]

  @Test(arguments: syntaxCases)
  func reportsSyntaxErrorAtPosition(_ testCase: SyntaxCase) throws {
    let found = try #require(problem(testCase.text))
    #expect(found.code == testCase.code)
    #expect(found.location == at(testCase.line, testCase.column))
    #expect(found.message == testCase.message)
  }

  @Test func reportsInvalidUTF8AtItsColumn() throws {
    // Line 2 is `"é` followed by a lone continuation byte: column 3.
    let bytes = Array("{\n\"é".utf8) + [0x80] + Array("\": 1}".utf8)
    do {
      _ = try JSONReader.parse(bytes, file: "p.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.problems.first?.code == "invalid_utf8")
      #expect(error.problems.first?.location == at(2, 3))
    }
  }

  @Test func rejectsOverlongAndSurrogateUTF8() {
    // 0xC0 0xAF is an overlong "/", 0xED 0xA0 0x80 an encoded surrogate.
    #expect(UTF8Validation.firstInvalidOffset(in: [0x41, 0xC0, 0xAF]) == 1)
    #expect(UTF8Validation.firstInvalidOffset(in: [0xED, 0xA0, 0x80]) == 0)
    #expect(UTF8Validation.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80]) == 0)
    #expect(UTF8Validation.firstInvalidOffset(in: Array("aé👍".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidOffset(in: [0xE2, 0x82]) == 0)
  }

  @Test func limitsNestingDepth() throws {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    let found = try #require(problem(deep))
    #expect(found.code == "nesting_too_deep")
    #expect(found.location == at(1, 65))
    let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try parse(allowed) }
  }

  @Test func everyPrefixOfADocumentFailsCleanly() throws {
    // Cutting a valid document anywhere must give a located error, never a
    // crash or a value.
    let text = #"{"a": [1, -2.5e3, true, null, "x\u00e9"], "b": {"c": false}}"#
    let bytes = Array(text.utf8)
    for end in 0..<bytes.count {
      do {
        _ = try JSONReader.parse(Array(bytes[0..<end]), file: "p.json")
        Issue.record("prefix of \(end) bytes parsed")
      } catch {
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.location != nil)
      }
    }
    #expect(throws: Never.self) { try JSONReader.parse(bytes, file: "p.json") }
  }

  @Test func openBraceAloneIsUnexpectedEnd() throws {
    let found = try #require(problem("{"))
    #expect(found.code == "unexpected_end")
    #expect(found.location == at(1, 2))
    #expect(found.message == "unexpected end of file; expected a key in double quotes")
  }
}
