import CICUShim
import Testing

@testable import Guesswork

/// Records the capacities a fake shim call receives and plays back results.
final class FakeICUCall: @unchecked Sendable {
  /// Result length and error code returned for each successive call.
  var replies: [(length: Int32, code: Int32)]
  private(set) var capacities: [Int32] = []

  init(replies: [(length: Int32, code: Int32)]) {
    self.replies = replies
  }

  /// Writes `x` into as many output units as the reply length allows.
  func call(
    _ source: UnsafePointer<UInt16>?, _ length: Int32,
    _ destination: UnsafeMutablePointer<UInt16>?, _ capacity: Int32,
    _ error: UnsafeMutablePointer<Int32>
  ) -> Int32 {
    capacities.append(capacity)
    let reply = replies.removeFirst()
    let written = min(reply.length, capacity)
    for index in 0..<Int(max(written, 0)) {
      destination?[index] = UInt16(UInt8(ascii: "x"))
    }
    error.pointee = reply.code
    return reply.length
  }
}

@Suite struct UnicodeNormalizerICUTests {
  private let overflow = ICUTransform.bufferOverflowCode

  @Test func firstBufferHasRoomToGrow() throws {
    let fake = FakeICUCall(replies: [(length: 3, code: 0)])
    let result = try ICUTransform.run(fake.call, on: "abcd", form: .nfkc)
    #expect(result == "xxx")
    // 4 + 4 / 2 + 16 = 22.
    #expect(fake.capacities == [22])
  }

  @Test func retriesOnceWithReportedLength() throws {
    let fake = FakeICUCall(replies: [(length: 40, code: overflow), (length: 40, code: 0)])
    let result = try ICUTransform.run(fake.call, on: "a", form: .nfkc)
    #expect(result == String(repeating: "x", count: 40))
    // 1 + 0 + 16 = 17, then the 40 units ICU asked for.
    #expect(fake.capacities == [17, 40])
  }

  @Test func secondOverflowThrows() {
    let fake = FakeICUCall(replies: [(length: 40, code: overflow), (length: 41, code: overflow)])
    #expect(throws: UnicodeNormalizerError.icuFailure(form: .caseFolded, code: 15)) {
      try ICUTransform.run(fake.call, on: "a", form: .caseFolded)
    }
    #expect(fake.capacities == [17, 40])
  }

  @Test func icuErrorCodeIsSurfaced() {
    // 7 is U_MEMORY_ALLOCATION_ERROR in ICU's utypes.h.
    let fake = FakeICUCall(replies: [(length: 0, code: 7)])
    #expect(throws: UnicodeNormalizerError.icuFailure(form: .nfkc, code: 7)) {
      try ICUTransform.run(fake.call, on: "a", form: .nfkc)
    }
  }

  @Test func negativeWarningCodeIsSuccess() throws {
    // ICU warnings are negative, e.g. -124 U_STRING_NOT_TERMINATED_WARNING
    // when the result fills the buffer exactly.
    let fake = FakeICUCall(replies: [(length: 17, code: -124)])
    #expect(try ICUTransform.run(fake.call, on: "a", form: .nfkc).count == 17)
  }

  @Test func impossibleLengthIsFailure() {
    let fake = FakeICUCall(replies: [(length: -1, code: 0)])
    #expect(throws: UnicodeNormalizerError.icuFailure(form: .nfkc, code: 15)) {
      try ICUTransform.run(fake.call, on: "a", form: .nfkc)
    }
  }

  @Test func emptyInputSkipsICU() throws {
    let fake = FakeICUCall(replies: [])
    #expect(try ICUTransform.run(fake.call, on: "", form: .nfkc) == "")
    #expect(fake.capacities.isEmpty)
  }

  @Test func realNFKCRetriesForExpandingLigature() throws {
    let expected =
      "\u{635}\u{644}\u{649} \u{627}\u{644}\u{644}\u{647} "
      + "\u{639}\u{644}\u{64A}\u{647} \u{648}\u{633}\u{644}\u{645}"
    let result = try UnicodeNormalizer.normalized("\u{FDFA}", to: .nfkc)
    #expect(result == expected)
    #expect(result.utf16.count == 18)
  }

  @Test func shimRejectsNegativeLength() {
    var code: Int32 = 0
    var output = [UInt16](repeating: 0, count: 4)
    _ = gw_icu_nfkc(nil, -1, &output, 4, &code)
    // 1 is U_ILLEGAL_ARGUMENT_ERROR.
    #expect(code == 1)
  }

  @Test func shimRejectsMissingChecker() {
    var code: Int32 = 0
    var output = [UInt16](repeating: 0, count: 4)
    let input: [UInt16] = [0x61]
    _ = gw_icu_skeleton(nil, input, 1, &output, 4, &code)
    #expect(code == 1)
  }

  @Test func failedStepLeavesInputUnchanged() {
    let failing: UnicodeNormalizer.StepTransform = { form, _ throws(UnicodeNormalizerError) in
      throw .icuFailure(form: form, code: 7)
    }
    let result = UnicodeNormalizer.normalizedOrUnchanged(
      "\u{FF21}", step: .nfkc, transform: failing)
    #expect(result == "\u{FF21}")
  }

  @Test func comparisonKeySkipsOnlyFailedStep() {
    let skeletonFails: UnicodeNormalizer.StepTransform = {
      form, text throws(UnicodeNormalizerError) in
      if form == .confusableSkeleton { throw .spoofCheckerUnavailable(code: 2) }
      return try ICUTransform.apply(form, to: text)
    }
    // NFKC and folding still run, but the Cyrillic а stays without a skeleton.
    let key = UnicodeNormalizer.comparisonKey("\u{FF30}\u{430}SS", transform: skeletonFails)
    #expect(key == "p\u{430}ss")
  }

  @Test func errorMessagesNameCodeAndRemedy() {
    let failure = UnicodeNormalizerError.icuFailure(form: .nfkc, code: 7)
    #expect(
      failure.description == "unicode nfkc failed with icu error 7 "
        + "(U_MEMORY_ALLOCATION_ERROR); check that the icu libraries and their data "
        + "(libicu72) are installed")
    let spoof = UnicodeNormalizerError.spoofCheckerUnavailable(code: 2)
    #expect(
      spoof.description == "cannot open the icu spoof checker (icu error 2 "
        + "(U_MISSING_RESOURCE_ERROR)); check that the icu data library (libicu72) is installed")
    let long = UnicodeNormalizerError.inputTooLong(form: .caseFolded, utf16Count: 3_000_000_000)
    #expect(
      long.description == "unicode caseFolded failed: the text has 3000000000 "
        + "utf-16 units, more than icu accepts (2147483647); shorten the input")
  }
}
