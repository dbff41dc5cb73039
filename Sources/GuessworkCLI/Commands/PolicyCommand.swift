import Guesswork

/// `guesswork policy`: explains, shows and lists policies.
public enum PolicyCommand: Command {
  public static let name = "policy"
  public static let summary = "Explain a policy in plain language, or show and list presets."
  public static let help = """
    Usage: guesswork policy explain FILE|PRESET
           guesswork policy show PRESET
           guesswork policy list

    explain  prints the effective policy, after 'extends', in plain English:
             each rule with its figures and its documented source.
    show     prints a preset's policy file, to copy and adapt.
    list     prints the preset names with their descriptions.

    Exit status: 0 on success, 2 on a usage error or an invalid policy.
    """

  public static let options: [OptionSpec] = []

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    let words = arguments.positionals
    switch (words.first, words.count) {
    case ("explain", 2):
      guard let policy = PolicyLoading.load(words[1], context: context) else { return .usageError }
      context.output.write(PolicyExplainer.explain(policy))
    case ("show", 2):
      guard let source = PolicyPresets.source(named: words[1]) else {
        throw UsageError(
          "unknown preset '\(words[1])'; available: \(PolicyPresets.names.joined(separator: ", "))")
      }
      context.output.write(source)
    case ("list", 1):
      context.output.write(presetList())
    case ("explain", _), ("show", _), ("list", _):
      throw UsageError("wrong number of arguments; run 'guesswork policy --help' for usage")
    case (let word?, _):
      throw UsageError("unknown policy subcommand '\(word)'; expected explain, show or list")
    case (nil, _):
      throw UsageError("missing subcommand; expected explain, show or list")
    }
    return .success
  }

  private static func presetList() -> String {
    var text = ""
    for name in PolicyPresets.names {
      let summary = (try? PolicyLoader().load(name))?.summary ?? ""
      text += "\(name.padding(toLength: 22))\(summary)\n"
    }
    return text
  }
}
