import Testing

@testable import Guesswork

/// For each preset, passwords that must pass and passwords that must fail
/// with exactly the listed codes, in section order.
///
/// Reasoning sources: list ranks come from `dictionaries/zxcvbn/passwords.txt`
/// (zxcvbn 4.4.2's list, one password per line, rank = line number);
/// strength scores and keyboard walks were computed with the Python port
/// `zxcvbn` 4.5.0 (`zxcvbn(password)["score"]` and the `spatial` matches of
/// `matching.omnimatch`), the reference named in the project's reference notes.
@Suite struct PresetCasesTests {
  struct Case: Sendable, CustomStringConvertible {
    let preset: String
    let password: String
    var username: String? = nil
    let codes: [RuleCode]
    let reasoning: String

    var description: String { "\(preset): \(reasoning)" }
  }

  static let strict: [Case] = [
    Case(
      preset: "strict", password: "Xk9#mP2$vL7@nQ4w", codes: [],
      reasoning: "16 characters, all four classes, no run or walk, zxcvbn score 4"),
    Case(
      preset: "strict", password: "Blue-Harbor7Quiet", codes: [],
      reasoning: "17 characters with B/H/Q upper, lowercase, 7 and '-', no walk, score 4"),
    Case(
      preset: "strict", password: "Çafé-Ünïcode-42", codes: [],
      reasoning: "accented capitals Ç and Ü count as uppercase and é, ï as lowercase; score 4"),
    Case(
      preset: "strict", password: "Password1!",
      codes: [.tooShort, .forbiddenSubstring, .scoreTooLow],
      reasoning: "10 characters < 12, contains 'password', score 1 < 3; all four classes present"),
    Case(
      preset: "strict", password: "correct horse battery staple",
      codes: [.missingCharacterClass, .missingCharacterClass],
      reasoning: "no uppercase and no digit (spaces count as symbols); score 4"),
    Case(
      preset: "strict", password: "aaaBBB111!!!xyz", codes: [.repeatedCharacters],
      reasoning: "runs of three identical characters; 15 characters, four classes, score 4"),
    Case(
      preset: "strict", password: "Qwerty!2026#Zp", codes: [.keyboardWalk, .forbiddenSubstring],
      reasoning: "'Qwerty' is a QWERTY walk of 6 > 4 keys and the listed 'qwerty'; score 4"),
    Case(
      preset: "strict", password: "P@$$w0rd-2026-Xy", codes: [.keyboardWalk, .forbiddenSubstring],
      reasoning:
        "'2026-' is a walk of 5 keys on the Mac keypad; 'p@$$w0rd' is 'password' in l33t; score 4"),
    Case(
      preset: "strict", password: "Ab1!", codes: [.tooShort, .scoreTooLow],
      reasoning: "4 characters < 12 with all four classes; score 1"),
  ]

  static let nist: [Case] = [
    Case(
      preset: "nist-800-63b-4", password: "correct horse battery staple", codes: [],
      reasoning: "28 code points, not on the list, no composition rules"),
    Case(
      preset: "nist-800-63b-4", password: "αβγδεζηθικλμνξο", codes: [],
      reasoning: "15 Greek letters are 15 code points; Unicode is accepted"),
    Case(
      preset: "nist-800-63b-4", password: String(repeating: "😀", count: 15), codes: [],
      reasoning: "15 emoji are 15 code points (30 UTF-16 units, 60 bytes)"),
    Case(
      preset: "nist-800-63b-4", password: "password", codes: [.tooShort, .blocklisted],
      reasoning: "8 code points < 15, rank 2 on the list"),
    Case(
      preset: "nist-800-63b-4", password: String(repeating: "😀", count: 7), codes: [.tooShort],
      reasoning: "7 emoji are 7 code points, though 14 UTF-16 units and 28 bytes"),
    Case(
      preset: "nist-800-63b-4", password: "1qaz2wsx3edc4rfv", codes: [.blocklisted],
      reasoning: "16 code points, but rank 6,766 on the list; the whole password is compared"),
    Case(
      preset: "nist-800-63b-4", password: "MOMSANALADVENTURE", codes: [.blocklisted],
      reasoning: "rank 8,341 on the list once case is folded"),
    Case(
      preset: "nist-800-63b-4", password: String(repeating: "x", count: 65), codes: [.tooLong],
      reasoning: "65 code points > the maximum of 64"),
    Case(
      preset: "nist-800-63b-4", password: "margaret-loves-lunar-modules", username: "margaret",
      codes: [.containsUserData], reasoning: "contains the user name"),
  ]

