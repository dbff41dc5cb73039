/// Which keys neighbour each key of a keyboard layout.
///
/// Each key has a fixed list of neighbour slots, one per direction, in the
/// order the zxcvbn data gives them. A slot contains the characters of the
/// neighbouring key (unshifted first, then shifted), or nothing at an edge.
/// A walk's direction is the index of the slot it moves through.
public struct KeyboardGraph: Sendable {
  /// Name of the layout.
  public let name: KeyboardLayoutName
  /// Neighbour slots for each key, keyed by the key's scalar value.
  let neighbors: [UInt32: [[UInt32]?]]
  /// The same slots for ASCII keys, indexed by scalar value, so that the
  /// common case needs no hashing.
  private let asciiNeighbors: [[[UInt32]?]?]

  init(name: KeyboardLayoutName, neighbors: [UInt32: [[UInt32]?]]) {
    self.name = name
    self.neighbors = neighbors
    self.asciiNeighbors = (0..<128).map { neighbors[UInt32($0)] }
  }

  /// Returns the neighbour slots of a key, or nil when the layout lacks it.
  func slots(of key: UInt32) -> [[UInt32]?]? {
    key < 128 ? asciiNeighbors[Int(key)] : neighbors[key]
  }

  /// Number of keys, used as the number of starting positions of a walk.
  public var keyCount: Int { neighbors.count }

  /// Mean number of existing neighbours per key.
  public var averageDegree: Double {
    guard !neighbors.isEmpty else { return 0 }
    let total = neighbors.values.reduce(0) { sum, slots in
      sum + slots.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
    }
    return Double(total) / Double(neighbors.count)
  }
}
