import Testing

@testable import Guesswork

@Suite struct PolicyMergeTests {
  private func parse(_ text: String, file: String) throws -> PolicyValue {
    try JSONReader.parse(Array(text.utf8), file: file)
  }

  private func keys(_ value: PolicyValue) -> [String] {
    value.members?.map(\.key) ?? []
  }

  @Test func mergesSectionsKeyByKey() throws {
    let parent = try parse(
      #"{"version": 1, "name": "p", "length": {"minimum": 8, "maximum": 64}}"#, file: "p")
    let child = try parse(#"{"version": 1, "name": "c", "length": {"minimum": 12}}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    let length = try #require(merged.members?.first { $0.key == "length" }?.value.members)
    #expect(length.map(\.key) == ["minimum", "maximum"])
    #expect(length[0].value.content == .number("12"))
    #expect(length[0].value.location.file == "c")
    #expect(length[1].value.location.file == "p")
  }

  @Test func changedSectionDropsInheritedDoc() throws {
    // The parent's doc explains its minimum of 15; the child's minimum of 16
    // would make that explanation false, so it is not inherited.
    let parent = try parse(
      #"{"version": 1, "name": "p", "length": {"minimum": 15, "doc": "at least 15"}}"#, file: "p")
    let child = try parse(#"{"version": 1, "name": "c", "length": {"minimum": 16}}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    let length = try #require(merged.members?.first { $0.key == "length" }?.value.members)
    #expect(length.map(\.key) == ["minimum"])
  }

  @Test func untouchedSectionKeepsInheritedDoc() throws {
    let parent = try parse(
      #"{"version": 1, "name": "p", "length": {"minimum": 15, "doc": "at least 15"}}"#, file: "p")
    let child = try parse(
      #"{"version": 1, "name": "c", "strength": {"minimum_score": 3}}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    let length = try #require(merged.members?.first { $0.key == "length" }?.value.members)
    #expect(length.map(\.key) == ["minimum", "doc"])
  }

  @Test func arraysReplaceRatherThanAppend() throws {
    let parent = try parse(
      #"{"version": 1, "name": "p", "prohibits": ["character_classes"]}"#, file: "p")
    let child = try parse(#"{"version": 1, "name": "c", "prohibits": ["rotation"]}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    let prohibits = try #require(merged.members?.first { $0.key == "prohibits" }?.value)
    guard case .array(let entries) = prohibits.content else {
      Issue.record("expected an array")
      return
    }
    #expect(entries.map(\.content) == [.string("rotation")])
  }

  @Test func nullRemovesKeysAtAnyDepth() throws {
    let parent = try parse(
      #"""
      {"version": 1, "name": "p", "length": {"minimum": 8, "maximum": 64},
       "history": {"remember": 3}}
      """#,
      file: "p")
    let child = try parse(
      #"{"version": 1, "name": "c", "length": {"maximum": null}, "history": null}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    #expect(keys(merged) == ["length", "version", "name"])
    let length = try #require(merged.members?.first { $0.key == "length" }?.value)
    #expect(keys(length) == ["minimum"])
  }

  @Test func nullWithoutParentIsDropped() throws {
    let alone = try parse(
      #"{"version": 1, "name": "c", "length": {"minimum": 8, "maximum": null}}"#, file: "c")
    let merged = PolicyMerge.merge(alone, over: nil)
    let length = try #require(merged.members?.first { $0.key == "length" }?.value)
    #expect(keys(length) == ["minimum"])
  }

  @Test func fileOnlyKeysComeFromTheChild() throws {
    let parent = try parse(
      #"{"version": 1, "name": "p", "description": "parent", "doc": "d"}"#, file: "p")
    let child = try parse(#"{"version": 1, "name": "c"}"#, file: "c")
    let merged = PolicyMerge.merge(child, over: parent)
    #expect(keys(merged) == ["version", "name"])
  }
}
