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
