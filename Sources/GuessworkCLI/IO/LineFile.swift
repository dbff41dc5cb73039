/// Reads a file given to an option as a list of lines, such as caller words
/// or stored hashes.
enum LineFile {
  /// Returns the non-empty lines of the file at `path`, each without its
  /// line ending (LF or CRLF).
  ///
  /// - Throws: `UsageError` naming the option, the path and, for a bad
  ///   line, its number: the file cannot be read, or a line is not valid
  ///   UTF-8 or is longer than 1 MiB.
  static func nonEmptyLines(
    _ path: String, option: String, context: ToolContext
  ) throws(UsageError) -> [String] {
    let bytes: [UInt8]
    do {
      bytes = try context.readFile(path)
    } catch {
      throw UsageError("cannot read --\(option) file '\(path)': \(readFailureReason(error))")
    }
    var reader = LineReader(source: MemorySource(bytes))
    var lines: [String] = []
    while let line = reader.next() {
      switch line {
      case .text(_, let text):
        if !text.isEmpty {
          lines.append(text)
        }
      case .invalidUTF8(let number):
        throw UsageError("--\(option) file '\(path)', line \(number): not valid UTF-8")
      case .tooLong(let number):
        throw UsageError("--\(option) file '\(path)', line \(number): longer than 1 MiB")
      }
    }
    return lines
  }
}
