#if canImport(Glibc)
  import Glibc
#endif

/// Where the tool writes text: standard output, standard error or memory.
public protocol OutputSink: AnyObject {
  func write(_ bytes: [UInt8])
  func flush()
  /// Why a write failed, if one did; later writes are dropped.
  var failure: String? { get }
}

extension OutputSink {
  public var failure: String? { nil }

  public func write(_ text: String) {
    write(Array(text.utf8))
  }
}

/// Buffers output and writes it to a file descriptor in large blocks.
public final class FileDescriptorSink: OutputSink {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let limit: Int
  public private(set) var failure: String?

  public init(descriptor: Int32, bufferSize: Int = 1 << 16) {
    self.descriptor = descriptor
    self.limit = bufferSize
    buffer.reserveCapacity(bufferSize)
  }

  deinit { flush() }

  public func write(_ bytes: [UInt8]) {
    guard failure == nil else { return }
    buffer.append(contentsOf: bytes)
    if buffer.count >= limit {
      flush()
    }
  }

  public func flush() {
    var offset = 0
    while offset < buffer.count, failure == nil {
      let written = buffer[offset...].withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress, $0.count)
      }
      if written >= 0 {
        offset += written
      } else if errno != EINTR {
        failure = String(cString: strerror(errno))
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Collects output in memory, for tests.
public final class MemorySink: OutputSink {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  public func write(_ bytes: [UInt8]) {
    self.bytes.append(contentsOf: bytes)
  }

  public func flush() {}

  /// The collected output decoded as UTF-8.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
