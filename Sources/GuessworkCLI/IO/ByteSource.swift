#if canImport(Glibc)
  import Glibc
#endif

/// Where the tool reads bytes from: standard input or, in tests, memory.
public protocol ByteSource: AnyObject {
  /// Returns the next chunk of bytes, or an empty array at the end of the
  /// input or after a read error.
  func readChunk() -> [UInt8]
  /// Why reading failed, if it did.
  var failure: String? { get }
}

extension ByteSource {
  public var failure: String? { nil }
}

/// Reads a file descriptor in large chunks.
public final class FileDescriptorSource: ByteSource {
  private let descriptor: Int32
  private let chunkSize: Int
  public private(set) var failure: String?

  public init(descriptor: Int32, chunkSize: Int = 1 << 16) {
    self.descriptor = descriptor
    self.chunkSize = chunkSize
  }

  public func readChunk() -> [UInt8] {
    guard failure == nil else { return [] }
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunkSize) }
      if count >= 0 {
        return Array(chunk[0..<count])
      }
      if errno != EINTR {
        failure = String(cString: strerror(errno))
        return []
      }
    }
  }
}

/// Serves bytes held in memory, in chunks of a given size.
public final class MemorySource: ByteSource {
  private var remaining: ArraySlice<UInt8>
  private let chunkSize: Int

  public init(_ bytes: [UInt8], chunkSize: Int = 1 << 16) {
    self.remaining = bytes[...]
    self.chunkSize = chunkSize
  }

  public convenience init(_ text: String, chunkSize: Int = 1 << 16) {
    self.init(Array(text.utf8), chunkSize: chunkSize)
  }

  public func readChunk() -> [UInt8] {
    let chunk = remaining.prefix(chunkSize)
    remaining = remaining.dropFirst(chunk.count)
    return Array(chunk)
  }
}
