import Testing

@testable import Guesswork

@Suite struct ConstantTimeTests {
  @Test func equalBytesCompareEqual() {
    #expect(ConstantTime.isEqual([1, 2, 3], [1, 2, 3]))
    #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
  }

  @Test func anyDifferenceCompareUnequal() {
    #expect(!ConstantTime.isEqual([1, 2, 3], [0, 2, 3]))
    #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2, 4]))
    #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2]))
  }
}
