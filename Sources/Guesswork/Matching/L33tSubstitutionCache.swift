import Synchronization

/// Substitution sets per combination of substitutes, computed once.
///
/// Enumerating sets depends only on which substitute characters a password
/// holds, and the same few combinations recur across passwords (a `1`, an
/// `@`, a `0`), so each profile keeps the enumerations it has made. The cache
/// is shared between threads behind a lock and stops growing at
/// `maximumEntries`, after which uncached combinations are enumerated anew.
final class L33tSubstitutionCache: Sendable {
  /// Substitution sets for one combination, with the letter each set writes
  /// for each substitute present.
  struct Entry: Sendable {
    let sets: [[(substitute: UInt32, letter: UInt32)]]
    /// Substitutes present, and for each, the letter per set (0 for none).
    let lettersBySubstitute: [(substitute: UInt32, letters: [UInt32])]
  }

  static let maximumEntries = 4096

  private let table: L33tTable
  private let entries = Mutex<[UInt64: Entry]>([:])

  init(table: L33tTable) {
    self.table = table
  }

  /// Returns the sets for the substitutes present in `scalars`, or nil when
  /// none is present.
  func entry(for scalars: [UInt32]) -> Entry? {
    let key = table.presenceKey(in: scalars)
    guard key != 0 else { return nil }
    if let cached = entries.withLock({ $0[key] }) {
      return cached
    }
    let sets = table.restricted(to: key).enumerateSubstitutionSets()
    let substitutes = Set(sets.flatMap { $0.map(\.substitute) }).sorted()
    let entry = Entry(
      sets: sets,
      lettersBySubstitute: substitutes.map { substitute in
        (substitute, sets.map { set in set.first { $0.substitute == substitute }?.letter ?? 0 })
      })
    entries.withLock { cache in
      if cache.count < Self.maximumEntries {
        cache[key] = entry
      }
    }
    return entry
  }
}
