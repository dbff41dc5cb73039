import Testing

@testable import GuessworkCLI

@Suite struct ArgumentParserTests {
  private let parser = ArgumentParser(options: [
    .value("format", placeholder: "FORMAT", help: "Output format."),
    .repeatableValue("user-input", placeholder: "WORD", help: "A word; repeatable."),
    .flag("omit-password", help: "Leave passwords out."),
  ])

  @Test func noArguments() throws {
    let parsed = try parser.parse([])
    #expect(parsed.values.isEmpty)
    #expect(parsed.flags.isEmpty)
    #expect(parsed.positionals.isEmpty)
  }

  @Test func valueAsNextArgument() throws {
    let parsed = try parser.parse(["--format", "text"])
    #expect(parsed.value("format") == "text")
  }

  @Test func valueAfterEqualsSign() throws {
    let parsed = try parser.parse(["--format=text"])
    #expect(parsed.value("format") == "text")
  }

  @Test func valueMayContainEqualsSignsAndBeEmpty() throws {
    #expect(try parser.parse(["--user-input=a=b"]).value("user-input") == "a=b")
    #expect(try parser.parse(["--user-input="]).value("user-input") == "")
  }

  @Test func valueMayStartWithDashes() throws {
    // The next argument is the value even when it looks like an option.
    #expect(try parser.parse(["--user-input", "--format"]).value("user-input") == "--format")
  }

  @Test func repeatedOptionKeepsEveryValue() throws {
    let parsed = try parser.parse(["--user-input", "alice", "--user-input=bob"])
    #expect(parsed.allValues("user-input") == ["alice", "bob"])
    #expect(parsed.value("user-input") == "bob")
    #expect(parsed.allValues("format").isEmpty)
  }

  @Test func repeatedSingleOptionIsRejected() {
    #expect(throws: UsageError("option '--format' is given more than once; give it once")) {
      try parser.parse(["--format", "text", "--format=jsonl"])
    }
  }

  @Test func flag() throws {
    let parsed = try parser.parse(["--omit-password"])
    #expect(parsed.isSet("omit-password"))
    #expect(!parsed.isSet("format"))
  }

  @Test func positionalsKeepTheirOrder() throws {
    let parsed = try parser.parse(["one", "--omit-password", "two", "-", "-x"])
    #expect(parsed.positionals == ["one", "two", "-", "-x"])
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try parser.parse(["--omit-password", "--", "--format", "text"])
    #expect(parsed.isSet("omit-password"))
    #expect(parsed.positionals == ["--format", "text"])
    #expect(parsed.value("format") == nil)
  }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    let arguments: [String]
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      arguments: ["--colour"],
      message: "unknown option '--colour'; run with --help for the list of options"),
    ErrorCase(
      arguments: ["--colour=red"],
      message: "unknown option '--colour'; run with --help for the list of options"),
    ErrorCase(arguments: ["--format"], message: "option '--format' needs a value"),
    ErrorCase(
      arguments: ["--omit-password=yes"], message: "option '--omit-password' takes no value"),
    // Names match exactly: no abbreviations, no case folding.
    ErrorCase(
      arguments: ["--form", "text"],
      message: "unknown option '--form'; run with --help for the list of options"),
    // Not lowercase letters, digits and dashes: it may be a password, so it
    // is not repeated.
    ErrorCase(
      arguments: ["--FORMAT", "text"],
      message: "unknown option; run with --help for the list of options"),
    ErrorCase(
      arguments: ["--S3cret!pw"], message: "unknown option; run with --help for the list of options"
    ),
  ]

  @Test(arguments: errorCases)
  func usageErrors(_ testCase: ErrorCase) {
    #expect(throws: UsageError(testCase.message)) {
      try parser.parse(testCase.arguments)
    }
  }
}
