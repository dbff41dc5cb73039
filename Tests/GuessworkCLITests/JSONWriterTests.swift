import Foundation
import Guesswork
import Testing

@Suite struct JSONWriterTests {
  private func text(_ build: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    build(&writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  private func quoted(_ value: String) -> String {
    text { $0.string(value) }
  }

  @Test func emptyContainers() {
    let object = text { json in
      json.beginObject()
      json.endObject()
    }
    let array = text { json in
      json.beginArray()
      json.endArray()
    }
    #expect(object == "{}")
    #expect(array == "[]")
  }

  @Test func commasBetweenMembersAndElements() {
    let json = text { json in
      json.beginObject()
      json.integer(1, key: "a")
      json.bool(true, key: "b")
      json.null(key: "c")
      json.beginArray("d")
      json.integer(1)
      json.integer(2)
      json.beginObject()
      json.endObject()
      json.endArray()
      json.beginObject("e")
      json.bool(false, key: "f")
      json.endObject()
      json.endObject()
    }
    #expect(json == #"{"a":1,"b":true,"c":null,"d":[1,2,{}],"e":{"f":false}}"#)
  }

  struct EscapeCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: String
    var testDescription: String { input.debugDescription }
  }

  static let escapeCases: [EscapeCase] = [
    EscapeCase(input: "", expected: #""""#),
    EscapeCase(input: "plain", expected: #""plain""#),
    EscapeCase(input: "\"", expected: #""\"""#),
    EscapeCase(input: "\\", expected: #""\\""#),
    EscapeCase(input: "\n\r\t", expected: #""\n\r\t""#),
    EscapeCase(input: "\u{0}", expected: #""\u0000""#),
    EscapeCase(input: "\u{1F}", expected: #""\u001f""#),
    EscapeCase(input: "\u{8}\u{C}", expected: #""\u0008\u000c""#),
    EscapeCase(input: "\u{7F}", expected: #""\u007f""#),
    // "/" needs no escape, and non-ASCII text stays UTF-8.
    EscapeCase(input: "a/b", expected: #""a/b""#),
    EscapeCase(input: "é😀\u{2028}", expected: "\"é😀\u{2028}\""),
  ]

  @Test(arguments: escapeCases)
  func escapesStrings(_ testCase: EscapeCase) {
    #expect(quoted(testCase.input) == testCase.expected)
  }

  @Test(arguments: escapeCases)
  func escapedStringsParseBack(_ testCase: EscapeCase) throws {
    let json = "[" + quoted(testCase.input) + "]"
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
    #expect(parsed == [testCase.input])
  }

  @Test func keysAreEscapedToo() {
    let json = text { json in
      json.beginObject()
      json.integer(1, key: "a\"b\n")
      json.endObject()
    }
    #expect(json == #"{"a\"b\n":1}"#)
  }

  @Test func numbers() {
    #expect(text { $0.number(0) } == "0")
    #expect(text { $0.number(-3) } == "-3")
    #expect(text { $0.number(1e14) } == "100000000000000")
    #expect(text { $0.number(0.5) } == "0.5")
    #expect(text { $0.number(1e15) } == "1000000000000000.0")
    #expect(text { $0.number(1e16) } == "1e+16")
    #expect(text { $0.number(1.7976931348623157e308) } == "1.7976931348623157e+308")
  }

  @Test func nonFiniteNumbersBecomeNull() {
    #expect(text { $0.number(.infinity) } == "null")
    #expect(text { $0.number(-.infinity) } == "null")
    #expect(text { $0.number(.nan) } == "null")
  }

  @Test func numbersParseBackExactly() throws {
    // JSONDecoder reads doubles exactly. (JSONSerialization on Linux does
    // not: it reads 2160.0000000000005 as 2160.000000000001.)
    let values = [1e15, 1.0000000000000001e23, 1.7976931348623157e308, 2160.0000000000005, 0.1]
    let json = text { json in
      json.beginArray()
      values.forEach { json.number($0) }
      json.endArray()
    }
    let parsed = try JSONDecoder().decode([Double].self, from: Data(json.utf8))
    #expect(parsed == values)
  }

  @Test func integersAndBooleans() {
    #expect(text { $0.integer(Int.min) } == "-9223372036854775808")
    #expect(text { $0.bool(true) } == "true")
  }
}
