/// The text of one policy, from a preset or a file, before parsing.
struct PolicySource {
  /// Identity for cycle detection: `preset:NAME` or the normalised path.
  let identity: String
  /// Name that locations and messages use.
  let displayName: String
  let bytes: [UInt8]
  let isPreset: Bool

  /// Finds and reads the policy a reference names.
  ///
  /// - Parameters:
  ///   - reference: a preset name or a file path.
  ///   - location: where the reference was written, for relative paths
  ///     and error locations; nil for a reference from the command line.
  static func locate(
    _ reference: String,
    referencedFrom location: SourceLocation?,
    readFile: (String) throws -> [UInt8]
  ) throws(PolicyError) -> PolicySource {
    if let preset = PolicyPresets.source(named: reference) {
      return PolicySource(
        identity: "preset:\(reference)", displayName: PolicyPresets.displayName(of: reference),
        bytes: Array(preset.utf8), isPreset: true)
    }
    guard isFileReference(reference) else {
      throw PolicyError(
        .unknownPreset(name: reference, available: PolicyPresets.names), at: location)
    }
    let path = location.map { PolicyPath.resolve(reference, relativeTo: $0.file) } ?? reference
    let bytes: [UInt8]
    do {
      bytes = try readFile(path)
    } catch {
      throw PolicyError(.unreadableFile(path: path, reason: "\(error)"), at: location)
    }
    guard bytes.count <= PolicyLoader.maximumFileSize else {
      throw PolicyError(
        .fileTooLarge(path: path, limitBytes: PolicyLoader.maximumFileSize), at: location)
    }
    return PolicySource(
      identity: PolicyPath.normalize(path), displayName: path, bytes: bytes, isPreset: false)
  }

  /// Returns whether a reference names a file rather than a preset.
  static func isFileReference(_ reference: String) -> Bool {
    reference.contains("/") || reference.hasSuffix(".json") || reference.hasSuffix(".xml")
  }

  /// Parses the text as XML when its first character other than spaces (and
  /// a byte order mark) is `<`, and as JSON otherwise.
  func parse() throws(PolicyError) -> PolicyValue {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    if first == UInt8(ascii: "<") {
      return try XMLPolicyReader.parse(bytes, file: displayName)
    }
    return try JSONReader.parse(bytes, file: displayName)
  }
}
