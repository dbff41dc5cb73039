import Testing

@testable import Guesswork

@Suite struct ModelProfileTests {
  @Test func zxcvbnIsTheOnlyNamedProfile() {
    #expect(ModelProfile.availableNames == ["zxcvbn"])
    #expect(ModelProfile.named("zxcvbn") === ModelProfile.zxcvbn)
    #expect(ModelProfile.named("ZXCVBN") == nil)
    #expect(ModelProfile.named("") == nil)
  }

  @Test func l33tTableInZxcvbnOrder() {
    let letters = ModelProfile.zxcvbnL33tTable.map { PasswordText.string([$0.letter]) }
    #expect(letters == ["a", "b", "c", "e", "g", "i", "l", "o", "s", "t", "x", "z"])
    let substitutes = ModelProfile.zxcvbnL33tTable.map { PasswordText.string($0.substitutes) }
    #expect(substitutes == ["4@", "8", "({[<", "3", "69", "1!|", "1|7", "0", "$5", "+7", "%", "2"])
  }

  @Test func longestWordIncludesUserInputs() {
    let profile = ModelProfile.zxcvbn
    let long = String(repeating: "q", count: profile.wordIndex.longestWordLength + 5)
    let userInputs = RankedWordIndex(rankedLists: [(.userInputs, [long])])
    #expect(profile.longestWordLength(userInputs: userInputs) == long.count)
    #expect(profile.longestWordLength(userInputs: nil) == profile.wordIndex.longestWordLength)
  }
}
