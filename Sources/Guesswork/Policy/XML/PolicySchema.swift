import CLibXML2

/// The compiled XML schema of policy files, parsed once and shared.
///
/// libxml2 allows one parsed schema to serve validation contexts on several
/// threads; each validation creates its own context.
final class PolicySchema: @unchecked Sendable {
  /// The schema, or nil when the embedded text failed to compile, which
  /// only a broken build can cause.
  let schema: xmlSchemaPtr?

  static let shared = PolicySchema()

  private init() {
    let bytes = Array(Self.xsd.utf8)
    schema = bytes.withUnsafeBufferPointer { buffer -> xmlSchemaPtr? in
      buffer.baseAddress.flatMap { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
          guard let context = xmlSchemaNewMemParserCtxt(text, Int32(buffer.count)) else {
            return nil
          }
          defer { xmlSchemaFreeParserCtxt(context) }
          return xmlSchemaParse(context)
        }
      }
    }
  }

  /// Validates a document and returns libxml2's errors; empty when valid.
  func validate(_ document: xmlDocPtr) -> [XMLErrorCollector.Entry] {
    let collector = XMLErrorCollector()
    guard let schema, let context = xmlSchemaNewValidCtxt(schema) else {
      return [
        XMLErrorCollector.Entry(
          message: "the embedded policy schema did not compile", line: 0, column: 0, node: nil)
      ]
    }
    defer { xmlSchemaFreeValidCtxt(context) }
    let unmanaged = Unmanaged.passUnretained(collector).toOpaque()
    xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.handler, unmanaged)
    let result = withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document) }
    if result != 0 && collector.entries.isEmpty {
      return [
        XMLErrorCollector.Entry(
          message: "validation failed (libxml2 code \(result))", line: 0, column: 0, node: nil)
      ]
    }
    return collector.entries
  }
}
