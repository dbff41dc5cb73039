/// Combines a policy tree with the tree it extends.
///
/// Objects merge key by key, recursively, so a child that sets
/// `"length": {"minimum": 14}` keeps the parent's `length.maximum`. Any
/// other value in the child, arrays included, replaces the parent's. A
/// `null` in the child removes the key, which is how a child drops a rule it
/// inherits. The keys that describe one file (`$schema`, `version`, `name`,
/// `description`, `doc`, `extends`) are never inherited, and neither is a
/// section's `doc` once the child changes a setting of that section.
enum PolicyMerge {
  /// Top-level keys that belong to one file only.
  static let fileOnlyKeys: Set<String> = [
    "$schema", "version", "name", "description", "doc", "extends",
  ]

  /// Merges `child` over `parent`; both are policy roots.
  static func merge(_ child: PolicyValue, over parent: PolicyValue?) -> PolicyValue {
    guard let parentMembers = parent?.members, let childMembers = child.members else {
      return withoutNulls(child)
    }
    let inherited = parentMembers.filter { !fileOnlyKeys.contains($0.key) }
    return PolicyValue(.object(mergeMembers(childMembers, over: inherited)), at: child.location)
  }

  private static func mergeMembers(_ child: [PolicyMember], over parent: [PolicyMember])
    -> [PolicyMember]
  {
    let childByKey = Dictionary(child.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    var result: [PolicyMember] = []
    for member in parent {
      guard let override = childByKey[member.key] else {
        result.append(member)
        continue
      }
      if let merged = mergeMember(override, over: member) {
        result.append(merged)
      }
    }
    let parentKeys = Set(parent.map(\.key))
    for member in child where !parentKeys.contains(member.key) {
      if let kept = mergeMember(member, over: nil) {
        result.append(kept)
      }
    }
    return result
  }

  /// Returns the merged member, or nil when the child removes the key.
  private static func mergeMember(_ child: PolicyMember, over parent: PolicyMember?)
    -> PolicyMember?
  {
    switch child.value.content {
    case .null:
      return nil
    case .object(let childMembers):
      var parentMembers = parent?.value.members ?? []
      // A section's `doc` explains its figures; once the child changes a
      // figure, the parent's explanation may no longer be true.
      if childMembers.contains(where: { $0.key != "doc" }) {
        parentMembers.removeAll { $0.key == "doc" }
      }
      let value = PolicyValue(
        .object(mergeMembers(childMembers, over: parentMembers)), at: child.value.location)
      return PolicyMember(key: child.key, keyLocation: child.keyLocation, value: value)
    default:
      return child
    }
  }

  private static func withoutNulls(_ value: PolicyValue) -> PolicyValue {
    guard let members = value.members else { return value }
    return PolicyValue(.object(mergeMembers(members, over: [])), at: value.location)
  }
}
