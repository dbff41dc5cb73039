/// Finds where elements and attributes start in XML text, for locations.
///
/// libxml2 reports only a line for an element: the line where its start tag
/// ends. The start is found by searching the text for the next `<name` after
/// the previous element (elements are visited in document order), and each
/// attribute's `name=` is searched from its element's start.
struct XMLSourceIndex {
  private let bytes: [UInt8]
  private let file: String
  /// Byte offset where each line starts; line 1 is index 0.
  private let lineStarts: [Int]
  /// Offset at which the search for the next element starts.
  private var cursor = 0

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// Returns the offset of the next start tag `<name` after the previous
  /// one found, provided it starts no later than `line`.
  mutating func elementOffset(named name: String, endingOnLine line: Int) -> Int? {
    let pattern = Array("<\(name)".utf8)
    let limit = line < lineStarts.count ? lineStarts[line] : bytes.count
    var offset = cursor
    while let found = find(pattern, from: offset), found < limit {
      let next = found + pattern.count
      if next >= bytes.count || Self.endsName(bytes[next]) {
        cursor = found + 1
        return found
      }
      offset = found + 1
    }
    return nil
  }

  /// Returns the offsets of an attribute's name and of its value's opening
  /// quote, searching the start tag that begins at `elementOffset`.
  func attributeOffsets(named name: String, elementOffset: Int) -> (name: Int, value: Int)? {
    let end = find(Array(">".utf8), from: elementOffset) ?? bytes.count
    let pattern = Array(name.utf8)
    var offset = elementOffset
    while let found = find(pattern, from: offset), found < end {
      var next = found + pattern.count
      while next < end, Self.isSpace(bytes[next]) { next += 1 }
      if found > 0, Self.isSpace(bytes[found - 1]), next < end, bytes[next] == UInt8(ascii: "=") {
        next += 1
        while next < end, Self.isSpace(bytes[next]) { next += 1 }
        return (found, next)
      }
      offset = found + 1
    }
    return nil
  }

  /// Returns the offset of the first occurrence of `text`, if any.
  func offset(of text: String) -> Int? {
    find(Array(text.utf8), from: 0)
  }

  /// Returns the location of a byte offset, with the column counted in scalars.
  func location(ofOffset offset: Int) -> SourceLocation {
    let lineIndex = (lineStarts.lastIndex { $0 <= offset }) ?? 0
    let start = lineStarts[lineIndex]
    let column = bytes[start..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
    return SourceLocation(file: file, line: lineIndex + 1, column: column)
  }

  /// Returns the location of the first character of a line.
  func location(ofLine line: Int) -> SourceLocation {
    SourceLocation(file: file, line: max(line, 1), column: 1)
  }

  private func find(_ pattern: [UInt8], from start: Int) -> Int? {
    guard !pattern.isEmpty, start < bytes.count, pattern.count <= bytes.count else { return nil }
    var offset = start
    while offset + pattern.count <= bytes.count {
      if bytes[offset] == pattern[0],
        bytes[offset..<(offset + pattern.count)].elementsEqual(pattern)
      {
        return offset
      }
      offset += 1
    }
    return nil
  }

  private static func endsName(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
