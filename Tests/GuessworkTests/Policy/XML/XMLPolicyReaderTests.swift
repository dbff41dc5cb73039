import Foundation
import Testing

@testable import Guesswork

@Suite struct XMLPolicyReaderTests {
  private typealias Support = PolicyTestSupport

  private func load(_ xml: String, files: [String: String] = [:]) throws(PolicyError)
    -> PasswordPolicy
  {
    try Support.loader(files: files.merging(["p.xml": xml]) { first, _ in first }).load("p.xml")
  }

  private func problems(_ xml: String, files: [String: String] = [:]) -> [PolicyProblem] {
    do {
      _ = try load(xml, files: files)
      return []
    } catch {
      return error.problems
    }
  }

  private func at(_ line: Int, _ column: Int) -> Guesswork.SourceLocation {
    Guesswork.SourceLocation(file: "p.xml", line: line, column: column)
  }

  @Test func readsEverySectionLikeJSON() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <policy version="1" name="full" enforcement="warn">
        <description>Every section.</description>
        <doc>Test policy.</doc>
        <prohibits>rotation.maximum_age_days</prohibits>
        <length minimum="10" maximum="64" enforcement="enforce"><doc>Length.</doc></length>
        <character_classes minimum_classes="3">
          <required>lower</required>
          <required> digit </required>
          <minimums digit="2"/>
        </character_classes>
        <characters>
          <allowed characters="-_"><class>letter</class><class>digit</class></allowed>
          <forbidden><class>other</class></forbidden>
        </characters>
        <repeated_characters maximum_run="2"/>
        <sequences maximum_length="3"/>
        <keyboard_walks maximum_length="4"><layout>qwerty</layout></keyboard_walks>
        <forbidden_substrings l33t="false"><substring>acme</substring></forbidden_substrings>
        <context minimum_token_length="4" maximum_similarity="0.8"/>
        <blocklist common_passwords="1000"/>
        <strength minimum_score="2" minimum_guesses_log10="8.5"/>
        <rotation maximum_age_days="90" minimum_age_days="1" warning_days="7"/>
        <history remember="5" minimum_changed_characters="2"/>
        <lockout threshold="5" window_minutes="15" lock_minutes="10"
                 growth_factor="2" maximum_lock_minutes="80"/>
        <hashing algorithm="bcrypt">
          <bcrypt cost="13"/><accept>bcrypt</accept><accept>argon2id</accept>
        </hashing>
      </policy>
      """
    let policy = try load(xml)
    #expect(policy.name == "full")
    #expect(policy.summary == "Every section.")
    #expect(policy.documentation == "Test policy.")
    #expect(policy.enforcement == .warn)
    #expect(policy.enforcement(of: .length) == .enforce)
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
    #expect(policy.lockout?.growth == .multiplying(factor: 2, maximum: .seconds(4800)))
    #expect(policy.hashing?.bcrypt.cost == 13)
    #expect(policy.hashing?.acceptedAlgorithms == [.bcrypt, .argon2id])
    // `<length minimum="10"`: the value's quote is at column 19 of line 6.
    #expect(policy.locations["length.minimum"] == at(6, 19))
  }

  @Test func schemaErrorPointsAtTheAttributeValue() throws {
    let found = problems(
      "<policy version=\"1\" name=\"p\">\n  <length\n     minimum=\"0\"/>\n</policy>")
    #expect(found.count == 1)
    let problem = try #require(found.first)
    #expect(problem.code == "xml_schema")
    // Line 3 is `     minimum="0"/>`; the quote is at column 14.
    #expect(problem.location == at(3, 14))
    #expect(
      problem.message.hasPrefix(
        "does not match the policy schema: Element 'length', attribute 'minimum':"))
  }

  @Test func schemaErrorPointsAtTheUnknownElement() throws {
    let found = problems("<policy version=\"1\" name=\"p\">\n  <lenght minimum=\"3\"/>\n</policy>")
    #expect(found.map(\.code) == ["xml_schema"])
    #expect(found.first?.location == at(2, 3))
    // libxml2 2.9.14 appends the first ten elements it expected.
    let message = found.first?.message ?? ""
    #expect(
      message.hasPrefix(
        "does not match the policy schema: Element 'lenght': This element is not expected."))
    #expect(message.contains("Expected is one of ( description, doc, prohibits, length,"))
  }

  @Test func missingRequiredAttributes() throws {
    let found = problems("<policy name=\"p\"/>")
    #expect(found.map(\.code) == ["xml_schema"])
    #expect(
      found.first?.message
        == "does not match the policy schema: Element 'policy': "
        + "The attribute 'version' is required but missing."
    )
  }

  @Test func syntaxErrorHasLibxml2Position() throws {
    let found = problems("<policy version=\"1\" name=\"p\">\n  <length minimum=\"3\">\n</policy>")
    #expect(found.map(\.code) == ["xml_syntax"])
    #expect(found.first?.location?.line == 3)
    #expect(
      found.first?.message
        == "invalid XML: Opening and ending tag mismatch: length line 2 and policy")
  }

  @Test func documentTypeDeclarationIsRejected() throws {
    // Entities declared in a DTD could expand without bound or read other
    // files, so any DTD is refused before validation.
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE policy [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <policy version="1" name="&b;"/>
      """
    let found = problems(xml)
    #expect(found.map(\.code) == ["xml_syntax"])
    #expect(
      found.first?.message
        == "invalid XML: a DTD is not allowed in a policy file; remove the <!DOCTYPE> declaration")
  }

  @Test func duplicateSectionIsReported() throws {
    let found = problems(
      "<policy version=\"1\" name=\"p\">\n  <length "
        + "minimum=\"3\"/>\n  <length minimum=\"4\"/>\n</policy>"
    )
    // The schema allows sections in any order, so the converter catches repeats.
    #expect(found.map(\.code) == ["duplicate_key"])
    #expect(found.first?.location == at(3, 3))
  }

  @Test func contradictionsAreFoundAfterValidation() throws {
    let found = problems(
      "<policy version=\"1\" name=\"p\"><length minimum=\"12\" maximum=\"8\"/></policy>")
    #expect(found.map(\.code) == ["maximum_below_minimum"])
    // The maximum's quote is the 59th character.
    #expect(found.first?.location == at(1, 59))
  }

  @Test func xmlAndJSONExtendEachOther() throws {
    let base = #"{"version": 1, "name": "base", "sequences": {"maximum_length": 3}}"#
    let xml =
      "<policy version=\"1\" name=\"p\" extends=\"base.json\"><length minimum=\"9\"/></policy>"
    let policy = try load(xml, files: ["base.json": base])
    #expect(policy.sequences?.maximumLength == 3)
    #expect(policy.length?.minimum == 9)
    let child = #"{"version": 1, "name": "c", "extends": "p.xml"}"#
    let fromJSON = try Support.loader(files: ["c.json": child, "p.xml": xml, "base.json": base])
      .load("c.json")
    #expect(fromJSON.length?.minimum == 9)
    #expect(fromJSON.extendsChain == ["p.xml", "base.json"])
  }

  @Test func xmlExtendsPreset() throws {
    let policy = try load("<policy version=\"1\" name=\"p\" extends=\"nist-800-63b-4\"/>")
    #expect(policy.length?.minimum == 15)
  }

  @Test func embeddedSchemaMatchesFile() throws {
    let file = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("policies/schema/policy.xsd")
    let onDisk = try String(contentsOf: file, encoding: .utf8)
    #expect(PolicySchema.xsd == onDisk, "run scripts/embed-policy-presets.py")
    #expect(PolicySchema.shared.schema != nil)
  }

  @Test func sourceIndexCountsColumnsInScalars() {
    var index = XMLSourceIndex(
      bytes: Array("<policy name=\"é\">\n  <length minimum=\"3\"/>".utf8), file: "p.xml")
    let policy = index.elementOffset(named: "policy", endingOnLine: 1)
    let length = index.elementOffset(named: "length", endingOnLine: 2)
    #expect(policy == 0)
    #expect(length.map(index.location(ofOffset:)) == at(2, 3))
    let attribute = length.flatMap { index.attributeOffsets(named: "minimum", elementOffset: $0) }
    #expect(attribute.map { index.location(ofOffset: $0.value) } == at(2, 19))
  }
}
