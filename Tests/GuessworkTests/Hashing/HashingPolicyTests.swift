import Testing

@testable import Guesswork

@Suite struct HashingPolicyTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let label: String
    let policy: HashingPolicy
    let error: HashingError
    var testDescription: String { label }
  }

  static let limits = HashingLimits(maximumMemoryKiB: 1 << 20)

  static func policy(_ change: (inout HashingPolicy) -> Void) -> HashingPolicy {
    var policy = HashingPolicy.recommended
    change(&policy)
    return policy
  }

  static let invalid: [Case] = [
    Case(
      label: "cost 32", policy: policy { $0.bcrypt.cost = 32 },
      error: .parameterOutOfRange(.cost, value: 32, allowed: 4...31)),
    Case(
      label: "cost 3", policy: policy { $0.bcrypt.cost = 3 },
      error: .parameterOutOfRange(.cost, value: 3, allowed: 4...31)),
    Case(
      label: "memory above machine", policy: policy { $0.argon2id.memoryKiB = (1 << 20) + 1 },
      error: .memoryExceedsLimit(requestedKiB: (1 << 20) + 1, limitKiB: 1 << 20)),
    Case(
      label: "memory below 8 KiB per lane",
      policy: policy {
        $0.argon2id = Argon2Parameters(memoryKiB: 31, iterations: 1, parallelism: 4)
      },
      error: .memoryTooSmallForLanes(memoryKiB: 31, parallelism: 4, minimumKiB: 32)),
    Case(
      label: "zero iterations", policy: policy { $0.argon2id.iterations = 0 },
      error: .parameterOutOfRange(.iterations, value: 0, allowed: 1...Int(UInt32.max))),
    Case(
      label: "iterations above 32 bits", policy: policy { $0.argon2id.iterations = 1 << 32 },
      error: .parameterOutOfRange(.iterations, value: 1 << 32, allowed: 1...Int(UInt32.max))),
    Case(
      label: "negative parallelism", policy: policy { $0.argon2id.parallelism = -1 },
      error: .parameterOutOfRange(.parallelism, value: -1, allowed: 1...0xFF_FFFF)),
    Case(
      label: "2^24 lanes", policy: policy { $0.argon2id.parallelism = 1 << 24 },
      error: .parameterOutOfRange(.parallelism, value: 1 << 24, allowed: 1...0xFF_FFFF)),
    Case(
      label: "new algorithm not accepted", policy: policy { $0.acceptedAlgorithms = [.bcrypt] },
      error: .algorithmForNewHashesNotAccepted(.argon2id)),
    Case(
      label: "nothing accepted", policy: policy { $0.acceptedAlgorithms = [] },
      error: .algorithmForNewHashesNotAccepted(.argon2id)),
  ]

  @Test(arguments: invalid)
  func validationRejects(testCase: Case) {
    #expect(throws: testCase.error) { try testCase.policy.validate(limits: Self.limits) }
  }

  @Test func recommendedPolicyIsValid() {
    #expect(throws: Never.self) { try HashingPolicy.recommended.validate(limits: Self.limits) }
  }

  @Test func bcryptParametersStayCheckedWhenArgon2idMakesHashes() {
    let policy = Self.policy { $0.bcrypt.cost = 40 }

    #expect(policy.algorithm == .argon2id)
    #expect(throws: HashingError.parameterOutOfRange(.cost, value: 40, allowed: 4...31)) {
      try policy.validate(limits: Self.limits)
    }
  }

  @Test func machineLimitIsPositiveAndAtMost32Bits() {
    let limit = HashingLimits.machine.maximumMemoryKiB

    #expect(limit > 0)
    #expect(limit <= Int(UInt32.max))
  }

  @Test(arguments: [
    (Argon2Parameters(memoryKiB: 19456, iterations: 2, parallelism: 1), true),
    (Argon2Parameters(memoryKiB: 7168, iterations: 5, parallelism: 1), true),
    (Argon2Parameters(memoryKiB: 65536, iterations: 1, parallelism: 1), true),
    (Argon2Parameters(memoryKiB: 19455, iterations: 2, parallelism: 1), false),
    (Argon2Parameters(memoryKiB: 47103, iterations: 1, parallelism: 4), false),
    (Argon2Parameters(memoryKiB: 7167, iterations: 100, parallelism: 1), false),
  ])
  func owaspMinimumNeedsOneRowMet(parameters: Argon2Parameters, meets: Bool) {
    #expect(parameters.meetsOWASPMinimum == meets)
  }

  @Test func errorMessagesNameValueAndFix() {
    let error = HashingError.parameterOutOfRange(.cost, value: 32, allowed: 4...31)

    #expect(error.description == "cost 32 is out of range; use 4 to 31")
    #expect(
      HashingError.unsupportedAlgorithm(identifier: "$6$").description
        == "unsupported hash algorithm '$6$'; "
        + "supported: $argon2id$, $argon2i$, $argon2d$, $2b$, $2a$, $2y$"
    )
  }
}
