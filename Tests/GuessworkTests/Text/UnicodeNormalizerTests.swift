import Testing

@testable import Guesswork

// Expected values were computed with PyICU 2.10.2 on ICU 72.1 (Debian
// package python3-icu), the same ICU the library links, and NFKC and case
// folding were cross-checked against Python 3.11 `unicodedata.normalize`
// and `str.casefold`. Escapes spell out the scalars where glyphs look alike.

/// One input with the output expected from a transform.
struct NormalizerCase: CustomTestStringConvertible, Sendable {
  let label: String
  let input: String
  let expected: String

  var testDescription: String { label }
}

@Suite struct UnicodeNormalizerTests {
  static let nfkcCases: [NormalizerCase] = [
    .init(label: "empty", input: "", expected: ""),
    .init(label: "ascii unchanged", input: "Passw0rd!", expected: "Passw0rd!"),
    .init(
      label: "full-width letters", input: "ｆｕｌｌ ＡＢＣ１２３", expected: "full ABC123"),
    .init(label: "fi ligature", input: "\u{FB01}", expected: "fi"),
    .init(label: "ffl made of ff ligature", input: "\u{FB00}l", expected: "ffl"),
    .init(label: "roman numeral twelve", input: "\u{216B}", expected: "XII"),
    .init(label: "circled digits", input: "\u{2460}\u{2461}", expected: "12"),
    .init(label: "superscript two", input: "x\u{B2}", expected: "x2"),
    .init(label: "kelvin sign", input: "\u{212A}", expected: "K"),
    .init(label: "micro sign", input: "\u{B5}", expected: "\u{3BC}"),
    .init(label: "long s", input: "\u{17F}", expected: "s"),
    .init(label: "combining acute composes", input: "e\u{301}", expected: "\u{E9}"),
    .init(label: "sharp s unchanged", input: "Stra\u{DF}e", expected: "Stra\u{DF}e"),
    .init(label: "dotted capital i unchanged", input: "\u{130}", expected: "\u{130}"),
    .init(
      label: "case kept", input: "\u{3A3}\u{391}\u{3A3}", expected: "\u{3A3}\u{391}\u{3A3}"),
    .init(
      label: "emoji with skin tone", input: "\u{1F44D}\u{1F3FD}",
      expected: "\u{1F44D}\u{1F3FD}"),
    .init(
      label: "emoji zwj family",
      input: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
      expected: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    ),
    // U+FDFA expands to 18 UTF-16 units, more than the first buffer of
    // 1 + 0 + 16 = 17 units, so this case goes through the retry.
    .init(
      label: "arabic ligature expands past first buffer",
      input: "\u{FDFA}",
      expected: "\u{635}\u{644}\u{649} \u{627}\u{644}\u{644}\u{647} "
        + "\u{639}\u{644}\u{64A}\u{647} \u{648}\u{633}\u{644}\u{645}"
    ),
  ]

  @Test(arguments: nfkcCases)
  func nfkcMapsCompatibilityForms(_ testCase: NormalizerCase) {
    #expect(UnicodeNormalizer.nfkc(testCase.input) == testCase.expected)
  }

  static let foldCases: [NormalizerCase] = [
    .init(label: "empty", input: "", expected: ""),
    .init(label: "ascii capitals", input: "PayPal", expected: "paypal"),
    .init(label: "sharp s expands", input: "Stra\u{DF}e", expected: "strasse"),
    .init(label: "capital sharp s", input: "\u{1E9E}", expected: "ss"),
    .init(
      label: "greek capital sigma", input: "\u{3A3}\u{391}\u{3A3}",
      expected: "\u{3C3}\u{3B1}\u{3C3}"),
    .init(label: "greek final sigma", input: "\u{3C2}", expected: "\u{3C3}"),
    .init(
      label: "greek word with final sigma",
      input: "\u{3A3}\u{3AF}\u{3C3}\u{3C5}\u{3C6}\u{3BF}\u{3C2}",
      expected: "\u{3C3}\u{3AF}\u{3C3}\u{3C5}\u{3C6}\u{3BF}\u{3C3}"
    ),
    .init(label: "dotted capital i", input: "\u{130}", expected: "i\u{307}"),
    .init(label: "plain capital i is not turkic", input: "I", expected: "i"),
    .init(label: "dotless i unchanged", input: "\u{131}", expected: "\u{131}"),
    .init(label: "titlecase digraph", input: "\u{1C5}", expected: "\u{1C6}"),
    .init(label: "fi ligature full folding", input: "\u{FB01}", expected: "fi"),
    .init(label: "roman numeral keeps its block", input: "\u{216B}", expected: "\u{217B}"),
    .init(label: "kelvin sign", input: "\u{212A}", expected: "k"),
    .init(label: "full-width not mapped to ascii", input: "\u{FF21}", expected: "\u{FF41}"),
    .init(label: "emoji unchanged", input: "\u{1F642}", expected: "\u{1F642}"),
  ]

  @Test(arguments: foldCases)
  func caseFoldingMapsCaseVariants(_ testCase: NormalizerCase) {
    #expect(UnicodeNormalizer.caseFolded(testCase.input) == testCase.expected)
  }

