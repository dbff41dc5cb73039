import Testing

@testable import Guesswork

@Suite struct PHCBase64Tests {
  @Test(arguments: [
    ("", 0), ("AA", 1), ("AAA", 2), ("AAAA", 3),
    ("c29tZXNhbHQ", 8), ("c29tZXNhbHRzb21lc2FsdA", 16),
  ])
  func countsDecodedBytes(text: String, count: Int) {
    #expect(PHCBase64.decodedByteCount(Substring(text)) == count)
  }

  @Test(arguments: [
    "A",  // one character carries only 6 bits
    "AB",  // 'B' sets bits below the 8 of the one byte
    "AAB",  // 'B' sets bits below the 16 of two bytes
    "AA==",  // padding
    "AA-_",  // URL-safe alphabet
    "AA A",
  ])
  func rejectsNonCanonical(text: String) {
    #expect(PHCBase64.decodedByteCount(Substring(text)) == nil)
  }
}
