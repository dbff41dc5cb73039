import Guesswork

/// Settings of `guesswork score` after validating its options.
struct ScoreSettings {
  let estimator: StrengthEstimator
  let userInputs: [String]
  let report: EstimateReport

  init(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError) {
    guard arguments.positionals.isEmpty else {
      throw UsageError(
        "unexpected argument; passwords are read from standard input, never from arguments")
    }
    let profileName = arguments.value("profile") ?? "zxcvbn"
    guard let profile = ModelProfile.named(profileName) else {
      let known = ModelProfile.availableNames.joined(separator: ", ")
      throw UsageError("unknown profile '\(profileName)'; available: \(known)")
    }
    let year = try arguments.value("reference-year").map { text throws(UsageError) in
      guard let year = Int(text), (1000...9999).contains(year) else {
        throw UsageError("invalid --reference-year '\(text)'; expected a four-digit year")
      }
      return year
    }
    let length = try arguments.value("analyzed-length").map { text throws(UsageError) in
      guard let length = Int(text),
        (1...StrengthEstimator.maximumAllowedAnalyzedLength).contains(length)
      else {
        throw UsageError("invalid --analyzed-length '\(text)'; expected 1 to 10000")
      }
      return length
    }
    estimator = StrengthEstimator(
      profile: profile,
      referenceYear: year,
      maximumAnalyzedLength: length ?? StrengthEstimator.defaultMaximumAnalyzedLength)
    userInputs = try Self.userInputs(arguments, context: context)
    report = try EstimateReport(arguments, context: context)
  }

  private static func userInputs(_ arguments: ParsedArguments, context: ToolContext)
    throws(UsageError) -> [String]
  {
    var words = arguments.allValues("user-input")
    if let path = arguments.value("user-inputs") {
      words += try LineFile.nonEmptyLines(path, option: "user-inputs", context: context)
    }
    return words
  }
}
