import Testing

@testable import Guesswork

@Suite struct PolicyCheckerTests {
  private typealias Support = PolicyTestSupport

  private func checker(_ text: String) throws -> PolicyChecker {
    PolicyChecker(policy: try Support.load(text), estimator: Support.estimator)
  }

  @Test func returnsEveryFailureNotOnlyTheFirst() throws {
    let checker = try checker(
      """
      {"version": 1, "name": "p",
       "length": {"minimum": 12},
       "character_classes": {"required": ["upper", "digit"]},
       "repeated_characters": {"maximum_run": 2},
       "strength": {"minimum_score": 3}}
      """)
    let result = checker.check("aaab")
    #expect(
      result.failures.map(\.code) == [
        .tooShort, .missingCharacterClass, .missingCharacterClass, .repeatedCharacters,
        .scoreTooLow,
      ])
    #expect(
      result.failures.map(\.section) == [
        .length, .characterClasses, .characterClasses, .repeatedCharacters, .strength,
      ])
    #expect(!result.isAccepted)
  }

  @Test func passingPasswordHasNoFailures() throws {
    let checker = try checker(#"{"version": 1, "name": "p", "length": {"minimum": 8}}"#)
    let result = checker.check("long enough")
    #expect(result.failures.isEmpty)
    #expect(result.isAccepted)
  }

  @Test func warnPolicyReportsButAccepts() throws {
    let checker = try checker(
      #"{"version": 1, "name": "p", "enforcement": "warn", "length": {"minimum": 12}}"#)
    let result = checker.check("short")
    #expect(result.isAccepted)
    #expect(result.warnings.map(\.code) == [.tooShort])
    #expect(result.rejections.isEmpty)
  }

  @Test func ruleCanEnforceInsideWarnPolicy() throws {
    let checker = try checker(
      """
      {"version": 1, "name": "p", "enforcement": "warn",
       "length": {"minimum": 8, "enforcement": "enforce"},
       "sequences": {"maximum_length": 3}}
      """)
    let result = checker.check("abcdef")
    #expect(!result.isAccepted)
    #expect(result.rejections.map(\.code) == [.tooShort])
    #expect(result.warnings.map(\.code) == [.characterSequence])
  }

  @Test func ruleCanWarnInsideEnforcingPolicy() throws {
    let checker = try checker(
      """
      {"version": 1, "name": "p",
       "length": {"minimum": 4},
       "strength": {"minimum_score": 4, "enforcement": "warn"}}
      """)
    let result = checker.check("password")
    #expect(result.isAccepted)
    #expect(result.warnings.map(\.code) == [.scoreTooLow])
  }

  @Test func failuresCarryEnglishMessageAndSuggestion() throws {
    let checker = try checker(#"{"version": 1, "name": "p", "length": {"minimum": 12}}"#)
    let failure = try #require(checker.check("short").failures.first)
    #expect(failure.message == "The password has 5 characters; at least 12 are required.")
    #expect(
      failure.suggestion
        == "Make it longer; several unrelated words make a long password that is easy to remember.")
    #expect(failure.enforcement == .enforce)
  }

  @Test func catalogCanBeReplaced() throws {
    let policy = try Support.load(#"{"version": 1, "name": "p", "length": {"minimum": 12}}"#)
    let catalog = PolicyMessageCatalog(
      message: { "message for \($0.code.rawValue)" }, suggestion: { _ in "suggestion" })
    let failure = PolicyChecker(policy: policy, estimator: Support.estimator, catalog: catalog)
      .check("x").failures.first
    #expect(failure?.message == "message for too_short")
    #expect(failure?.suggestion == "suggestion")
  }

  @Test func resultIncludesTheEstimate() throws {
    let checker = try checker(#"{"version": 1, "name": "p"}"#)
    let result = checker.check("password")
    #expect(result.estimate.score == .tooGuessable)
    #expect(result.estimate.password == "password")
  }

  @Test(arguments: ["hunter2", "Tr0ub4dor&3", "alice1990", "qwertyuiop", "ＰＡＳＳ"])
  func messagesNeverQuoteThePassword(_ password: String) throws {
    let checker = PolicyChecker(
      policy: try PolicyLoader().load("strict"), estimator: Support.estimator)
    let result = checker.check(password, context: CheckContext(username: "alice"))
    #expect(!result.failures.isEmpty)
    for failure in result.failures {
      #expect(!failure.message.contains(password))
      #expect(!failure.suggestion.contains(password))
    }
  }

  @Test func emptyPasswordGetsAFullResult() throws {
    let checker = PolicyChecker(
      policy: try PolicyLoader().load("strict"), estimator: Support.estimator)
    let result = checker.check("")
    #expect(result.failures.first?.code == .tooShort)
    #expect(result.estimate.score == .tooGuessable)
  }

  @Test func longPasswordFinishes() throws {
    // 100,000 symbols: the estimator caps its analysis, and the other rules
    // are linear or bounded by the policy's short word lists.
    let checker = PolicyChecker(
      policy: try PolicyLoader().load("strict"), estimator: Support.estimator)
    let result = checker.check(String(repeating: "!@", count: 50_000))
    #expect(result.failures.map(\.code).contains(.tooLong))
  }
}
