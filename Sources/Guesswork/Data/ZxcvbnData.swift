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
    var scalars: [UInt32] = []
    var wordStarts: [Int] = [0]
    var ranks: [Int32] = []
    scalars.reserveCapacity(800_000)
    wordStarts.reserveCapacity(100_000)
    ranks.reserveCapacity(100_000 * listCount)
    wordTable.withUTF8Buffer { bytes in
      var position = 0
      while position < bytes.count {
        let row = ranks.count
        ranks.append(contentsOf: repeatElement(0, count: listCount))
        position = parseLine(bytes, from: position) { scalar in
          scalars.append(scalar)
        } setRank: { list, rank in
          ranks[row + list] = rank
        }
        wordStarts.append(scalars.count)
      }
    }
    return RankedWordIndex(
      listNames: listNames.map(DictionaryName.init(rawValue:)),
      scalars: scalars,
      wordStarts: wordStarts,
      ranks: ranks
    )
  }

  /// Parses one `word<TAB>list:rank,…` line starting at `start`.
  ///
  /// Words are decoded from UTF-8. Returns where the next line starts.
  private static func parseLine(
    _ bytes: UnsafeBufferPointer<UInt8>,
    from start: Int,
    appendScalar: (UInt32) -> Void,
    setRank: (_ list: Int, _ rank: Int32) -> Void
  ) -> Int {
    let newline = UInt8(ascii: "\n")
    let tab = UInt8(ascii: "\t")
    var position = start
    while position < bytes.count, bytes[position] != tab, bytes[position] != newline {
      position += 1
    }
    let word = UnsafeBufferPointer(rebasing: bytes[start..<position])
    if word.allSatisfy({ $0 < 0x80 }) {
      word.forEach { appendScalar(UInt32($0)) }
    } else {
      String(decoding: word, as: UTF8.self).unicodeScalars.forEach { appendScalar($0.value) }
    }
    var number = 0
    var list = 0
    while position < bytes.count, bytes[position] != newline {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
      case UInt8(ascii: ":"):
        list = number
        number = 0
      case UInt8(ascii: ","):
        setRank(list, Int32(number))
        number = 0
      default:
        number = 0
      }
      position += 1
    }
    setRank(list, Int32(number))
    return position + 1
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

}
