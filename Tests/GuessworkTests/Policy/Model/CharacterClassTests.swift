import Testing

@testable import Guesswork

@Suite struct CharacterClassTests {
  struct Case: Sendable, CustomStringConvertible {
    let description: String
    let scalar: Unicode.Scalar
    let expected: CharacterCategory?
  }

  static let cases: [Case] = [
    Case(description: "ASCII lowercase", scalar: "a", expected: .member(.lower)),
    Case(
      description: "accented lowercase is lower, not symbol", scalar: "é", expected: .member(.lower)
    ),
    Case(description: "sharp s is lower", scalar: "ß", expected: .member(.lower)),
    Case(description: "Cyrillic lowercase", scalar: "я", expected: .member(.lower)),
    Case(description: "accented capital is upper", scalar: "É", expected: .member(.upper)),
    Case(description: "titlecase digraph counts as upper", scalar: "ǅ", expected: .member(.upper)),
    Case(
      description: "Chinese character is other_letter", scalar: "中", expected: .member(.otherLetter)
    ),
    Case(
      description: "Arabic letter is other_letter", scalar: "ا", expected: .member(.otherLetter)),
    Case(description: "ASCII digit", scalar: "7", expected: .member(.digit)),
    Case(description: "Arabic-Indic digit is a digit", scalar: "٣", expected: .member(.digit)),
    Case(
      description: "superscript two is a digit, not a symbol", scalar: "²",
      expected: .member(.digit)),
    Case(description: "punctuation", scalar: "!", expected: .member(.symbol)),
    Case(description: "currency sign", scalar: "€", expected: .member(.symbol)),
    Case(description: "emoji", scalar: "😀", expected: .member(.symbol)),
    Case(description: "space", scalar: " ", expected: .member(.symbol)),
    Case(description: "tab is other", scalar: "\t", expected: .other),
    Case(description: "zero-width space is other", scalar: "\u{200B}", expected: .other),
    Case(description: "private use is other", scalar: "\u{E000}", expected: .other),
    Case(description: "combining acute extends", scalar: "\u{0301}", expected: nil),
    Case(description: "zero-width joiner extends", scalar: "\u{200D}", expected: nil),
  ]

  @Test(arguments: cases)
  func classifiesByGeneralCategory(_ testCase: Case) {
    #expect(CharacterClassifier.category(of: testCase.scalar) == testCase.expected)
  }

  @Test func marksTakeClassOfPreviousCharacter() {
    let scalars = Array("Ce\u{0301}\u{0301}".unicodeScalars)
    let expected: [CharacterCategory] = [
      .member(.upper), .member(.lower), .member(.lower), .member(.lower),
    ]
    #expect(CharacterClassifier.categories(of: scalars) == expected)
  }

  @Test func leadingMarkCountsAsOtherLetter() {
    #expect(CharacterClassifier.categories(of: ["\u{0301}"]) == [.member(.otherLetter)])
  }

  @Test func emojiSequenceStaysSymbol() {
    // Man, zero-width joiner, laptop: the joiner continues the symbol.
    let scalars = Array("👨\u{200D}💻".unicodeScalars)
    #expect(
      CharacterClassifier.categories(of: scalars) == Array(repeating: .member(.symbol), count: 3))
  }

  @Test func letterIncludesEveryLetterClass() {
    #expect(CharacterClass.letter.includes(.lower))
    #expect(CharacterClass.letter.includes(.upper))
    #expect(CharacterClass.letter.includes(.otherLetter))
    #expect(!CharacterClass.letter.includes(.digit))
    #expect(!CharacterClass.lower.includes(.upper))
  }
}
