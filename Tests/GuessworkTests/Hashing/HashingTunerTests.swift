import Testing

@testable import Guesswork

/// The tuner's search against cost models of a machine, so results follow from arithmetic.
///
/// Argon2 model: 5 ms fixed plus 0.0005 ms per KiB per pass (32.768 ms per pass at
/// 64 MiB). bcrypt model: 0.06 ms × 2^cost (15.36 ms at cost 8, 245.76 ms at cost 12).
@Suite struct HashingTunerTests {
  static func argon2Model(_ parameters: Argon2Parameters) -> Duration {
    .microseconds(5000 + parameters.memoryKiB * parameters.iterations / 2)
  }

  static func bcryptModel(_ parameters: BcryptParameters) -> Duration {
    .microseconds(60 * (1 << parameters.cost))
  }

  static func tuner(
    target: Duration,
    maximumMemoryKiB: Int = 65536,
    argon2: @escaping (Argon2Parameters) -> Duration = argon2Model
  ) -> HashingTuner {
    HashingTuner(
      target: target, maximumMemoryKiB: maximumMemoryKiB, parallelism: 1,
      measureArgon2: { argon2($0) }, measureBcrypt: { bcryptModel($0) })
  }

  /// Largest t with 5 + 32.768 t ≤ 250 is 7 (t = 7 takes 234.4 ms, t = 8 takes 267.1 ms).
  @Test func argon2FitsPassesAtFullMemory() throws {
    let result = try Self.tuner(target: .milliseconds(250)).tuneArgon2id()

    #expect(result.parameters == Argon2Parameters(memoryKiB: 65536, iterations: 7, parallelism: 1))
    #expect(result.duration == .microseconds(5000 + 65536 * 7 / 2))
    #expect(result.isWithinTarget)
  }

  /// A noisy first measurement makes two passes look barely slower than one
  /// (10 ms, then 10.001 ms). The tuner takes half a pass (5 ms) as the
  /// least a pass can cost, so it predicts 2 + ⌊(250 − 10.001) / 5⌋ = 49
  /// passes, not millions, and walks down from there to the 25 passes that
  /// fit (10 ms per pass from three passes on, so 25 take exactly 250 ms).
  @Test func argon2NoisyTwoPassTrialStaysBounded() throws {
    let noisy: (Argon2Parameters) -> Duration = { parameters in
      switch parameters.iterations {
      case 1: .milliseconds(10)
      case 2: .microseconds(10_001)
      default: .milliseconds(10 * parameters.iterations)
      }
    }
    let result = try Self.tuner(target: .milliseconds(250), argon2: noisy).tuneArgon2id()

    #expect(result.parameters.iterations == 25)
    #expect(result.trials.map(\.parameters.iterations).max() == 49)
  }

  /// One pass at 1 GiB takes 529 ms. Halving reaches 128 MiB (70.5 ms), where two
  /// passes (136 ms) are over the target.
  @Test func argon2HalvesMemoryUntilOnePassFits() throws {
    let result = try Self.tuner(target: .milliseconds(100), maximumMemoryKiB: 1 << 20)
      .tuneArgon2id()

    #expect(result.parameters == Argon2Parameters(memoryKiB: 131072, iterations: 1, parallelism: 1))
    #expect(result.isWithinTarget)
    #expect(
      result.trials.map(\.parameters.memoryKiB) == [1 << 20, 1 << 19, 1 << 18, 1 << 17, 1 << 17])
  }

  /// The 5 ms fixed cost never fits 1 ms, so the tuner stops at libargon2's 8 KiB floor.
  @Test func argon2ReportsTargetOutOfReach() throws {
    let result = try Self.tuner(target: .milliseconds(1)).tuneArgon2id()

    #expect(result.parameters == Argon2Parameters(memoryKiB: 8, iterations: 1, parallelism: 1))
    #expect(!result.isWithinTarget)
    #expect(result.trials.count == 14)
  }

  /// A flat 10 ms for every setting gives no slope; the climb stops after its step limit.
  @Test func argon2ClimbIsBoundedWhenTimeIsFlat() throws {
    let result = try Self.tuner(target: .milliseconds(250), argon2: { _ in .milliseconds(10) })
      .tuneArgon2id()

    // Slope falls back to 10 ms / 2 per pass: estimate 2 + (250 - 10) / 5 = 50, then 4 steps up.
    #expect(result.parameters.iterations == 54)
    #expect(result.trials.count == 2 + 1 + HashingTuner.maximumUpwardSteps)
  }

  @Test func argon2RejectsBudgetBelowLaneMinimum() {
    #expect(
      throws: HashingError.parameterOutOfRange(.memoryKiB, value: 4, allowed: 8...Int(UInt32.max))
    ) {
      try Self.tuner(target: .milliseconds(250), maximumMemoryKiB: 4).tuneArgon2id()
    }
  }

  struct BcryptCase: CustomTestStringConvertible, Sendable {
    let target: Duration
    let cost: Int
    let isWithinTarget: Bool
    let reasoning: String
    var testDescription: String { reasoning }
  }

  @Test(arguments: [
    BcryptCase(
      target: .milliseconds(250), cost: 12, isWithinTarget: true,
      reasoning: "12: 245.76 ms, 13: 491.52 ms"),
    BcryptCase(
      target: .milliseconds(100), cost: 10, isWithinTarget: true,
      reasoning: "10: 61.44 ms, 11: 122.88 ms"),
    BcryptCase(
      target: .milliseconds(5), cost: 6, isWithinTarget: true,
      reasoning: "below the probe: 6: 3.84 ms, 7: 7.68 ms"),
    BcryptCase(
      target: .microseconds(500), cost: 4, isWithinTarget: false,
      reasoning: "4 is the floor at 0.96 ms"),
    BcryptCase(
      target: .seconds(1_000_000), cost: 31, isWithinTarget: true,
      reasoning: "31 is the ceiling at 36 hours"),
  ])
  func bcryptPicksHighestCostWithinTarget(testCase: BcryptCase) throws {
    let result = try Self.tuner(target: testCase.target).tuneBcrypt()

    #expect(result.parameters.cost == testCase.cost)
    #expect(result.isWithinTarget == testCase.isWithinTarget)
  }

  /// Real hashes at tiny settings: checks the wiring, not the machine's speed.
  @Test func machineTunerProducesValidParameters() throws {
    let tuner = try HashingTuner.measuringThisMachine(
      target: .milliseconds(20), maximumMemoryKiB: 1024, parallelism: 1, samples: 1,
      limits: TestPolicies.limits)
    let result = try tuner.tuneArgon2id()

    #expect(result.parameters.memoryKiB <= 1024)
    #expect(throws: Never.self) { try result.parameters.validate(limits: TestPolicies.limits) }
    #expect(!result.trials.isEmpty)
  }

  @Test func machineTunerRejectsBudgetAboveLimits() {
    #expect(throws: HashingError.memoryExceedsLimit(requestedKiB: 2 << 20, limitKiB: 1 << 20)) {
      try HashingTuner.measuringThisMachine(
        target: .milliseconds(20), maximumMemoryKiB: 2 << 20, parallelism: 1,
        limits: TestPolicies.limits)
    }
  }
}
