import Foundation
import Guesswork

/// Entry point of `guesswork-benchmarks MODE [ARGUMENTS]`; see
/// Benchmarks/README.md for the modes and how to read their output.
let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first ?? "help"
switch mode {
case "throughput":
  EstimatorBenchmarks.throughput(
    listPath: arguments.dropFirst().first ?? EstimatorBenchmarks.defaultList)
case "long-input":
  EstimatorBenchmarks.longInput(
    listPath: arguments.dropFirst().first ?? EstimatorBenchmarks.defaultList)
case "memory":
  EstimatorBenchmarks.memory()
case "hashing":
  exit(runHashingBenchmark() ? 0 : 1)
default:
  print("usage: guesswork-benchmarks throughput|long-input|memory|hashing [LIST]")
}
