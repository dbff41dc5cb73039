/// A password held as Unicode scalars, the single index space of matching.
///
/// Every matcher reads positions in `scalars`, and every match span refers to
/// those positions, so a span always maps back to the original password.
/// `lowercased` is the same length: a scalar whose lowercase form has more
/// than one scalar (the dotted capital I, for one) is kept unchanged there,
/// so that lower-casing never shifts an index.
struct PasswordText: Sendable {
  /// Scalar values of the password, in order.
  let scalars: [UInt32]
  /// Scalar values lower-cased one by one, aligned with `scalars`.
  let lowercased: [UInt32]

  init(_ password: String) {
    self.init(scalars: password.unicodeScalars.map(\.value))
  }

  init(scalars: [UInt32]) {
    self.scalars = scalars
    self.lowercased = scalars.map(Self.lowercase)
  }

  var count: Int { scalars.count }

  var isEmpty: Bool { scalars.isEmpty }

  /// Returns the text of the closed range `start...end` as a string.
  func string(from start: Int, through end: Int) -> String {
    Self.string(scalars[start...end])
  }

  /// Returns a string made of the given scalar values.
  static func string<S: Sequence>(_ values: S) -> String where S.Element == UInt32 {
    var view = String.UnicodeScalarView()
    for value in values {
      if let scalar = Unicode.Scalar(value) {
        view.append(scalar)
      }
    }
    return String(view)
  }

  /// Lower-cases one scalar, keeping it when its lowercase form is not a
  /// single scalar.
  static func lowercase(_ value: UInt32) -> UInt32 {
    if value < 0x80 {
      return (0x41...0x5A).contains(value) ? value + 0x20 : value
    }
    guard let scalar = Unicode.Scalar(value) else { return value }
    let mapping = scalar.properties.lowercaseMapping.unicodeScalars
    guard mapping.count == 1, let lowered = mapping.first else { return value }
    return lowered.value
  }
}

extension UInt32 {
  /// Whether the value is an ASCII digit, the only digits zxcvbn 4.4.2 reads.
  var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
  var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
  var isASCIILowercase: Bool { (0x61...0x7A).contains(self) }
}
