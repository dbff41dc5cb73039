import Foundation

/// Reads files for commands that take paths.
public enum FileAccess {
  /// Reads a whole file, or throws `FileReadError` naming the path.
  public static func readWholeFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FileReadError(path: path, reason: failureReason(path))
    }
    return [UInt8](data)
  }

  private static func failureReason(_ path: String) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return "file not found"
    }
    if isDirectory.boolValue {
      return "it is a directory, not a file"
    }
    return FileManager.default.isReadableFile(atPath: path) ? "reading failed" : "permission denied"
  }
}

extension FileReadError: CustomStringConvertible {
  public var description: String { "\(path): \(reason)" }
}

/// Returns why a file could not be read, without repeating its path, for
/// messages that already quote the path.
func readFailureReason(_ error: any Error) -> String {
  (error as? FileReadError)?.reason ?? String(describing: error)
}
