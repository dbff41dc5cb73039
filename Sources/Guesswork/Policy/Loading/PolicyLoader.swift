import Foundation

/// Loads policies from files and presets, resolving `extends`.
///
///     let policy = try PolicyLoader().load("policies/company.json")
///     let nist = try PolicyLoader().load("nist-800-63b-4")
///
/// A reference names a preset when it is one of ``PolicyPresets/names``;
/// anything containing a `/` or ending in `.json` or `.xml` is a file. A
/// policy's `extends` takes the same kinds of reference, with file paths
/// relative to the extending file. JSON and XML files may extend each other.
public struct PolicyLoader {
  /// Longest `extends` chain accepted.
  public static let maximumExtendsDepth = 16
  /// Largest policy file accepted, in bytes.
  public static let maximumFileSize = 1 << 20

  private let readFile: (String) throws -> [UInt8]

  /// Creates a loader that reads files with `readFile`.
  ///
  /// - Parameter readFile: returns a file's bytes, or throws an error whose
  ///   description gives the reason. The default reads from the file system.
  public init(readFile: @escaping (String) throws -> [UInt8] = PolicyLoader.readFromDisk) {
    self.readFile = readFile
  }

  /// Loads a preset or file and everything it extends.
  ///
  /// - Throws: `PolicyError` listing every problem: unreadable files, syntax
  ///   errors, unknown keys, wrong types, out-of-range values, cycles and
  ///   contradictions, each with its location.
  public func load(_ reference: String) throws(PolicyError) -> PasswordPolicy {
    let resolved = try resolve(reference, from: nil, chain: [])
    let decoder = PolicyDecoder(blocklists: BlocklistReader(readFile: readFile))
    return try decoder.decode(resolved.tree, extendsChain: resolved.chain)
  }

  /// Loads a policy from text already in memory, resolving its `extends`
  /// relative to `file`.
  public func load(text: [UInt8], file: String) throws(PolicyError) -> PasswordPolicy {
    let source = PolicySource(identity: file, displayName: file, bytes: text, isPreset: false)
    let resolved = try resolve(source, chain: [])
    let decoder = PolicyDecoder(blocklists: BlocklistReader(readFile: readFile))
    return try decoder.decode(resolved.tree, extendsChain: resolved.chain)
  }

  /// Reads a file from the file system.
  public static let readFromDisk: @Sendable (String) throws -> [UInt8] = { path in
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw FileReadFailure(
        reason: exists ? "permission denied or not a regular file" : "file not found")
    }
    return [UInt8](data)
  }

  // MARK: Resolution

  private struct Resolved {
    let tree: PolicyValue
    /// Names of the extended policies, nearest first.
    let chain: [String]
  }

  private func resolve(
    _ reference: String, from referrer: PolicyMember?, chain: [String]
  ) throws(PolicyError) -> Resolved {
    let source = try PolicySource.locate(
      reference, referencedFrom: referrer?.value.location, readFile: readFile)
    if chain.contains(source.identity) {
      let names = chain + [source.identity]
      throw PolicyError(.extendsCycle(chain: names), at: referrer?.value.location)
    }
    guard chain.count < Self.maximumExtendsDepth else {
      throw PolicyError(
        .extendsTooDeep(limit: Self.maximumExtendsDepth), at: referrer?.value.location)
    }
    return try resolve(source, chain: chain)
  }

  private func resolve(_ source: PolicySource, chain: [String]) throws(PolicyError) -> Resolved {
    let tree = try source.parse()
    try Self.checkVersion(tree)
    guard let extends = tree.members?.first(where: { $0.key == "extends" }) else {
      return Resolved(tree: PolicyMerge.merge(tree, over: nil), chain: [])
    }
    guard let parentReference = Self.text(of: extends.value) else {
      throw PolicyError(
        .wrongType(key: "extends", expected: "a string", found: extends.value.typeName),
        at: extends.value.location)
    }
    if source.isPreset, !PolicyPresets.names.contains(parentReference) {
      throw PolicyError(
        .unknownPreset(name: parentReference, available: PolicyPresets.names),
        at: extends.value.location)
    }
    let parent = try resolve(parentReference, from: extends, chain: chain + [source.identity])
    return Resolved(
      tree: PolicyMerge.merge(tree, over: parent.tree), chain: [parentReference] + parent.chain)
  }

  private static func text(of value: PolicyValue) -> String? {
    switch value.content {
    case .string(let text), .text(let text): text
    default: nil
    }
  }

  /// Checks the version of one file before it is merged, so that a parent
  /// written for another version is caught at its own location.
  private static func checkVersion(_ tree: PolicyValue) throws(PolicyError) {
    guard let members = tree.members else {
      throw PolicyError(
        .wrongType(key: "", expected: "an object", found: tree.typeName),
        at: tree.location)
    }
    guard let version = members.first(where: { $0.key == "version" })?.value else {
      throw PolicyError(.missingKey(key: "version", section: "the policy"), at: tree.location)
    }
    switch version.content {
    case .number("1"):
      return
    case .text(let text) where text.trimmingSpaces == "1":
      return
    case .number(let text), .string(let text), .text(let text):
      throw PolicyError(.unsupportedVersion(text), at: version.location)
    default:
      throw PolicyError(.unsupportedVersion(version.typeName), at: version.location)
    }
  }
}

/// The reason a file could not be read.
public struct FileReadFailure: Error, Sendable, CustomStringConvertible {
  /// Reason the file could not be read, such as `file not found`.
  public let reason: String

  public init(reason: String) {
    self.reason = reason
  }

  public var description: String { reason }
}
