/// Splits a byte stream into lines, one password per line.
///
/// A line ends at `\n`; one trailing `\r` is removed. A final line without
/// `\n` still counts. Lines that are not valid UTF-8 or exceed
/// `maximumLineBytes` are reported by number and skipped; their bytes are
/// never kept or shown. Other control characters stay part of the line.
public struct LineReader {
  /// One line of input, numbered from 1.
  public enum Line: Equatable, Sendable {
    case text(number: Int, String)
    case invalidUTF8(number: Int)
    case tooLong(number: Int)
  }

  /// Default for `maximumLineBytes`: 1 MiB.
  public static let defaultMaximumLineBytes = 1 << 20

  private let source: ByteSource
  private let maximumLineBytes: Int
  private var chunk: [UInt8] = []
  private var position = 0
  private var lineNumber = 0
  private var isFinished = false

  public init(source: ByteSource, maximumLineBytes: Int = defaultMaximumLineBytes) {
    self.source = source
    self.maximumLineBytes = maximumLineBytes
  }

  /// Returns the next line, or nil at the end of the input.
  public mutating func next() -> Line? {
    var pending: [UInt8] = []
    var isOverLimit = false
    while true {
      if position == chunk.count {
        if isFinished {
          break
        }
        chunk = source.readChunk()
        position = 0
        if chunk.isEmpty {
          isFinished = true
          break
        }
      }
      let end = chunk[position...].firstIndex(of: UInt8(ascii: "\n"))
      let piece = chunk[position..<(end ?? chunk.count)]
      if !isOverLimit {
        if pending.count + piece.count > maximumLineBytes + 1 {
          isOverLimit = true
          pending = []
        } else {
          pending.append(contentsOf: piece)
        }
      }
      position = end.map { $0 + 1 } ?? chunk.count
      if end != nil {
        return makeLine(pending, isOverLimit: isOverLimit)
      }
    }
    if pending.isEmpty && !isOverLimit {
      return nil
    }
    return makeLine(pending, isOverLimit: isOverLimit)
  }

  private mutating func makeLine(_ bytes: [UInt8], isOverLimit: Bool) -> Line {
    lineNumber += 1
    var content = bytes[...]
    if content.last == UInt8(ascii: "\r") {
      content = content.dropLast()
    }
    if isOverLimit || content.count > maximumLineBytes {
      return .tooLong(number: lineNumber)
    }
    guard let text = String(validating: content, as: UTF8.self) else {
      return .invalidUTF8(number: lineNumber)
    }
    return .text(number: lineNumber, text)
  }
}