  static let skeletonCases: [NormalizerCase] = [
    .init(label: "empty", input: "", expected: ""),
    .init(label: "latin unchanged", input: "paypal", expected: "paypal"),
    .init(label: "cyrillic a in latin word", input: "p\u{430}ypal", expected: "paypal"),
    .init(
      label: "cyrillic a and o",
      input: "p\u{430}ssw\u{43E}rd",
      expected: "password"
    ),
    .init(label: "cyrillic capitals", input: "\u{410}\u{412}\u{421}", expected: "ABC"),
    .init(label: "case kept", input: "PayPal", expected: "PayPal"),
    .init(label: "m looks like rn", input: "m", expected: "rn"),
    .init(label: "digit zero", input: "0", expected: "O"),
    .init(label: "capital o", input: "O", expected: "O"),
    .init(label: "digit one", input: "1", expected: "l"),
    .init(label: "capital i", input: "I", expected: "l"),
    .init(label: "small l", input: "l", expected: "l"),
    .init(label: "dotless i", input: "\u{131}", expected: "i"),
    .init(label: "result is nfd", input: "\u{E4}", expected: "a\u{308}"),
    .init(label: "emoji unchanged", input: "\u{1F600}", expected: "\u{1F600}"),
  ]

  @Test(arguments: skeletonCases)
  func skeletonMapsLookAlikes(_ testCase: NormalizerCase) {
    #expect(UnicodeNormalizer.confusableSkeleton(testCase.input) == testCase.expected)
  }

  static let keyCases: [NormalizerCase] = [
    .init(label: "empty", input: "", expected: ""),
    .init(label: "full-width capitals", input: "ＰＡＳＳＷＯＲＤ", expected: "password"),
    .init(label: "cyrillic look-alikes", input: "p\u{430}ssw\u{43E}rd", expected: "password"),
    .init(
      label: "mixed tricks", input: "\u{FF30}\u{430}\u{FF53}\u{FF33}\u{2460}",
      expected: "passl"),
    .init(label: "sharp s", input: "Stra\u{DF}e", expected: "strasse"),
    .init(label: "roman numeral", input: "\u{216B}", expected: "xii"),
    .init(label: "greek sigma forms", input: "\u{3A3}\u{3C3}\u{3C2}", expected: "ooo"),
    .init(label: "dotted capital i", input: "\u{130}stanbul", expected: "i\u{307}stanbul"),
    // The skeleton runs after folding, so the zero's skeleton stays capital.
    .init(label: "zero stays capital o", input: "P@ssw0rd", expected: "p@sswOrd"),
    .init(
      label: "emoji zwj family",
      input: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
      expected: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    ),
  ]

  @Test(arguments: keyCases)
  func comparisonKeyCombinesAllSteps(_ testCase: NormalizerCase) {
    #expect(UnicodeNormalizer.comparisonKey(testCase.input) == testCase.expected)
  }

  @Test func comparisonKeyEqualsStepsInOrder() {
    let input = "\u{FF30}\u{130}\u{3A3}\u{216B}p\u{430}\u{DF}"
    let stepwise = UnicodeNormalizer.confusableSkeleton(
      UnicodeNormalizer.caseFolded(UnicodeNormalizer.nfkc(input)))
    #expect(UnicodeNormalizer.comparisonKey(input) == stepwise)
  }

  @Test(arguments: nfkcCases + foldCases + skeletonCases + keyCases)
  func throwingFormAgreesWithFallbackForm(_ testCase: NormalizerCase) throws {
    for form in UnicodeNormalizer.Form.allCases {
      let thrown = try UnicodeNormalizer.normalized(testCase.input, to: form)
      #expect(thrown == Self.nonThrowing(form)(testCase.input), "form \(form)")
    }
  }

  @Test func longInputIsTransformedWhole() {
    let count = 100_000
    let input = String(repeating: "\u{FF21}\u{FB01}", count: count)
    let key = UnicodeNormalizer.comparisonKey(input)
    #expect(key == String(repeating: "afi", count: count))
  }

  @Test func concurrentSkeletonsAgree() async {
    let inputs = ["p\u{430}ypal", "m\u{FF10}1", "\u{3A3}\u{130}", "plain"]
    let expected = ["paypal", "rnOl", "oi\u{307}", "plain"]
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for round in 0..<200 {
        let index = round % inputs.count
        group.addTask { (index, UnicodeNormalizer.comparisonKey(inputs[index])) }
      }
      return await group.reduce(into: [(Int, String)]()) { $0.append($1) }
    }
    #expect(results.count == 200)
    for (index, key) in results {
      #expect(key == expected[index])
    }
  }

  private static func nonThrowing(_ form: UnicodeNormalizer.Form) -> (String) -> String {
    switch form {
    case .nfkc: UnicodeNormalizer.nfkc
    case .caseFolded: UnicodeNormalizer.caseFolded
    case .confusableSkeleton: UnicodeNormalizer.confusableSkeleton
    case .comparisonKey: UnicodeNormalizer.comparisonKey
    }
  }
}
