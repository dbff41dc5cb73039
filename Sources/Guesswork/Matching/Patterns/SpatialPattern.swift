/// Details of a walk over adjacent keys.
public struct SpatialPattern: Sendable, Hashable {
  /// The keyboard layout the walk follows.
  public let layout: KeyboardLayoutName
  /// Number of direction changes, counting the first direction as one.
  public let turns: Int
  /// Number of keys typed with Shift.
  public let shiftedCount: Int
}

/// Name of a keyboard layout, such as `qwerty`.
public struct KeyboardLayoutName: RawRepresentable, Sendable, Hashable {
  public let rawValue: String

  public init(rawValue: String) {
    self.rawValue = rawValue
  }

  /// US QWERTY.
  public static let qwerty = Self(rawValue: "qwerty")
  /// US Dvorak.
  public static let dvorak = Self(rawValue: "dvorak")
  /// Numeric keypad of a PC keyboard.
  public static let keypad = Self(rawValue: "keypad")
  /// Numeric keypad of a Mac keyboard, which has `=` on the top row.
  public static let macKeypad = Self(rawValue: "mac_keypad")
}
