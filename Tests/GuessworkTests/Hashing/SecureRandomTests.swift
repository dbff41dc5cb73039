import Testing

@testable import Guesswork

@Suite struct SecureRandomTests {
  @Test(arguments: [0, 1, 16, 256, 257, 1000])
  func returnsRequestedCount(count: Int) throws {
    #expect(try SecureRandom.bytes(count: count).count == count)
  }

  /// Two 32-byte draws collide with probability 2^-256, so equality means the source is broken.
  @Test func drawsDiffer() throws {
    #expect(try SecureRandom.bytes(count: 32) != SecureRandom.bytes(count: 32))
  }
}
