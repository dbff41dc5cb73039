import Foundation
import Guesswork

/// `guesswork lint`: validates policy files and reports errors and warnings.
public enum LintCommand: Command {
  public static let name = "lint"
  public static let summary = "Validate policy files and report errors and warnings."
  public static let help = """
    Usage: guesswork lint [OPTIONS] FILE|DIRECTORY|PRESET...

    Checks each policy: syntax, unknown keys, types and ranges; settings
    that contradict each other (a maximum length below the minimum, required
    classes that cannot fit, a minimum age not below the maximum); weak or
    ineffective settings; and, with --against, every deviation from a
    standard preset. A directory is searched, with its subdirectories, for
    *.json and *.xml files; JSON Schema files (*.schema.json) are skipped.

    Text output has one line per finding, FILE:LINE:COLUMN: SEVERITY:
    MESSAGE [CODE], then a summary on standard error.

    Exit status: 0 when no file has errors, 1 when some file has errors (or,
    with --strict, warnings), 2 on a usage error.
    """

  public static let options: [OptionSpec] = [
    .value(
      "against", placeholder: "PRESET",
      help: "Report every deviation from this standard preset as an error."),
    .flag("strict", help: "Exit with status 1 on warnings too."),
    .value("format", placeholder: "FORMAT", help: "text or json; default: text."),
  ]

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    guard !arguments.positionals.isEmpty else {
      throw UsageError("missing policy file; name one or more files, directories or presets")
    }
    let format = arguments.value("format") ?? "text"
    guard format == "text" || format == "json" else {
      throw UsageError("invalid --format '\(format)'; expected text or json")
    }
    let standard = try arguments.value("against").map { name throws(UsageError) in
      try loadStandard(name, context)
    }
    let linter = PolicyLinter(loader: PolicyLoading.loader(context))
    var results: [(path: String, findings: [LintFinding])] = []
    for reference in try PolicyFileList.expand(arguments.positionals) {
      results.append((reference, linter.lint(reference, against: standard)))
    }
    let report = LintReport(results: results)
    if format == "json" {
      context.output.write(report.json())
    } else {
      context.output.write(report.text())
      context.errors.write(report.summary())
    }
    let failing = report.errorCount > 0 || (arguments.isSet("strict") && report.warningCount > 0)
    return failing ? .failure : .success
  }

  private static func loadStandard(_ name: String, _ context: ToolContext) throws(UsageError)
    -> PasswordPolicy
  {
    guard PolicyPresets.names.contains(name) else {
      throw UsageError(
        "unknown preset '\(name)' for --against; available: "
          + "\(PolicyPresets.names.joined(separator: ", "))"
      )
    }
    do {
      return try PolicyLoader().load(name)
    } catch {
      throw UsageError("preset '\(name)' does not load: \(error)")
    }
  }
}

/// Expands directories on the command line into the policy files inside.
enum PolicyFileList {
  /// Returns the arguments with every directory replaced by the `*.json`
  /// and `*.xml` files under it, sorted by path.
  static func expand(_ arguments: [String]) throws(UsageError) -> [String] {
    var references: [String] = []
    for argument in arguments {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
        isDirectory.boolValue
      else {
        references.append(argument)
        continue
      }
      let files = policyFiles(under: argument)
      guard !files.isEmpty else {
        throw UsageError("directory '\(argument)' contains no *.json or *.xml files")
      }
      references += files
    }
    return references
  }

  private static func policyFiles(under directory: String) -> [String] {
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    let enumerator = FileManager.default.enumerator(atPath: base)
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      let isSchema = relative.hasSuffix(".schema.json")
      if !isSchema, relative.hasSuffix(".json") || relative.hasSuffix(".xml") {
        files.append("\(base)/\(relative)")
      }
    }
    return files.sorted()
  }
}
