/// The hashing part of a policy: parameters for new hashes, and the weakest stored hashes it
/// still accepts.
///
/// The parameters play two roles. New hashes are made with `algorithm` and its
/// parameters, and a stored hash whose parameters fall below them, or whose
/// algorithm is not in `acceptedAlgorithms`, needs rehashing at the next login.
public struct HashingPolicy: Sendable, Hashable {
  /// Algorithm used for new hashes.
  public var algorithm: HashAlgorithm
  /// Minimum Argon2id parameters, also used for new Argon2id hashes.
  public var argon2id: Argon2Parameters
  /// Minimum bcrypt parameters, also used for new bcrypt hashes.
  public var bcrypt: BcryptParameters
  /// Algorithms whose stored hashes stay; stored hashes in others need rehashing.
  public var acceptedAlgorithms: Set<HashAlgorithm>

  public init(
    algorithm: HashAlgorithm,
    argon2id: Argon2Parameters,
    bcrypt: BcryptParameters,
    acceptedAlgorithms: Set<HashAlgorithm>
  ) {
    self.algorithm = algorithm
    self.argon2id = argon2id
    self.bcrypt = bcrypt
    self.acceptedAlgorithms = acceptedAlgorithms
  }

  /// Argon2id at 64 MiB, 3 passes, 1 lane for new hashes; bcrypt cost 12; both accepted.
  public static let recommended = HashingPolicy(
    algorithm: .argon2id,
    argon2id: .recommended,
    bcrypt: .recommended,
    acceptedAlgorithms: [.argon2id, .bcrypt])

  /// Checks both parameter sets and that new hashes use an accepted algorithm.
  ///
  /// Both parameter sets are checked even when only one algorithm makes new
  /// hashes, because both serve as minimums for stored hashes.
  ///
  /// - Throws: `HashingError` naming the first invalid value.
  public func validate(limits: HashingLimits) throws(HashingError) {
    try argon2id.validate(limits: limits)
    try bcrypt.validate()
    try HashingParameter.cost.check(bcrypt.cost, in: 4...limits.maximumBcryptCost)
    guard acceptedAlgorithms.contains(algorithm) else {
      throw .algorithmForNewHashesNotAccepted(algorithm)
    }
  }
}
