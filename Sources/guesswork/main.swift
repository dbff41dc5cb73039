import GuessworkCLI

#if canImport(Glibc)
  import Glibc
#endif

let context = ToolContext(
  input: FileDescriptorSource(descriptor: STDIN_FILENO),
  output: FileDescriptorSink(descriptor: STDOUT_FILENO),
  errors: FileDescriptorSink(descriptor: STDERR_FILENO),
  outputIsTerminal: isatty(STDOUT_FILENO) == 1,
  readFile: FileAccess.readWholeFile
)
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(status.rawValue)
