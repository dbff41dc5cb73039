/// A position in a policy file: the file's name, a 1-based line and a 1-based
/// column.
///
/// Columns count Unicode scalars from the start of the line, so a tab, an
/// accented letter or an emoji each advance the column by one.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file as the user named it, or `policies/NAME.json` for a preset.
  public let file: String
  /// Line number, starting at 1.
  public let line: Int
  /// Column number in Unicode scalars, starting at 1.
  public let column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The location as `file:line:column`, the form compilers and editors read.
  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
