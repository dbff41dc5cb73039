/// Cost setting of bcrypt: the base-2 logarithm of the key-expansion rounds.
public struct BcryptParameters: Sendable, Hashable {
  /// Work factor; each step up doubles the time (the two digits after `$2b$`).
  public var cost: Int

  public init(cost: Int) {
    self.cost = cost
  }

  /// Costs that bcrypt's modular crypt format and libxcrypt accept.
  public static let costRange = 4...31

  /// Checks the cost against `costRange`.
  ///
  /// - Throws: `HashingError.parameterOutOfRange` for a cost outside 4...31.
  public func validate() throws(HashingError) {
    try HashingParameter.cost.check(cost, in: Self.costRange)
  }
}

extension BcryptParameters {
  /// Cost 12: the default for new hashes.
  public static let recommended = BcryptParameters(cost: 12)
  /// Cost 10: the minimum in the OWASP Password Storage Cheat Sheet.
  public static let owaspMinimum = BcryptParameters(cost: 10)
}
