/// Decides whether `storedHash` should be replaced under `policy`, listing every reason.
///
/// A hash needs rehashing when its family is not accepted, when it is a legacy
/// variant or version, or when any parameter is below the policy's minimum for
/// its family. Parameters above the minimum never trigger a rehash. Nothing is
/// hashed, so this is cheap enough to run over a whole user table.
///
///     // policy: argon2id minimum m=65536, t=3, p=1; accepts argon2id and bcrypt
///     $argon2i$v=19$m=19456,t=2,p=1$…  → legacy variant, memory below, iterations below
///     $2b$12$…                         → no rehash (cost 12 meets 12)
///
/// - Throws: `HashingError` when the stored hash cannot be parsed or the policy is invalid.
public func needsRehash(_ storedHash: String, under policy: HashingPolicy) throws(HashingError)
  -> RehashDecision
{
  try policy.validate(limits: .formatMaximum)
  let stored = try StoredHash(parsing: storedHash)
  var reasons: [RehashReason] = []
  if !policy.acceptedAlgorithms.contains(stored.algorithm) {
    reasons.append(.algorithmNotAccepted(stored.algorithm))
  }
  switch stored {
  case .argon2(let hash):
    reasons += argon2Shortfalls(hash, minimum: policy.argon2id)
  case .bcrypt(let hash):
    if hash.variant != .b {
      reasons.append(.legacyVariant(found: "$\(hash.variant.rawValue)$", replacement: "$2b$"))
    }
    if hash.parameters.cost < policy.bcrypt.cost {
      reasons.append(.costBelow(found: hash.parameters.cost, minimum: policy.bcrypt.cost))
    }
  }
  return RehashDecision(algorithm: stored.algorithm, reasons: reasons)
}

private func argon2Shortfalls(_ hash: Argon2HashString, minimum: Argon2Parameters) -> [RehashReason]
{
  var reasons: [RehashReason] = []
  if hash.variant != .argon2id {
    reasons.append(
      .legacyVariant(found: hash.variant.rawValue, replacement: Argon2Variant.argon2id.rawValue))
  }
  if hash.version < .v19 {
    reasons.append(
      .outdatedVersion(found: hash.version.rawValue, replacement: Argon2Version.v19.rawValue))
  }
  let found = hash.parameters
  if found.memoryKiB < minimum.memoryKiB {
    reasons.append(.memoryBelow(found: found.memoryKiB, minimum: minimum.memoryKiB))
  }
  if found.iterations < minimum.iterations {
    reasons.append(.iterationsBelow(found: found.iterations, minimum: minimum.iterations))
  }
  if found.parallelism < minimum.parallelism {
    reasons.append(.parallelismBelow(found: found.parallelism, minimum: minimum.parallelism))
  }
  return reasons
}
