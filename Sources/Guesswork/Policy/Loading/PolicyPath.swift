/// Path arithmetic for files that policies name.
///
/// A path inside a policy (an `extends` file or a blocklist) is relative to
/// the directory of the policy file that names it, unless it is absolute.
enum PolicyPath {
  /// Resolves `path` against the directory of `referencingFile`.
  static func resolve(_ path: String, relativeTo referencingFile: String) -> String {
    guard !path.hasPrefix("/") else { return normalize(path) }
    let directory = directory(of: referencingFile)
    return normalize(directory.isEmpty ? path : directory + "/" + path)
  }

  /// Returns the directory part of a path, or "" when it has none.
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Removes `.` components and folds `name/..` pairs, so that one file
  /// reached by two spellings gets one name in messages and cycle checks.
  static func normalize(_ path: String) -> String {
    let isAbsolute = path.hasPrefix("/")
    var components: [Substring] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      if component == "." {
        continue
      }
      if component == "..", let last = components.last, last != ".." {
        components.removeLast()
      } else if component == ".." && isAbsolute {
        continue
      } else {
        components.append(component)
      }
    }
    let joined = components.joined(separator: "/")
    return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}

/// Reads the blocklist files a policy names, when the policy loads.
struct BlocklistReader {
  let readFile: (String) throws -> [UInt8]

  /// Reads one list, or reports why it cannot and returns nil.
  ///
  /// Entries are lines; a trailing CR is removed and empty lines are
  /// skipped. A line that is not UTF-8 is an error naming the line.
  func read(_ path: String, at location: SourceLocation, state: DecodingState) -> BlocklistFile? {
    let resolved = PolicyPath.resolve(path, relativeTo: location.file)
    let bytes: [UInt8]
    do {
      bytes = try readFile(resolved)
    } catch {
      state.report(.unreadableBlocklist(path: resolved, reason: "\(error)"), at: location)
      return nil
    }
    var keys: Set<String> = []
    for (offset, line) in bytes.split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false
    ).enumerated() {
      let content = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
      guard !content.isEmpty else { continue }
      guard let entry = String(validating: content, as: UTF8.self) else {
        state.report(
          .invalidBlocklist(path: resolved, line: offset + 1, reason: "invalid UTF-8"), at: location
        )
        return nil
      }
      do {
        keys.insert(try UnicodeNormalizer.normalized(entry, to: .comparisonKey))
      } catch {
        state.report(
          .invalidBlocklist(path: resolved, line: offset + 1, reason: "\(error)"), at: location)
        return nil
      }
    }
    return BlocklistFile(path: path, keys: keys)
  }
}
