import CLibXML2

/// Collects libxml2's structured errors for one parse or validation.
///
/// libxml2 hands errors to a C callback; the collector travels through the
/// callback's context pointer, because a C function cannot capture Swift
/// values.
final class XMLErrorCollector {
  /// One error as libxml2 reported it.
  struct Entry {
    /// The message, with libxml2's trailing line break removed.
    let message: String
    let line: Int
    /// The column libxml2 gives for parse errors, or 0 when it has none.
    let column: Int
    /// The element the error concerns, for validation errors.
    let node: xmlNodePtr?
  }

  private(set) var entries: [Entry] = []

  /// The callback to register with libxml2, with the collector as context.
  static let handler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue()
    collector.record(error.pointee)
  }

  private func record(_ error: xmlError) {
    guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
    let text = error.message.map { String(cString: $0) } ?? "unknown error"
    let node = error.node.map { $0.assumingMemoryBound(to: xmlNode.self) }
    entries.append(
      Entry(
        message: text.trimmingSpaces, line: Int(error.line), column: Int(error.int2), node: node))
  }

  /// Runs `body` with libxml2's structured errors going to this collector.
  ///
  /// libxml2 keeps the handler per thread when it is built with thread
  /// support, as Debian's is, so concurrent loads on other threads keep
  /// their own handlers.
  func collect<Result>(_ body: () -> Result) -> Result {
    let context = Unmanaged.passUnretained(self).toOpaque()
    xmlSetStructuredErrorFunc(context, Self.handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return withExtendedLifetime(self) { body() }
  }
}
