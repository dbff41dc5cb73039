import Testing

@testable import Guesswork

@Suite struct PolicyDecoderTests {
  private typealias Support = PolicyTestSupport

  @Test func decodesEverySection() throws {
    let policy = try Support.load(
      """
      {
        "version": 1,
        "name": "full",
        "description": "Every section.",
        "doc": "Test policy.",
        "enforcement": "warn",
        "prohibits": ["rotation.maximum_age_days"],
        "length": {"minimum": 10, "maximum": 64, "enforcement": "enforce", "doc": "Length."},
        "character_classes": {"required": ["lower", "digit"], "minimum_classes": 3,
         "minimums": {"digit": 2}},
        "characters": {"allowed": {"classes": ["letter", "digit"], "characters": "-_"},
         "forbidden": {"classes": ["other"]}},
        "repeated_characters": {"maximum_run": 2},
        "sequences": {"maximum_length": 3},
        "keyboard_walks": {"maximum_length": 4, "layouts": ["qwerty"]},
        "forbidden_substrings": {"substrings": ["acme"], "l33t": false},
        "context": {"minimum_token_length": 4, "maximum_similarity": 0.8},
        "blocklist": {"common_passwords": 1000},
        "strength": {"minimum_score": 2, "minimum_guesses_log10": 8.5},
        "rotation": {"maximum_age_days": 90, "minimum_age_days": 1, "warning_days": 7},
        "history": {"remember": 5, "minimum_changed_characters": 2},
        "lockout": {"threshold": 5, "window_minutes": 15, "lock_minutes": 10,
         "growth_factor": 2, "maximum_lock_minutes": 80},
        "hashing": {"algorithm": "bcrypt", "bcrypt": {"cost": 13}, "accept": ["bcrypt", "argon2id"]}
      }
      """)
    #expect(policy.name == "full")
    #expect(policy.summary == "Every section.")
    #expect(policy.enforcement == .warn)
    #expect(policy.enforcement(of: .length) == .enforce)
    #expect(policy.enforcement(of: .sequences) == .warn)
    #expect(policy.sectionDocumentation[.length] == "Length.")
    #expect(policy.prohibitedSettings == ["rotation.maximum_age_days"])
    #expect(policy.length == LengthLimits(minimum: 10, maximum: 64))
    #expect(
      policy.characterClasses
        == RequiresCharacterClasses(
          required: [.lower, .digit], minimumClasses: 3, minimums: [.digit: 2]))
    #expect(
      policy.characters?.allowed
        == PolicyCharacterSet(classes: [.letter, .digit], characters: ["-", "_"]))
    #expect(policy.characters?.forbidden == PolicyCharacterSet(classes: [.other]))
    #expect(policy.repeatedCharacters?.maximumRun == 2)
    #expect(policy.sequences?.maximumLength == 3)
    #expect(policy.keyboardWalks == ForbidsKeyboardWalks(maximumLength: 4, layouts: [.qwerty]))
    #expect(
      policy.forbiddenSubstrings == ForbidsSubstrings(substrings: ["acme"], matchesL33t: false))
    #expect(policy.context == ForbidsUserData(minimumTokenLength: 4, maximumSimilarity: 0.8))
    #expect(policy.blocklist?.commonPasswords == 1000)
    #expect(
      policy.strength
        == RequiresMinimumStrength(minimumScore: .somewhatGuessable, minimumGuessesLog10: 8.5))
    #expect(
      policy.rotation
        == (try PasswordAgeRule(maximumAgeDays: 90, minimumAgeDays: 1, warningDays: 7)))
    #expect(
      policy.history == (try PasswordHistoryRule(rememberedCount: 5, minimumChangedCharacters: 2)))
    let lockout = try LockoutRule(
      failureThreshold: 5, observationWindow: .seconds(900), lockDuration: .seconds(600),
      growth: .multiplying(factor: 2, maximum: .seconds(4800)))
    #expect(policy.lockout == lockout)
    let hashing = HashingPolicy(
      algorithm: .bcrypt, argon2id: .recommended, bcrypt: BcryptParameters(cost: 13),
      acceptedAlgorithms: [.bcrypt, .argon2id])
    #expect(policy.hashing == hashing)
    // Line 8 is `  "length": {"minimum": 10, "maximum": 64, ...`: the value 64 starts
    // at column 40.
    #expect(policy.locations["length.maximum"] == Support.at(8, 40))
  }

  @Test func schemaKeyForEditorsIsAccepted() throws {
    let text = #"{"$schema": "../policies/schema/policy.schema.json", "version": 1, "name": "p"}"#
    #expect(try Support.load(text).name == "p")
  }

  @Test func minimalPolicyHasNoRules() throws {
    let policy = try Support.load(#"{"version": 1, "name": "empty"}"#)
    #expect(policy.presentSections.isEmpty)
    #expect(policy.enforcement == .enforce)
  }

  struct ProblemCase: Sendable, CustomStringConvertible {
    let description: String
    let text: String
    let code: String
    let line: Int
    let column: Int
    let message: String
  }

  static let problemCases: [ProblemCase] = [
    ProblemCase(
      description: "unknown top-level key with suggestion",
      text: "{\"version\": 1, \"name\": \"p\",\n \"lenght\": {}}", code: "unknown_key", line: 2,
      column: 2,
      message: "unknown key 'lenght' in the policy; did you mean 'length'?"),
    ProblemCase(
      description: "unknown section key",
      text: "{\"version\": 1, \"name\": \"p\",\n \"length\": {\"min\": 3}}", code: "unknown_key",
      line: 2,
      column: 13, message: "unknown key 'min' in 'length'; did you mean 'minimum'?"),
    ProblemCase(
      description: "string where an integer belongs",
      text: "{\"version\": 1, \"name\": \"p\",\n \"length\": {\"minimum\": \"12\"}}",
      code: "wrong_type", line: 2,
      column: 24, message: "'length.minimum' must be an integer, not a string"),
    ProblemCase(
      description: "fraction where an integer belongs",
      text: "{\"version\": 1, \"name\": \"p\",\n \"length\": {\"minimum\": 12.5}}",
      code: "wrong_type", line: 2,
      column: 24, message: "'length.minimum' must be an integer, not a number"),
    ProblemCase(
      description: "zero minimum length",
      text: "{\"version\": 1, \"name\": \"p\",\n \"length\": {\"minimum\": 0}}",
      code: "out_of_range", line: 2,
      column: 24, message: "'length.minimum' is 0; expected an integer from 1 to 1024"),
    ProblemCase(
      description: "negative history",
      text: "{\"version\": 1, \"name\": \"p\",\n \"history\": {\"remember\": -1}}",
      code: "out_of_range",
      line: 2, column: 26, message: "'history.remember' is -1; expected an integer from 0 to 1024"),
    ProblemCase(
      description: "score above 4",
      text: "{\"version\": 1, \"name\": \"p\",\n \"strength\": {\"minimum_score\": 5}}",
      code: "out_of_range",
      line: 2, column: 32, message: "'strength.minimum_score' is 5; expected an integer from 0 to 4"
    ),
    ProblemCase(
      description: "unknown class name",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"character_classes\": "
        + "{\"required\": [\"lower\", \"special\"]}}",
      code: "invalid_value", line: 2, column: 46,
      message:
        "invalid value 'special' for 'character_classes.required'; expected "
        + "one of: lower, upper, other_letter, digit, symbol, letter"
    ),
    ProblemCase(
      description: "duplicate list entry",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"character_classes\": "
        + "{\"required\": [\"lower\", \"lower\"]}}",
      code: "duplicate_entry", line: 2, column: 46,
      message: "'lower' is listed twice in 'character_classes.required'; list each entry once"),
    ProblemCase(
      description: "invalid enforcement",
      text: "{\"version\": 1, \"name\": \"p\", \"enforcement\": \"audit\"}", code: "invalid_value",
      line: 1,
      column: 44, message: "invalid value 'audit' for 'enforcement'; expected one of: enforce, warn"
    ),
    ProblemCase(
      description: "missing name",
      text: "{\"version\": 1}", code: "missing_key", line: 1, column: 1,
      message: "missing key 'name' in the policy"),
    ProblemCase(
      description: "empty name",
      text: "{\"version\": 1, \"name\": \"\"}", code: "empty_value", line: 1, column: 24,
      message: "'name' is empty; give it a value or remove the key"),
    ProblemCase(
      description: "missing required section key",
      text: "{\"version\": 1, \"name\": \"p\",\n \"repeated_characters\": {}}", code: "missing_key",
      line: 2,
      column: 25, message: "missing key 'maximum_run' in 'repeated_characters'"),
    ProblemCase(
      description: "section that is not an object",
      text: "{\"version\": 1, \"name\": \"p\", \"length\": 12}", code: "wrong_type", line: 1,
      column: 39,
      message: "'length' must be an object, not a number"),
    ProblemCase(
      description: "walk maximum below 2",
      text: "{\"version\": 1, \"name\": \"p\",\n \"keyboard_walks\": {\"maximum_length\": 1}}",
      code: "out_of_range",
      line: 2, column: 39,
      message: "'keyboard_walks.maximum_length' is 1; expected an integer from 2 to 1024"),
    ProblemCase(
      description: "similarity of zero",
      text: "{\"version\": 1, \"name\": \"p\",\n \"context\": {\"maximum_similarity\": 0}}",
      code: "out_of_range",
      line: 2, column: 36,
      message: "'context.maximum_similarity' is 0; expected a number above 0 and at most 1"),
    ProblemCase(
      description: "unknown layout",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"keyboard_walks\": "
        + "{\"maximum_length\": 4, \"layouts\": [\"azerty\"]}}",
      code: "invalid_value", line: 2, column: 54,
      message:
        "invalid value 'azerty' for 'keyboard_walks.layouts'; "
        + "expected one of: qwerty, dvorak, keypad, mac_keypad"
    ),
    ProblemCase(
      description: "prohibits names an unknown setting",
      text: "{\"version\": 1, \"name\": \"p\", \"prohibits\": [\"length.min\"]}",
      code: "invalid_value", line: 1,
      column: 43,
      message:
        "invalid value 'length.min' for 'prohibits'; expected one of: "
        + "a section name, 'section.key' naming one of its settings"
    ),
    ProblemCase(
      description: "minimum age not below maximum",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"rotation\": "
        + "{\"maximum_age_days\": 30, \"minimum_age_days\": 30}}",
      code: "minimum_age_not_below_maximum", line: 2, column: 59,
      message:
        "'rotation.minimum_age_days': invalid minimum age 30 days: it must be below the maximum "
        + "age of 30 days, or a password could only change after it expired"
    ),
    ProblemCase(
      description: "growth without maximum",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"lockout\": {\"threshold\": 3, \"window_minutes\": "
        + "5, \"lock_minutes\": 5, \"growth_factor\": 2}}",
      code: "missing_key", line: 2, column: 13,
      message: "missing key 'maximum_lock_minutes' in 'lockout'"),
    ProblemCase(
      description: "bcrypt cost above 31",
      text: "{\"version\": 1, \"name\": \"p\",\n \"hashing\": {\"bcrypt\": {\"cost\": 32}}}",
      code: "out_of_range",
      line: 2, column: 33,
      message: "'hashing.bcrypt.cost' "
        + "is 32; expected an integer from 4 to 31"),
    ProblemCase(
      description: "new-hash algorithm not accepted",
      text:
        "{\"version\": 1, \"name\": \"p\",\n \"hashing\": "
        + "{\"algorithm\": \"argon2id\", \"accept\": [\"bcrypt\"]}}",
      code: "hashing_algorithm_not_accepted", line: 2, column: 49,
      message:
        "'hashing.accept': new hashes use 'argon2id', which the accepted "
        + "algorithms do not include; add it to the accepted list"
    ),
  ]

  // Columns count from 1 at the line's first character; the second line of
  // most cases starts with one space, so `"length"` starts at column 2.
  @Test(arguments: problemCases)
  func reportsProblemAtLocation(_ testCase: ProblemCase) throws {
    let problems = Support.problems(testCase.text)
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.code == testCase.code)
    #expect(problem.location == Support.at(testCase.line, testCase.column))
    #expect(problem.message == testCase.message)
  }

  @Test func reportsEveryProblemInOneRun() {
    let problems = Support.problems(
      """
      {
        "version": 1,
        "name": "p",
        "length": {"minimum": "8", "maxi": 3},
        "sequences": {"maximum_length": 0},
        "colour": "blue"
      }
      """)
    // In file order: the string "8" (line 4, column 25) comes before the
    // unknown key "maxi" (line 4, column 30).
    #expect(problems.map(\.code) == ["wrong_type", "unknown_key", "out_of_range", "unknown_key"])
    #expect(problems.map { $0.location?.line } == [4, 4, 5, 6])
  }
}
