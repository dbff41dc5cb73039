import Foundation
import Testing

@testable import Guesswork

/// Hashes cross between Guesswork and independent implementations in both directions.
///
/// The other side is `Tests/Interop/hash_interop.py`, which uses the PyPI packages
/// argon2-cffi and bcrypt (`pip install argon2-cffi bcrypt`). A missing Python or
/// package fails these tests rather than skipping them.
@Suite struct InteropTests {
  static let passwords = [
    "correct horse", "", "pässwörd", "密码😀", "tab\there",
    String(repeating: "€", count: 24),
  ]

  /// Returns a different password no longer than `password`, so it stays within bcrypt's 72 bytes.
  static func other(than password: String) -> String {
    "x" + password.dropFirst()
  }

  @Test(arguments: [TestPolicies.argon2id, TestPolicies.bcrypt])
  func pythonVerifiesGuessworkHashes(policy: HashingPolicy) throws {
    let hasher = try TestPolicies.hasher(policy)
    for password in Self.passwords {
      let stored = try hasher.hash(password)
      #expect(try Interop.run(["verify"], password: password, hash: stored) == "match", "\(stored)")
      #expect(
        try Interop.run(["verify"], password: Self.other(than: password), hash: stored)
          == "mismatch")
    }
  }

  @Test func pythonVerifiesGuessworkHashAtRecommendedParameters() throws {
    let hasher = try PasswordHasher(policy: .recommended, limits: TestPolicies.limits)
    let stored = try hasher.hash("pässwörd")

    #expect(stored.hasPrefix("$argon2id$v=19$m=65536,t=3,p=1$"))
    #expect(try Interop.run(["verify"], password: "pässwörd", hash: stored) == "match")
  }

  @Test(arguments: [
    ["hash-argon2id", "1024", "1", "1"], ["hash-argon2id", "2048", "2", "4"], ["hash-bcrypt", "4"],
  ])
  func guessworkVerifiesPythonHashes(command: [String]) throws {
    let hasher = try TestPolicies.hasher(TestPolicies.argon2id)
    for password in Self.passwords {
      let stored = try Interop.run(command, password: password)
      #expect(try hasher.verify(password, against: stored), "\(stored)")
      #expect(try !hasher.verify(Self.other(than: password), against: stored))
    }
  }

  /// argon2-cffi's own defaults (64 MiB, 3 passes, 4 lanes) verify here and meet the policy.
  @Test func guessworkVerifiesPythonDefaultHash() throws {
    let hasher = try PasswordHasher(policy: .recommended, limits: TestPolicies.limits)
    let stored = try Interop.run(["hash-argon2id", "65536", "3", "4"], password: "pw")

    #expect(try hasher.verify("pw", against: stored))
    #expect(try !hasher.needsRehash(stored).isRequired)
  }

  /// Both sides reject a 73-byte bcrypt password instead of truncating it.
  @Test func bothSidesReject73BytePassword() throws {
    let password = String(repeating: "a", count: 73)
    let stored = try Interop.run(["hash-bcrypt", "4"], password: String(repeating: "a", count: 72))

    #expect(try Interop.run(["hash-bcrypt", "4"], password: password) == "error: ValueError")
    #expect(try Interop.run(["verify"], password: password, hash: stored) == "error: ValueError")
    #expect(throws: HashingError.passwordTooLong(byteCount: 73, maximumByteCount: 72)) {
      try TestPolicies.hasher(TestPolicies.bcrypt).verify(password, against: stored)
    }
  }

  /// Python bcrypt hashes every byte of "a\0b". Guesswork rejects NUL rather than
  /// verify a different password.
  @Test func bcryptNULIsRejectedNotMisverified() throws {
    let stored = try Interop.run(["hash-bcrypt", "4"], password: "a\u{0}b")
    let hasher = try TestPolicies.hasher(TestPolicies.bcrypt)

    #expect(throws: HashingError.passwordContainsNUL) {
      try hasher.verify("a\u{0}b", against: stored)
    }
    #expect(try !hasher.verify("a", against: stored))
  }

  @Test func argon2NULPasswordsAgree() throws {
    let stored = try TestPolicies.hasher(TestPolicies.argon2id).hash("a\u{0}b")

    #expect(try Interop.run(["verify"], password: "a\u{0}b", hash: stored) == "match")
    #expect(try Interop.run(["verify"], password: "a", hash: stored) == "mismatch")
  }
}

/// Runs the interop script with a JSON request on standard input.
enum Interop {
  struct ScriptFailed: Error, CustomStringConvertible {
    let status: Int32
    let errorOutput: String
    var description: String { "hash_interop.py exited with \(status): \(errorOutput)" }
  }

  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("../../Interop/hash_interop.py")
    .standardizedFileURL

  static func run(_ arguments: [String], password: String, hash: String? = nil) throws -> String {
    var request: [String: String] = ["password": password]
    request["hash"] = hash
    let input = try JSONSerialization.data(withJSONObject: request)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path] + arguments
    let standardInput = Pipe()
    let standardOutput = Pipe()
    let standardError = Pipe()
    process.standardInput = standardInput
    process.standardOutput = standardOutput
    process.standardError = standardError
    try process.run()
    standardInput.fileHandleForWriting.write(input)
    try standardInput.fileHandleForWriting.close()
    let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
    let errors = standardError.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    guard process.terminationStatus == 0 else {
      throw ScriptFailed(
        status: process.terminationStatus, errorOutput: String(decoding: errors, as: UTF8.self))
    }
    return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
  }
}
