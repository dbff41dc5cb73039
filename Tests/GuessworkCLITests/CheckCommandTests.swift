import Foundation
import Testing

@testable import GuessworkCLI

@Suite struct CheckCommandTests {
  private func json(_ line: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
    return try #require(object as? [String: Any])
  }

  private func codes(_ record: [String: Any]) -> [String] {
    (record["failures"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
  }

  @Test func acceptedPasswordsExitZero() throws {
    let run = ToolRun(
      ["check", "--policy", "nist-800-63b-4"], input: "correct horse battery staple\n")
    #expect(run.status == .success)
    let record = try json(try #require(run.outputLines.first))
    #expect(record["line"] as? Int == 1)
    #expect(record["accepted"] as? Bool == true)
    #expect(codes(record).isEmpty)
    #expect(record["password"] as? String == "correct horse battery staple")
  }

  @Test func rejectedPasswordExitsOneAndListsEveryFailure() throws {
    let run = ToolRun(["check", "--policy", "strict"], input: "fine-Pass-2026-word\nPassword1!\n")
    #expect(run.status == .failure)
    #expect(run.outputLines.count == 2)
    let second = try json(run.outputLines[1])
    #expect(second["accepted"] as? Bool == false)
    #expect(codes(second) == ["too_short", "forbidden_substring", "score_too_low"])
    let failure = try #require((second["failures"] as? [[String: Any]])?.first)
    #expect(failure["section"] as? String == "length")
    #expect(failure["enforcement"] as? String == "enforce")
    #expect(
      failure["message"] as? String == "The password has 10 characters; at least 12 are required.")
    let estimate = try #require(second["estimate"] as? [String: Any])
    #expect(estimate["score"] as? Int == 1)
  }

  @Test func omitPasswordLeavesNoTraceOfIt() throws {
    let run = ToolRun(["check", "--policy", "strict", "--omit-password"], input: "Password1!\n")
    #expect(!run.output.contains("Password1!"))
    #expect(!run.output.contains("\"password\""))
    let text = ToolRun(
      ["check", "--policy", "strict", "--omit-password", "--format", "text"], input: "Password1!\n")
    #expect(!text.output.contains("Password1!"))
  }

  @Test func omitPasswordLeavesOutExactCounts() throws {
    // "trustno1" is rank 36 of the common-password list, so an exact count
    // of 37 guesses would name it. Only the whole part of log10(37) = 1.568…
    // remains.
    let run = ToolRun(
      ["check", "--policy", "owasp-asvs-5-l1", "--omit-password"], input: "trustno1\n")
    let record = try json(try #require(run.outputLines.first))
    let estimate = try #require(record["estimate"] as? [String: Any])
    #expect(estimate["guesses"] == nil)
    #expect(estimate["guesses_log10"] as? Double == 1)
  }

  @Test func wholeEmailAddressIsWeak() throws {
    // The estimator gets the whole address as a caller word, not only its
    // local part, so a password equal to the address is caller word 1 and
    // only its two capitals add guesses: score 0, below the strict preset's 3.
    let run = ToolRun(
      ["check", "--policy", "strict", "--email", "Zed.Quark9@example.com"],
      input: "Zed.Quark9@example.com\n")
    #expect(run.status == .failure)
    let record = try json(try #require(run.outputLines.first))
    #expect(codes(record).contains("score_too_low"))
  }

  @Test func warnOnlyFailuresStillExitZero() throws {
    let policy = #"{"version": 1, "name": "w", "enforcement": "warn", "length": {"minimum": 20}}"#
    let run = ToolRun(["check", "--policy", "w.json"], input: "short\n", files: ["w.json": policy])
    #expect(run.status == .success)
    let record = try json(try #require(run.outputLines.first))
    #expect(record["accepted"] as? Bool == true)
    #expect(codes(record) == ["too_short"])
  }

  @Test func contextOptionsReachTheContextRule() throws {
    let run = ToolRun(
      ["check", "--policy", "nist-800-63b-4", "--username", "margaret", "--omit-password"],
      input: "margaret-loves-lunar-modules\n")
    #expect(run.status == .failure)
    #expect(codes(try json(try #require(run.outputLines.first))) == ["contains_user_data"])
  }

  @Test func invalidPolicyExitsTwoWithLocatedErrors() throws {
    let policy =
      "{\"version\": 1, \"name\": \"p\",\n  \"length\": {\"minimum\": \"12\", \"maxmum\": 64}\n}"
    let run = ToolRun(["check", "--policy", "p.json"], input: "x\n", files: ["p.json": policy])
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    #expect(
      run.errors
        == "p.json:2:25: error: 'length.minimum' must be an integer, not a string [wrong_type]\n"
        + "p.json:2:31: error: unknown key 'maxmum' in "
        + "'length'; did you mean 'maximum'? [unknown_key]\n"
    )
  }

  @Test func missingPolicyFileExitsTwo() throws {
    let run = ToolRun(["check", "--policy", "missing.json"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(
      run.errors
        == "guesswork: error: cannot read policy file "
        + "'missing.json': file not found [unreadable_file]\n"
    )
  }

  @Test func unknownPresetExitsTwo() throws {
    let run = ToolRun(["check", "--policy", "nist"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(
      run.errors.hasPrefix("guesswork: error: unknown preset 'nist'; available: cis-windows,"))
  }

  @Test func missingBlocklistIsAConfigurationError() throws {
    let policy = #"{"version": 1, "name": "p", "blocklist": {"files": ["words.txt"]}}"#
    let run = ToolRun(
      ["check", "--policy", "p.json"], input: "anything\n", files: ["p.json": policy])
    #expect(run.status == .usageError)
    #expect(run.output.isEmpty)
    // The path string starts at column 53, after `"files": [`.
    #expect(
      run.errors.contains("p.json:1:53: error: cannot read blocklist 'words.txt': file not found"))
  }

  @Test func missingPolicyOptionIsAUsageError() {
    let run = ToolRun(["check"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(
      run.errors.hasPrefix(
        "guesswork: error: missing --policy; name a policy file or one of: cis-windows,"))
  }

  @Test func passwordArgumentIsRefused() {
    let run = ToolRun(["check", "--policy", "strict", "hunter2"])
    #expect(run.status == .usageError)
    #expect(!run.errors.contains("hunter2"))
  }

  @Test func badLinesAreReportedAndCheckingGoesOn() throws {
    let bytes =
      Array("correct horse battery staple\n".utf8) + [0xFF, 0x0A]
      + Array("another long passphrase here\n".utf8)
    let run = ToolRun.run(["check", "--policy", "nist-800-63b-4"], input: bytes)
    #expect(run.status == .failure)
    let lines = run.outputLines
    #expect(lines.count == 3)
    let error = try json(lines[1])
    #expect(error["line"] as? Int == 2)
    #expect((error["error"] as? [String: Any])?["code"] as? String == "invalid_utf8")
    #expect(try json(lines[2])["accepted"] as? Bool == true)
  }

  @Test func emptyLineIsCheckedAsEmptyPassword() throws {
    let run = ToolRun(["check", "--policy", "nist-800-63b-4"], input: "\n")
    #expect(codes(try json(try #require(run.outputLines.first))) == ["too_short"])
  }

  @Test func textFormatReadsForPeople() throws {
    let run = ToolRun(["check", "--policy", "strict", "--format", "text"], input: "Password1!\n")
    #expect(run.output.hasPrefix("line 1 \"Password1!\": rejected\n"))
    #expect(
      run.output.contains(
        "  fails too_short (length): The password has 10 characters; at least 12 are required.\n"))
    #expect(run.output.contains("    suggestion: Make it longer"))
  }

  @Test func minimumAgeThroughInjectedClock() throws {
    let policy =
      #"{"version": 1, "name": "p", "rotation": {"maximum_age_days": 90, "minimum_age_days": 1}}"#
    let files = ["p.json": policy]
    let early = ToolRun(
      [
        "check", "--policy", "p.json", "--password-set-at", "2026-03-01T00:00:00Z", "--now",
        "2026-03-01T23:59:59Z",
      ],
      input: "new password\n", files: files)
    #expect(early.status == .failure)
    let record = try json(try #require(early.outputLines.first))
    #expect(codes(record) == ["changed_too_recently"])
    let current = try #require(record["current_password"] as? [String: Any])
    #expect(current["age_days"] as? Int == 0)
    #expect(current["change_allowed"] as? Bool == false)
    let onTime = ToolRun(
      [
        "check", "--policy", "p.json", "--password-set-at", "2026-03-01T00:00:00Z", "--now",
        "2026-03-02T00:00:00Z",
      ],
      input: "new password\n", files: files)
    #expect(onTime.status == .success)
  }

  @Test func maximumAgeShownInAccountStatus() throws {
    let policy = #"{"version": 1, "name": "p", "rotation": {"maximum_age_days": 90}}"#
    // 2026-01-01 plus 90 days of 86,400 seconds is 2026-04-01.
    let run = ToolRun(
      [
        "check", "--policy", "p.json", "--password-set-at", "2026-01-01", "--now",
        "2026-04-01T00:00:00Z",
      ],
      input: "anything\n", files: ["p.json": policy])
    let record = try json(try #require(run.outputLines.first))
    let current = try #require(record["current_password"] as? [String: Any])
    #expect(current["age_days"] as? Int == 90)
    #expect(current["must_rotate"] as? Bool == true)
    #expect(current["days_until_expiry"] as? Int == 0)
  }

  @Test func historyFileRejectsReuse() throws {
    // bcrypt hashes made with Python's bcrypt 5.0.0 at cost 4:
    // bcrypt.hashpw(b"old password", b"$2b$04$abcdefghijklmnopqrstuu")
    let history = "$2b$04$abcdefghijklmnopqrstuuFkqCYl1sZhFcdBXBznR1I2LdekaY3XO\n"
    let policy = #"{"version": 1, "name": "p", "history": {"remember": 2}}"#
    let run = ToolRun(
      ["check", "--policy", "p.json", "--history", "h.txt", "--omit-password"],
      input: "old password\nnew password\n", files: ["p.json": policy, "h.txt": history])
    #expect(run.status == .failure)
    #expect(codes(try json(run.outputLines[0])) == ["reused_password"])
    #expect(codes(try json(run.outputLines[1])) == [])
  }

  @Test func malformedHistoryIsAUsageError() {
    let policy = #"{"version": 1, "name": "p", "history": {"remember": 2}}"#
    let run = ToolRun(
      ["check", "--policy", "p.json", "--history", "h.txt"], input: "x\n",
      files: ["p.json": policy, "h.txt": "garbage\n"])
    #expect(run.status == .usageError)
    #expect(run.errors.hasPrefix("guesswork: error: invalid entry in --history: "))
  }

  @Test func invalidTimeIsAUsageError() {
    let run = ToolRun(["check", "--policy", "strict", "--now", "yesterday"], input: "x\n")
    #expect(run.status == .usageError)
    #expect(
      run.errors
        == "guesswork: error: invalid --now 'yesterday'; expected a time such as "
        + "2026-03-31T12:00:00Z or a date such as 2026-03-31\n"
    )
  }
}
