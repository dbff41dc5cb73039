// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Guesswork",
  products: [
    .library(name: "Guesswork", targets: ["Guesswork"]),
    .executable(name: "guesswork", targets: ["guesswork"]),
  ],
  targets: [
    .systemLibrary(
      name: "CArgon2",
      pkgConfig: "libargon2",
      providers: [.apt(["libargon2-dev"])]
    ),
    .systemLibrary(
      name: "CCrypt",
      pkgConfig: "libxcrypt",
      providers: [.apt(["libcrypt-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]
    ),
    .target(
      name: "Guesswork",
      dependencies: ["CArgon2", "CCrypt", "CLibXML2", "CICUShim"]
    ),
    .target(name: "GuessworkCLI", dependencies: ["Guesswork"]),
    .executableTarget(name: "guesswork", dependencies: ["GuessworkCLI"]),
    .executableTarget(
      name: "guesswork-benchmarks",
      dependencies: ["Guesswork", "GuessworkCLI"],
      path: "Benchmarks/GuessworkBenchmarks"
    ),
    .testTarget(
      name: "GuessworkTests",
      dependencies: ["Guesswork"],
      exclude: ["Goldens/zxcvbn-4.4.2.jsonl"]
    ),
    .testTarget(
      name: "GuessworkCLITests",
      dependencies: ["GuessworkCLI", "Guesswork"]
    ),
  ]
)
