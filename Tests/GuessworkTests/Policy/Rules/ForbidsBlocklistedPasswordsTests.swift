import Testing

@testable import Guesswork

@Suite struct ForbidsBlocklistedPasswordsTests {
  private func check(_ rule: ForbidsBlocklistedPasswords, _ password: String) -> [RuleViolation] {
    PolicyTestSupport.violations(rule, password)
  }

  @Test func commonPasswordsByRank() {
    // In zxcvbn's list "123456" has rank 1 and "password" rank 2.
    #expect(CommonPasswordList.rank(ofFolded: "123456") == 1)
    #expect(CommonPasswordList.rank(ofFolded: "password") == 2)
    let topOne = ForbidsBlocklistedPasswords(commonPasswords: 1)
    #expect(check(topOne, "123456") == [.blocklisted(.commonPasswords)])
    #expect(check(topOne, "password").isEmpty)
  }

  @Test func comparesWholePasswordIgnoringCase() {
    let rule = ForbidsBlocklistedPasswords(commonPasswords: 1000)
    #expect(check(rule, "PassWord") == [.blocklisted(.commonPasswords)])
    // Part of the password on the list does not make the whole one listed.
    #expect(check(rule, "password-for-my-bank").isEmpty)
  }

  @Test func fileEntriesMatchByComparisonKey() {
    let file = BlocklistFile(path: "banned.txt", entries: ["Acme2026", "hunter2"])
    let rule = ForbidsBlocklistedPasswords(files: [file])
    #expect(check(rule, "acme2026") == [.blocklisted(.file("banned.txt"))])
    #expect(check(rule, "ＡＣＭＥ２０２６") == [.blocklisted(.file("banned.txt"))])
    #expect(check(rule, "hunter3").isEmpty)
  }

  @Test func emptyPasswordIsNotListed() {
    #expect(check(ForbidsBlocklistedPasswords(commonPasswords: 30_000), "").isEmpty)
  }
}