  static let nistMFA: [Case] = [
    Case(
      preset: "nist-800-63b-4-mfa", password: "lettuce!", codes: [],
      reasoning: "8 code points meets the multi-factor minimum; not on the list"),
    Case(
      preset: "nist-800-63b-4-mfa", password: "lettuce", codes: [.tooShort],
      reasoning: "7 code points < 8; not on the list"),
    Case(
      preset: "nist-800-63b-4-mfa", password: "sunflower", codes: [.blocklisted],
      reasoning: "rank 3,277 is within the inherited 30,000"),
  ]

  static let asvs: [Case] = [
    Case(
      preset: "owasp-asvs-5-l1", password: "sunflower", codes: [],
      reasoning: "rank 3,277 is outside the top 3,000"),
    Case(
      preset: "owasp-asvs-5-l1", password: "iloveyou", codes: [.blocklisted],
      reasoning: "8 characters, but rank 47"),
    Case(
      preset: "owasp-asvs-5-l1", password: "1234567", codes: [.tooShort, .blocklisted],
      reasoning: "7 characters < 8, rank 9"),
    Case(
      preset: "owasp-asvs-5-l1", password: String(repeating: "x", count: 100), codes: [],
      reasoning: "level 1 sets no maximum length"),
    Case(
      preset: "owasp-asvs-5-l2", password: "sunflower", codes: [],
      reasoning: "inherits level 1; no user name given"),
    Case(
      preset: "owasp-asvs-5-l2", password: String(repeating: "x", count: 65), codes: [.tooLong],
      reasoning: "65 characters > 64"),
    Case(
      preset: "owasp-asvs-5-l2", password: "ramona-rocks", username: "ramona",
      codes: [.containsUserData],
      reasoning: "level 2 checks context words such as the user name"),
  ]

  static let pci: [Case] = [
    Case(
      preset: "pci-dss-4.0.1", password: "blue harbor 7", codes: [],
      reasoning: "13 characters with letters and a digit"),
    Case(
      preset: "pci-dss-4.0.1", password: "我的密码很安全也很长2026", codes: [],
      reasoning: "10 Chinese characters are letters without case, plus 4 digits: 14 characters"),
    Case(
      preset: "pci-dss-4.0.1", password: "bluehorizonsky", codes: [.missingCharacterClass],
      reasoning: "14 letters and no digit"),
    Case(
      preset: "pci-dss-4.0.1", password: "123456789012", codes: [.missingCharacterClass],
      reasoning: "12 digits and no letter"),
    Case(
      preset: "pci-dss-4.0.1", password: "short1", codes: [.tooShort],
      reasoning: "6 characters < 12, letters and a digit present"),
  ]

  static let cis: [Case] = [
    Case(
      preset: "cis-windows", password: "Harbor lights 42", codes: [],
      reasoning: "16 characters in 4 classes (upper, lower, space as symbol, digit)"),
    Case(
      preset: "cis-windows", password: "ÉLAN-VITAL-2026", codes: [],
      reasoning: "15 characters in 3 classes: accented capitals are uppercase, '-' symbol, digits"),
    Case(
      preset: "cis-windows", password: "harborlightsnow", codes: [.tooFewClasses],
      reasoning: "15 lowercase letters are 1 class < 3"),
    Case(
      preset: "cis-windows", password: "Ab1", codes: [.tooShort],
      reasoning: "3 characters < 14, though 3 classes"),
    Case(
      preset: "cis-windows", password: "JDoe-Winter-2026!", username: "jdoe",
      codes: [.containsUserData],
      reasoning: "contains the account name, ignoring case"),
  ]

  @Test(arguments: strict + nist + nistMFA + asvs + pci + cis)
  func presetJudgesPassword(_ testCase: Case) throws {
    let policy = try PolicyLoader().load(testCase.preset)
    let checker = PolicyChecker(policy: policy, estimator: PolicyTestSupport.estimator)
    let result = checker.check(
      testCase.password, context: CheckContext(username: testCase.username))
    #expect(result.failures.map(\.code) == testCase.codes)
    #expect(result.isAccepted == testCase.codes.isEmpty)
  }

  @Test func strictNamesTheMissingClasses() throws {
    let checker = PolicyChecker(
      policy: try PolicyLoader().load("strict"), estimator: PolicyTestSupport.estimator)
    let violations = checker.check("correct horse battery staple").failures.map(\.violation)
    #expect(violations == [.missingCharacterClass(.upper), .missingCharacterClass(.digit)])
  }

  @Test func pciNamesTheMissingClass() throws {
    let checker = PolicyChecker(
      policy: try PolicyLoader().load("pci-dss-4.0.1"), estimator: PolicyTestSupport.estimator)
    #expect(
      checker.check("123456789012").failures.map(\.violation) == [.missingCharacterClass(.letter)])
  }
}
