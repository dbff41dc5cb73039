import Testing

@testable import Guesswork

@Suite struct PolicyValidatorTests {
  private typealias Support = PolicyTestSupport

  @Test func maximumLengthBelowMinimum() throws {
    let found = Support.problems(
      "{\"version\": 1, \"name\": \"p\",\n \"length\": {\"minimum\": 12, \"maximum\": 8}}")
    let problem = try #require(found.first)
    #expect(found.count == 1)
    #expect(problem.code == "maximum_below_minimum")
    // ` "length": {"minimum": 12, "maximum": 8}}`: the 8 is at column 39.
    #expect(problem.location == Support.at(2, 39))
    #expect(
      problem.message
        == "'length.maximum' (8) is below 'length.minimum' (12), so "
        + "nothing can pass; raise the maximum or lower the minimum"
    )
  }

  @Test func equalMinimumAndMaximumAreFine() throws {
    #expect(
      Support.problems(#"{"version": 1, "name": "p", "length": {"minimum": 8, "maximum": 8}}"#)
        .isEmpty)
  }

  @Test func requiredClassesThatCannotFit() throws {
    // Four required classes plus two more digits need 5 characters, but at
    // most 4 are allowed.
    let found = Support.problems(
      """
      {"version": 1, "name": "p",
       "length": {"maximum": 4},
       "character_classes": {"required": ["lower", "upper", "digit", "symbol"],
         "minimums": {"digit": 2}}}
      """)
    let problem = try #require(found.first)
    #expect(found.map(\.code) == ["classes_cannot_fit"])
    // The problem points at the "minimums" object: line 4 is
    // `   "minimums": {"digit": 2}}}`, whose brace is at column 16.
    #expect(problem.location == Support.at(4, 16))
    #expect(
      problem.message
        == "the character classes require at least 5 characters, more than the maximum length of "
        + "4; lower the class minimums or raise the maximum"
    )
  }

  @Test func classesThatExactlyFitAreFine() throws {
    let text = """
      {"version": 1, "name": "p", "length": {"maximum": 4},
       "character_classes": {"required": ["lower", "upper", "digit", "symbol"]}}
      """
    #expect(Support.problems(text).isEmpty)
  }

  @Test func requiredClassExcludedByCharacterSet() throws {
    let found = Support.problems(
      """
      {"version": 1, "name": "p",
       "character_classes": {"required": ["lower", "symbol"]},
       "characters": {"allowed": {"classes": ["letter", "digit"]}}}
      """)
    #expect(found.map(\.code) == ["required_class_not_allowed"])
    // The required list's bracket is at column 36.
    #expect(found.first?.location == Support.at(2, 36))
    #expect(
      found.first?.message
        == "class 'symbol' is required, but the allowed "
        + "characters exclude it; allow it or stop requiring it"
    )
  }

  @Test func tooManyClassesForCharacterSet() throws {
    let found = Support.problems(
      """
      {"version": 1, "name": "p",
       "character_classes": {"minimum_classes": 4},
       "characters": {"allowed": {"classes": ["lower", "upper", "digit"]}}}
      """)
    #expect(found.map(\.code) == ["too_many_classes_required"])
    #expect(
      found.first?.message == "'minimum_classes' is 4, but only 3 classes are allowed; lower it")
  }
}
