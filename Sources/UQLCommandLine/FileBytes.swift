import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files into byte arrays without an intermediate `Data` copy, so a large table
/// is in memory once while it is parsed.
enum FileBytes {
  /// The file's bytes, or nil when it cannot be opened or read, is not a regular file, or there
  /// is not the memory to hold it.
  static func read(_ path: String) -> [UInt8]? {
    // Without blocking: opening a pipe for reading waits for a writer, which may never come.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    // Read straight into the array's own storage: no zero-filled chunk to fault in and copy,
    // which was a quarter of a one-shot run's page faults. One byte more than the size tells
    // end-of-file in one pass; a file that grew while read goes on in chunks.
    let size = max(Int(info.st_size), 0)
    guard MemoryCheck.canAllocate(size + 1) else { return nil }
    var failed = false
    var result = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
      initialized = 0
      while initialized < buffer.count {
        let n = Glibc.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
        if n < 0 {
          if errno == EINTR { continue }
          failed = true
          return
        }
        if n == 0 { return }
        initialized += n
      }
    }
    guard !failed else { return nil }
    guard result.count > size else { return result }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if n == 0 { return result }
      result.append(contentsOf: chunk[0..<n])
    }
  }
}
