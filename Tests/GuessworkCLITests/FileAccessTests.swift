import Foundation
import Testing

@testable import GuessworkCLI

@Suite struct FileAccessTests {
  @Test func directoryIsNamedAsSuch() {
    // The temporary directory exists and is a directory, never a file.
    let path = FileManager.default.temporaryDirectory.path
    #expect(throws: FileReadError.self) { try FileAccess.readWholeFile(path) }
    do {
      _ = try FileAccess.readWholeFile(path)
    } catch {
      #expect(readFailureReason(error) == "it is a directory, not a file")
    }
  }

  @Test func missingFileIsNotFound() {
    do {
      _ = try FileAccess.readWholeFile("/nonexistent/guesswork-test-file")
      Issue.record("reading a missing file succeeded")
    } catch {
      #expect(readFailureReason(error) == "file not found")
    }
  }
}

@Suite struct LineFileTests {
  private func context(_ files: [String: [UInt8]]) -> ToolContext {
    ToolContext(
      input: MemorySource(""), output: MemorySink(), errors: MemorySink(),
      outputIsTerminal: false,
      readFile: { path in
        guard let bytes = files[path] else {
          throw FileReadError(path: path, reason: "file not found")
        }
        return bytes
      })
  }

  @Test func skipsEmptyLinesAndLineEndings() throws {
    let lines = try LineFile.nonEmptyLines(
      "w.txt", option: "user-inputs", context: context(["w.txt": Array("one\r\n\ntwo\nthree".utf8)])
    )
    #expect(lines == ["one", "two", "three"])
  }

  @Test func invalidLineIsNamedByNumber() {
    let bytes = Array("ok\n".utf8) + [0xC3, 0x28, 0x0A]
    #expect(throws: UsageError("--history file 'h.txt', line 2: not valid UTF-8")) {
      try LineFile.nonEmptyLines("h.txt", option: "history", context: context(["h.txt": bytes]))
    }
  }

  @Test func unreadableFileSaysWhy() {
    #expect(throws: UsageError("cannot read --history file 'gone.txt': file not found")) {
      try LineFile.nonEmptyLines("gone.txt", option: "history", context: context([:]))
    }
  }
}
