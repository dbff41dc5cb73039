/// Compares byte strings in time that depends only on their lengths.
enum ConstantTime {
  /// Whether `left` and `right` are equal, reading every byte whatever the first difference.
  static func isEqual(_ left: some Collection<UInt8>, _ right: some Collection<UInt8>) -> Bool {
    guard left.count == right.count else {
      return false
    }
    var difference: UInt8 = 0
    for (leftByte, rightByte) in zip(left, right) {
      difference |= leftByte ^ rightByte
    }
    return difference == 0
  }
}
