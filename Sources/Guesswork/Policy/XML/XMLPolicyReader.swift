import CLibXML2

/// Reads a policy written in XML into the same tree a JSON policy gives.
///
/// The document is parsed by libxml2 without network access and without
/// expanding entities, rejected if it declares a DTD, and validated against
/// the shipped schema (`policies/schema/policy.xsd`). Then elements become
/// objects, attributes become members with untyped text, repeated list
/// elements (`<required>`, `<class>`, `<layout>`, `<substring>`, `<file>`,
/// `<accept>`, `<prohibits>`) become arrays, and `<description>` and `<doc>`
/// become strings, so the JSON decoder checks the result.
///
///     <policy version="1" name="team" extends="nist-800-63b-4">
///       <length minimum="16"/>
///     </policy>
enum XMLPolicyReader {
  /// Child elements that collect into an array, with the key of that array.
  static let listElements = [
    "required": "required", "class": "classes", "layout": "layouts", "substring": "substrings",
    "file": "files", "accept": "accept", "prohibits": "prohibits",
  ]
  /// List elements whose entries are names, compared after trimming spaces.
  static let tokenLists: Set = ["required", "class", "layout", "accept", "prohibits"]
  /// Child elements whose text content is the value.
  static let textElements: Set = ["description", "doc"]

  /// Parses and validates an XML policy.
  ///
  /// - Throws: `PolicyError` with libxml2's parse or schema errors, each at
  ///   the line libxml2 gives and the column found in the text.
  static func parse(_ bytes: [UInt8], file: String) throws(PolicyError) -> PolicyValue {
    var index = XMLSourceIndex(bytes: bytes, file: file)
    guard let document = try parseDocument(bytes, index: index) else {
      throw PolicyError(.xmlSyntax("the document is empty"), at: index.location(ofLine: 1))
    }
    defer { xmlFreeDoc(document) }
    guard document.pointee.intSubset == nil else {
      let declaration = index.offset(of: "<!DOCTYPE").map(index.location(ofOffset:))
      throw PolicyError(
        .xmlSyntax("a DTD is not allowed in a policy file; remove the <!DOCTYPE> declaration"),
        at: declaration ?? index.location(ofLine: 1))
    }
    guard let root = xmlDocGetRootElement(document) else {
      throw PolicyError(
        .xmlSyntax("the document has no root element"), at: index.location(ofLine: 1))
    }
    let offsets = indexElements(root, index: &index)
    let schemaErrors = PolicySchema.shared.validate(document)
    guard schemaErrors.isEmpty else {
      throw PolicyError(schemaErrors.map { schemaProblem($0, offsets: offsets, index: index) })
    }
    var converter = XMLTreeConverter(document: document, offsets: offsets, index: index)
    return try converter.convert(root)
  }

  private static func parseDocument(_ bytes: [UInt8], index: XMLSourceIndex) throws(PolicyError)
    -> xmlDocPtr?
  {
    let collector = XMLErrorCollector()
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)
    let document = collector.collect {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.flatMap { base in
          base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
            xmlReadMemory(text, Int32(clamping: buffer.count), nil, nil, options)
          }
        }
      }
    }
    if let first = collector.entries.first {
      if let document { xmlFreeDoc(document) }
      let line = index.location(ofLine: first.line)
      let location = SourceLocation(file: line.file, line: line.line, column: max(first.column, 1))
      throw PolicyError(.xmlSyntax(first.message), at: location)
    }
    return document
  }

  /// Records where every element starts, in document order.
  private static func indexElements(_ root: xmlNodePtr, index: inout XMLSourceIndex) -> [xmlNodePtr:
    Int]
  {
    var offsets: [xmlNodePtr: Int] = [:]
    var stack: [xmlNodePtr] = [root]
    while let node = stack.popLast() {
      if let offset = index.elementOffset(named: name(of: node), endingOnLine: xmlGetLineNo(node)) {
        offsets[node] = offset
      }
      var children: [xmlNodePtr] = []
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
        child = current.pointee.next
      }
      stack += children.reversed()
    }
    return offsets
  }

  /// Returns a schema error located at its element, or at the attribute its
  /// message names.
  private static func schemaProblem(
    _ entry: XMLErrorCollector.Entry, offsets: [xmlNodePtr: Int], index: XMLSourceIndex
  ) -> PolicyProblem {
    var location = index.location(ofLine: entry.line)
    // An error about an attribute names the attribute node; its element
    // is the parent.
    let element = entry.node.map { node in
      node.pointee.type == XML_ATTRIBUTE_NODE ? node.pointee.parent ?? node : node
    }
    if let element, let elementOffset = offsets[element] {
      location = index.location(ofOffset: elementOffset)
      if let attribute = attributeName(in: entry.message),
        let found = index.attributeOffsets(named: attribute, elementOffset: elementOffset)
      {
        location = index.location(ofOffset: found.value)
      }
    }
    return PolicyProblem(.xmlSchema(entry.message), at: location)
  }

  /// Returns the attribute a libxml2 schema message names as `attribute 'NAME'`.
  private static func attributeName(in message: String) -> String? {
    guard let start = message.range(of: "attribute '")?.upperBound,
      let end = message[start...].firstIndex(of: "'")
    else { return nil }
    return String(message[start..<end])
  }

  static func name(of node: xmlNodePtr) -> String {
    node.pointee.name.map {
      String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
    } ?? ""
  }
}
