import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files into byte arrays without an intermediate `Data` copy, so a large table
/// is in memory once while it is parsed.
enum FileBytes {
  /// The file's bytes, or nil when it cannot be opened or read.
  static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
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
