import Foundation
import Guesswork
import Testing

@testable import GuessworkCLI

@Suite struct HashTuneTests {
  /// 1 MiB cannot reach any OWASP row (the smallest needs 7 MiB), so the run warns and exits 1.
  @Test func smallBudgetPrintsFragmentAndWarns() throws {
    let run = HashToolRun(["hash", "tune", "--target", "30ms", "--max-memory-kib", "1024"])

    #expect(run.status == .failure)
    #expect(run.errors.contains("measured argon2id m=1024 t=1 p=1: "))
    #expect(run.errors.contains("measured bcrypt cost=8: "))
    #expect(
      run.errors.contains("guesswork: warning: the Argon2id proposal is below OWASP's minimum"))

    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(("{" + run.output + "}").utf8)) as? [String: Any])
    let hashing = try #require(object["hashing"] as? [String: Any])
    let argon2 = try #require(hashing["argon2id"] as? [String: Int])
    let bcrypt = try #require(hashing["bcrypt"] as? [String: Int])
    #expect(hashing["algorithm"] as? String == "argon2id")
    #expect(hashing["accept"] as? [String] == ["argon2id", "bcrypt"])
    #expect(try #require(argon2["memory_kib"]) <= 1024)
    #expect(argon2["parallelism"] == 1)
    #expect(try #require(argon2["iterations"]) >= 1)
    #expect(BcryptParameters.costRange.contains(try #require(bcrypt["cost"])))
  }

  @Test func fragmentRendersPolicy() {
    var policy = HashingPolicy.recommended
    policy.algorithm = .bcrypt
    policy.acceptedAlgorithms = [.bcrypt]

    #expect(
      PolicyFragment.render(policy) == """
        "hashing": {
          "algorithm": "bcrypt",
          "argon2id": {"memory_kib": 65536, "iterations": 3, "parallelism": 1},
          "bcrypt": {"cost": 12},
          "accept": ["bcrypt"]
        }

        """)
  }

  struct DurationCase: CustomTestStringConvertible, Sendable {
    let text: String
    let duration: Duration?
    var testDescription: String { text }
  }

  @Test(arguments: [
    DurationCase(text: "250ms", duration: .milliseconds(250)),
    DurationCase(text: "1s", duration: .seconds(1)),
    DurationCase(text: "0.5s", duration: .milliseconds(500)),
    DurationCase(text: "1ms", duration: .milliseconds(1)),
    DurationCase(text: "60s", duration: .seconds(60)),
    DurationCase(text: "250", duration: nil),
    DurationCase(text: "ms", duration: nil),
    DurationCase(text: "-5ms", duration: nil),
    DurationCase(text: "0.5ms", duration: nil),
    DurationCase(text: "61s", duration: nil),
    DurationCase(text: "1m", duration: nil),
    DurationCase(text: "nans", duration: nil),
  ])
  func targetParsing(testCase: DurationCase) {
    let parsed = try? DurationOption.parse(testCase.text, option: "target")

    #expect(parsed == testCase.duration)
  }

  @Test(arguments: [
    (
      ["hash", "tune", "--target", "fast"],
      "invalid --target 'fast'; expected a duration such as 250ms or 1s"
    ),
    (
      ["hash", "tune", "--target", "2m"],
      "invalid --target '2m'; expected a duration such as 250ms or 1s"
    ),
    (["hash", "tune", "--target", "0ms"], "invalid --target '0ms'; use 1ms to 60s"),
    (
      ["hash", "tune", "--memory-kib", "1024"],
      "option '--memory-kib' does not apply to 'guesswork hash tune'"
    ),
    (
      ["hash", "tune", "--max-memory-kib", "4"],
      "cannot tune: memory_kib 4 is out of range; use 8 to 4294967295"
    ),
  ])
  func usageErrors(arguments: [String], message: String) {
    let run = HashToolRun(arguments)

    #expect(run.status == .usageError)
    #expect(run.errors == "guesswork: error: \(message)\n")
    #expect(run.output.isEmpty)
  }
}
