/// Rejects passwords found on a blocklist: the built-in list of common
/// passwords, word-list files, or both.
///
/// The whole password is compared, not its parts, as NIST SP 800-63B
/// revision 4 asks; parts belong to ``ForbidsSubstrings``. Passwords and
/// file entries compare by ``UnicodeNormalizer/comparisonKey(_:)``, so case,
/// compatibility forms and look-alike characters do not matter. The
/// built-in list is zxcvbn 4.4.2's list of 30,000 passwords from leaked
/// sets, all lowercase; a password matches it when its case-folded NFKC
/// form is among the first `commonPasswords` entries.
///
/// Word-list files are read when the policy loads. A missing or unreadable
/// file is a configuration error, never a failed password.
///
/// Failure: `blocklisted`, once, naming the first list that has the password.
public struct ForbidsBlocklistedPasswords: PasswordRule, Hashable {
  /// How many of the most common built-in passwords to reject, or nil for
  /// none of them.
  public var commonPasswords: Int?
  /// Word lists read from files.
  public var files: [BlocklistFile]

  /// Entries in the built-in list.
  public static let commonPasswordCount = 30_000

  public init(commonPasswords: Int? = nil, files: [BlocklistFile] = []) {
    self.commonPasswords = commonPasswords
    self.files = files
  }

  func violations(of subject: PasswordSubject) -> [RuleViolation] {
    if let commonPasswords, let rank = CommonPasswordList.rank(ofFolded: subject.folded),
      rank <= commonPasswords
    {
      return [.blocklisted(.commonPasswords)]
    }
    guard !files.isEmpty else { return [] }
    let key = UnicodeNormalizer.comparisonKey(subject.password)
    if let file = files.first(where: { $0.keys.contains(key) }) {
      return [.blocklisted(.file(file.path))]
    }
    return []
  }
}

/// A blocklist read from a file: one entry per line, compared by key.
public struct BlocklistFile: Sendable, Hashable {
  /// The path as the policy gives it.
  public let path: String
  /// ``UnicodeNormalizer/comparisonKey(_:)`` of every entry.
  public let keys: Set<String>

  public init(path: String, keys: Set<String>) {
    self.path = path
    self.keys = keys
  }

  /// Creates a list from entries, computing their keys.
  public init(path: String, entries: [String]) {
    self.init(path: path, keys: Set(entries.map(UnicodeNormalizer.comparisonKey)))
  }
}

/// Ranks in zxcvbn's list of common passwords.
enum CommonPasswordList {
  /// Returns the 1-based rank of a case-folded password in the built-in
  /// list, or nil when it is not there.
  static func rank(ofFolded folded: String) -> Int? {
    let profile = ModelProfile.zxcvbn
    let index = profile.wordIndex
    guard let list = index.listNames.firstIndex(of: .passwords) else { return nil }
    let text = folded.unicodeScalars.map(\.value)
    guard !text.isEmpty else { return nil }
    var found: Int?
    index.forEachWord(in: text, from: 0) { end, word in
      if end == text.count - 1 {
        let rank = index.rank(ofWord: word, inList: list)
        found = rank > 0 ? rank : nil
      }
    }
    return found
  }
}
