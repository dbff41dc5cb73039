import Guesswork

/// `guesswork hash`: hashes passwords, checks stored hashes against a policy, tunes parameters.
public enum HashCommand: Command {
  public static let name = "hash"
  public static let summary =
    "Hash passwords, find stored hashes that need rehashing, or tune parameters."
  public static let help = """
    Usage: guesswork hash [POLICY OPTIONS] [--format FORMAT] < passwords.txt
           guesswork hash needs-rehash [POLICY OPTIONS] [--format FORMAT]
               < hashes.txt
           guesswork hash tune [--target 250ms] [--max-memory-kib KiB]
               [--parallelism N]

    guesswork hash reads one password per line from standard input (a trailing
    CR is removed) and prints one hash per line: an Argon2id PHC string or a
    bcrypt $2b$ hash, with a fresh random salt each. An empty line, invalid
    UTF-8, a line over 1 MiB, or a password bcrypt cannot take (over 72 bytes,
    or containing NUL) is reported with its line number on standard error,
    leaving an empty output line so lines stay paired (in jsonl, the error
    object is the output line), and the run goes on.

    needs-rehash reads one stored hash per line and reports, per line number,
    whether it meets the policy or why it needs rehashing: algorithm not
    accepted, legacy variant (argon2i, argon2d, $2a$, $2y$), Argon2 version 16,
    or memory, iterations, parallelism or cost below the policy. A malformed
    or unsupported hash is reported and the run goes on.

    tune times Argon2id and bcrypt on this machine (median of 3 runs each) and
    prints the strongest parameters within the target time and memory as the
    "hashing" section of a policy file. Measurements go to standard error.

    Exit status: 0 when every line was hashed, every stored hash meets the
    policy, or tuning met the target and OWASP's minimums; 1 otherwise;
    2 on a usage error.
    """

  public static let options: [OptionSpec] =
    HashingPolicyOptions.specs + [
      .value(
        "format", placeholder: "FORMAT",
        help: "text or jsonl; hash: text; needs-rehash: jsonl unless standard output is a terminal."
      ),
      .value(
        "target", placeholder: "DURATION",
        help: "tune: maximum time per hash, such as 250ms or 1s; default: 250ms."),
      .value(
        "max-memory-kib", placeholder: "KiB",
        help: "tune: maximum Argon2id memory to propose, in KiB; default: 65536."),
    ]

  public static func run(_ arguments: ParsedArguments, context: ToolContext) throws(UsageError)
    -> ExitCode
  {
    switch try HashMode(arguments) {
    case .hash: try HashPasswordsRun.run(arguments, context: context)
    case .needsRehash: try NeedsRehashRun.run(arguments, context: context)
    case .tune: try TuneRun.run(arguments, context: context)
    }
  }
}
