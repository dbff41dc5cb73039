import Foundation

/// Reads files for commands that take paths.
public enum FileAccess {
  /// Reads a whole file, or throws `FileReadError` naming the path.
  public static func readWholeFile(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw FileReadError(
        path: path, reason: exists ? "permission denied or not a file" : "file not found")
    }
    return [UInt8](data)
  }
}

extension FileReadError: CustomStringConvertible {
  public var description: String { "\(path): \(reason)" }
}
