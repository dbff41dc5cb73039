import CLibXML2

/// Turns a validated policy document into a `PolicyValue` tree.
struct XMLTreeConverter {
  let document: xmlDocPtr
  let offsets: [xmlNodePtr: Int]
  let index: XMLSourceIndex

  /// Converts an element into an object.
  mutating func convert(_ element: xmlNodePtr) throws(PolicyError) -> PolicyValue {
    let location = elementLocation(element)
    var members = attributes(of: element)
    var lists: [String: (location: SourceLocation, values: [PolicyValue])] = [:]
    var listOrder: [String] = []
    var seen: Set<String> = []
    for child in elementChildren(of: element) {
      let name = XMLPolicyReader.name(of: child)
      let childLocation = elementLocation(child)
      if let key = XMLPolicyReader.listElements[name] {
        let text = content(of: child)
        let value = XMLPolicyReader.tokenLists.contains(name) ? text.trimmingSpaces : text
        if lists[key] == nil {
          lists[key] = (childLocation, [])
          listOrder.append(key)
        }
        lists[key]?.values.append(PolicyValue(.text(value), at: childLocation))
        continue
      }
      guard seen.insert(name).inserted else {
        throw PolicyError(.duplicateKey(name), at: childLocation)
      }
      let value =
        XMLPolicyReader.textElements.contains(name)
        ? PolicyValue(.string(content(of: child)), at: childLocation) : try convert(child)
      members.append(PolicyMember(key: name, keyLocation: childLocation, value: value))
    }
    for key in listOrder {
      guard let list = lists[key] else { continue }
      members.append(
        PolicyMember(
          key: key, keyLocation: list.location,
          value: PolicyValue(.array(list.values), at: list.location)))
    }
    return PolicyValue(.object(members), at: location)
  }

  private func attributes(of element: xmlNodePtr) -> [PolicyMember] {
    var members: [PolicyMember] = []
    let elementOffset = offsets[element]
    var attribute = element.pointee.properties
    while let current = attribute {
      let name =
        current.pointee.name.map {
          String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
        } ?? ""
      let value = current.withMemoryRebound(to: xmlNode.self, capacity: 1) { text(ofNode: $0) }
      var keyLocation = elementLocation(element)
      var valueLocation = keyLocation
      if let elementOffset,
        let found = index.attributeOffsets(named: name, elementOffset: elementOffset)
      {
        keyLocation = index.location(ofOffset: found.name)
        valueLocation = index.location(ofOffset: found.value)
      }
      members.append(
        PolicyMember(
          key: name, keyLocation: keyLocation, value: PolicyValue(.text(value), at: valueLocation)))
      attribute = current.pointee.next
    }
    return members
  }

  private func elementChildren(of element: xmlNodePtr) -> [xmlNodePtr] {
    var children: [xmlNodePtr] = []
    var child = element.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { children.append(current) }
      child = current.pointee.next
    }
    return children
  }

  private func content(of element: xmlNodePtr) -> String {
    text(ofNode: element)
  }

  /// Returns the text content of an element or attribute node.
  ///
  /// The content goes through an `xmlBuffer` so that Swift never calls
  /// libxml2's `xmlFree`, a global function pointer that Swift 6 cannot read
  /// safely from concurrent code.
  private func text(ofNode node: xmlNodePtr) -> String {
    guard let buffer = xmlBufferCreate() else { return "" }
    defer { xmlBufferFree(buffer) }
    guard xmlNodeBufGetContent(buffer, node) == 0, let content = xmlBufferContent(buffer) else {
      return ""
    }
    return String(cString: UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
  }

  private func elementLocation(_ element: xmlNodePtr) -> SourceLocation {
    offsets[element].map(index.location(ofOffset:)) ?? index.location(ofLine: xmlGetLineNo(element))
  }
}
