import Foundation
import Guesswork

/// Speed and memory measurements of the strength estimator.
enum EstimatorBenchmarks {
  static let defaultList = "Benchmarks/Data/mixed-passwords.txt"
  static let referenceYear = 2017

  /// Scores the list repeatedly on one thread and prints passwords per second.
  static func throughput(listPath: String) {
    let passwords = load(listPath)
    let estimator = StrengthEstimator(referenceYear: referenceYear)
    _ = estimator.estimate("warm-up")
    var best = 0.0
    for round in 1...5 {
      let seconds = time { passwords.forEach { _ = estimator.estimate($0) } }
      let rate = Double(passwords.count) / seconds
      best = max(best, rate)
      print("round \(round): \(Int(rate)) passwords/s")
    }
    print("best: \(Int(best)) passwords/s over \(passwords.count) passwords (one thread)")
  }

  /// Compares one 10,000-character input with the mean typical password.
  static func longInput(listPath: String) {
    let passwords = load(listPath)
    let estimator = StrengthEstimator(referenceYear: referenceYear)
    let typical =
      time { passwords.forEach { _ = estimator.estimate($0) } } / Double(passwords.count)
    var generator = SeededGenerator(seed: 42)
    let printable = (0x21...0x7E).compactMap(Unicode.Scalar.init).map(Character.init)
    let inputs: [(String, String)] = [
      (
        "random printable",
        String((0..<10_000).map { _ in printable.randomElement(using: &generator) ?? "a" })
      ),
      ("one character repeated", String(repeating: "a", count: 10_000)),
      ("l33t symbols repeated", String(repeating: "4@8({[<3691!|70$5+%2", count: 500)),
      (
        "l33t symbols in random order",
        String(
          (0..<10_000).map { _ in
            Array("4@8({[<3691!|70$5+%2").randomElement(using: &generator) ?? "4"
          })
      ),
      ("words repeated", String(repeating: "password", count: 1_250)),
      ("digits", String((0..<10_000).map { Character(String($0 % 10)) })),
    ]
    print("typical password: \(format(typical * 1e6)) µs")
    for (name, input) in inputs {
      let seconds = time(repetitions: 20) { _ = estimator.estimate(input) }
      print(
        "\(name), 10,000 characters: \(format(seconds * 1e6)) µs = \(format(seconds / typical)) typical passwords"
      )
    }
  }

  /// Prints the resident memory before and after loading the model.
  static func memory() {
    let before = residentMebibytes()
    _ = StrengthEstimator(referenceYear: referenceYear).estimate("load the model")
    let after = residentMebibytes()
    print("resident memory: \(format(before)) MiB before loading, \(format(after)) MiB after")
    print("model: about \(format(after - before)) MiB")
  }

  private static func load(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      fatalError("cannot read \(path); run from the repository root")
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  private static func time(repetitions: Int = 1, _ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repetitions {
      body()
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(repetitions)
  }

  private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

  private static func residentMebibytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kibibytes = Double(line.split(separator: " ")[1])
    else { return 0 }
    return kibibytes / 1024
  }
}

/// A small deterministic generator so inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
