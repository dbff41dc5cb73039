/// Loader for the zxcvbn 4.4.2 data embedded from `dictionaries/`.
///
/// The generated extension files hold the data itself; see
/// `scripts/generate-data-swift.py` for their format.
enum ZxcvbnData {
  /// Parses the embedded word table into an index.
  ///
  /// - Complexity: O(*n*) in the size of the table; no sorting is needed.
  static func loadWordIndex() -> RankedWordIndex {
    let listCount = listNames.count
    var words: [[UInt32]] = []
    var ranks: [Int32] = []
    words.reserveCapacity(100_000)
    ranks.reserveCapacity(100_000 * listCount)
    wordTable.withUTF8Buffer { bytes in
      for line in bytes.split(separator: UInt8(ascii: "\n")) {
        guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
        words.append(scalars(of: line[line.startIndex..<tab]))
        var row = Array(repeating: Int32(0), count: listCount)
        for entry in line[(tab + 1)...].split(separator: UInt8(ascii: ",")) {
          let parts = entry.split(separator: UInt8(ascii: ":"))
          row[decimal(parts[0])] = Int32(decimal(parts[1]))
        }
        ranks.append(contentsOf: row)
      }
    }
    return RankedWordIndex(
      listNames: listNames.map(DictionaryName.init(rawValue:)),
      sortedWords: words,
      ranks: ranks
    )
  }

  /// Parses the embedded keyboard adjacency graphs.
  static func loadKeyboardGraphs() -> [KeyboardGraph] {
    keyboardGraphs.map { name, table in
      var neighbors: [UInt32: [[UInt32]?]] = [:]
      table.withUTF8Buffer { bytes in
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
          let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
          guard let key = scalars(of: fields[0]).first else { continue }
          neighbors[key] = fields.dropFirst().map { $0.isEmpty ? nil : scalars(of: $0) }
        }
      }
      return KeyboardGraph(name: KeyboardLayoutName(rawValue: name), neighbors: neighbors)
    }
  }

  private static func scalars(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt32] {
    if bytes.allSatisfy({ $0 < 0x80 }) {
      return bytes.map(UInt32.init)
    }
    return String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
  }

  private static func decimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
    bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
  }
}
