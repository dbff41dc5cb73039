import CICUShim

/// A shim call that transforms UTF-16 text with ICU's preflighting contract:
/// `(source, length, destination, capacity, error) -> result length`.
typealias ICUCall = (
  UnsafePointer<UInt16>?, Int32, UnsafeMutablePointer<UInt16>?, Int32,
  UnsafeMutablePointer<Int32>
) -> Int32

/// Runs the ICU transforms behind ``UnicodeNormalizer``.
enum ICUTransform {
  /// ICU's `U_BUFFER_OVERFLOW_ERROR`: the result did not fit, and the
  /// returned length is the capacity needed.
  static let bufferOverflowCode: Int32 = 15

  /// Applies one single-step form; `.comparisonKey` is composed by the caller.
  static func apply(
    _ form: UnicodeNormalizer.Form,
    to text: String
  ) throws(UnicodeNormalizerError) -> String {
    switch form {
    case .nfkc:
      return try run(gw_icu_nfkc, on: text, form: form)
    case .caseFolded:
      return try run(gw_icu_fold, on: text, form: form)
    case .confusableSkeleton, .comparisonKey:
      let checker = try SpoofChecker.shared.handle()
      return try run(
        { gw_icu_skeleton(checker, $0, $1, $2, $3, $4) }, on: text, form: form)
    }
  }

  /// Calls `call` on the UTF-16 form of `text`, growing the output buffer
  /// once when ICU reports that it was too small.
  ///
  /// The first buffer is 1.5 times the input plus 16 units, which covers
  /// nearly all text; NFKC can expand one unit to 18 (U+FDFA), and the
  /// retry handles that.
  static func run(
    _ call: ICUCall,
    on text: String,
    form: UnicodeNormalizer.Form
  ) throws(UnicodeNormalizerError) -> String {
    let source = Array(text.utf16)
    if source.isEmpty { return "" }
    guard let length = Int32(exactly: source.count) else {
      throw .inputTooLong(form: form, utf16Count: source.count)
    }
    let first = Int32(clamping: source.count + source.count / 2 + 16)
    let outcome = attempt(call, source: source, length: length, capacity: first)
    if case .tooSmall(let needed) = outcome {
      return try finish(attempt(call, source: source, length: length, capacity: needed), form)
    }
    return try finish(outcome, form)
  }

  private enum Outcome {
    case success([UInt16])
    case tooSmall(needed: Int32)
    case failure(code: Int32)
  }

  private static func attempt(
    _ call: ICUCall,
    source: [UInt16],
    length: Int32,
    capacity: Int32
  ) -> Outcome {
    var destination = [UInt16](repeating: 0, count: Int(max(capacity, 0)))
    var code: Int32 = 0
    let resultLength = source.withUnsafeBufferPointer { input in
      destination.withUnsafeMutableBufferPointer { output in
        call(input.baseAddress, length, output.baseAddress, capacity, &code)
      }
    }
    if code == bufferOverflowCode && resultLength > capacity {
      return .tooSmall(needed: resultLength)
    }
    if code > 0 { return .failure(code: code) }
    guard (0...capacity).contains(resultLength) else {
      return .failure(code: bufferOverflowCode)
    }
    return .success(Array(destination[0..<Int(resultLength)]))
  }

  private static func finish(
    _ outcome: Outcome,
    _ form: UnicodeNormalizer.Form
  ) throws(UnicodeNormalizerError) -> String {
    switch outcome {
    case .success(let units):
      return String(decoding: units, as: UTF16.self)
    case .tooSmall:
      throw .icuFailure(form: form, code: bufferOverflowCode)
    case .failure(let code):
      throw .icuFailure(form: form, code: code)
    }
  }
}

/// The process-wide ICU spoof checker used for skeletons.
///
/// ICU documents that functions taking a `const USpoofChecker *`, such as
/// `uspoof_getSkeleton`, may run concurrently on one checker, and this type
/// never changes the checker after opening it; hence `@unchecked Sendable`.
final class SpoofChecker: @unchecked Sendable {
  static let shared = SpoofChecker()

  private let pointer: UnsafeMutableRawPointer?
  private let openErrorCode: Int32

  private init() {
    var code: Int32 = 0
    pointer = gw_icu_spoof_open(&code)
    openErrorCode = code
  }

  deinit {
    gw_icu_spoof_close(pointer)
  }

  /// Returns the open checker, or throws the error ICU reported on opening.
  func handle() throws(UnicodeNormalizerError) -> UnsafeRawPointer {
    guard let pointer else {
      throw .spoofCheckerUnavailable(code: openErrorCode)
    }
    return UnsafeRawPointer(pointer)
  }
}
