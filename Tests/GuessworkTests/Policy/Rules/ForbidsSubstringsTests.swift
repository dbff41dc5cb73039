import Testing

@testable import Guesswork

@Suite struct ForbidsSubstringsTests {
  private let rule = ForbidsSubstrings(substrings: ["qwerty", "asdf", "123456", "password"])

  private func check(_ password: String, rule: ForbidsSubstrings? = nil) -> [RuleViolation] {
    PolicyTestSupport.violations(rule ?? self.rule, password)
  }

  struct Case: Sendable, CustomStringConvertible {
    let description: String
    let password: String
    let indices: [Int]
  }

  static let cases: [Case] = [
    Case(description: "plain word inside", password: "mypassword!", indices: [3]),
    Case(description: "uppercase", password: "MYPASSWORD", indices: [3]),
    Case(description: "l33t with @, $ and 0", password: "p@$$w0rd", indices: [3]),
    Case(description: "l33t with 4 and 5", password: "p455word", indices: [3]),
    Case(description: "full-width letters", password: "ｐａｓｓｗｏｒｄ", indices: [3]),
    Case(description: "Cyrillic look-alikes", password: "\u{0440}\u{0430}ssword", indices: [3]),
    Case(description: "two entries", password: "asdf123456", indices: [1, 2]),
    Case(description: "digits entry", password: "x1234567", indices: [2]),
    Case(description: "nothing listed", password: "correct horse", indices: []),
    Case(description: "partial entry is not enough", password: "passw", indices: []),
    Case(description: "empty password", password: "", indices: []),
  ]

  @Test(arguments: cases)
  func findsEntries(_ testCase: Case) {
    #expect(check(testCase.password) == testCase.indices.map { .forbiddenSubstring(index: $0) })
  }

  @Test func l33tCanBeTurnedOff() {
    let exact = ForbidsSubstrings(substrings: ["password"], matchesL33t: false)
    #expect(check("p@ssword", rule: exact).isEmpty)
    #expect(check("PASSWORD", rule: exact) == [.forbiddenSubstring(index: 0)])
  }

  @Test func entryWrittenInL33tIsNotReadBackwards() {
    // Substitution goes from the entry's letters to the password's symbols,
    // so an entry that already contains "@" matches "@" literally.
    let rule = ForbidsSubstrings(substrings: ["p@ss"])
    #expect(check("p@ss", rule: rule) == [.forbiddenSubstring(index: 0)])
  }
}
