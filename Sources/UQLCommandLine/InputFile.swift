import Foundation

#if canImport(Glibc)
  import Glibc
#endif
import UQLFormats
import UQLReports
import UQLSources

/// Reads input files whole, but never more than the readers take: a file larger than the cap,
/// or a device such as `/dev/zero` that never ends, is an error rather than all the memory.
enum InputFile {
  /// The largest report or script file read: ``ReportReader/maximumFileSize`` (64 MiB).
  static let maximumSize = ReportReader.maximumFileSize
  /// The largest table file (CSV, TSV, JSON, NDJSON) read: 2 GiB less a byte, so every field
  /// length and every dictionary code fits the readers' 32-bit counts. In memory a table takes
  /// about 2.5 times its file.
  static let maximumTableSize = Int(Int32.max)
  /// The memory reading a table takes besides its bytes, as a multiple of their size; for a
  /// format not known yet (stdin), the most. An estimate, measured on text-heavy tables: a CSV of
  /// 100 MB loads in 470 MB of address space (80 of them uql's own), a JSON file of 46 MB in 300.
  /// Tables of many short numbers take more (a CSV of 72 MB of them, 700 MB).
  static func workingMemory(for format: TabularFormat?) -> Int {
    switch format {
    case .csv?, .tsv?: 3
    case .json?, .ndjson?, nil: 4
    }
  }

  /// The memory a table's cells take once read, about: 32 bytes per cell. A table of many short
  /// cells (`1,2,3,4`) takes far more than ``workingMemory(for:)`` times its file (a CSV of 24 MB
  /// of one-digit cells needs 300 MB), so its cells are counted before it is read: the field
  /// separators and line ends of CSV and TSV, the keys of JSON (quoted ones counted too: an
  /// estimate on the safe side).
  static func cellMemory(_ bytes: [UInt8], format: TabularFormat) -> Int {
    let separator: UInt8
    switch format {
    case .csv: separator = UInt8(ascii: ",")
    case .tsv: separator = UInt8(ascii: "\t")
    case .json, .ndjson: separator = UInt8(ascii: ":")
    }
    var cells = 0
    for byte in bytes where byte == separator || byte == UInt8(ascii: "\n") { cells += 1 }
    return cells * 32
  }

  /// Why a file was not read.
  enum Failure: Error {
    case missing, directory, unreadable
    /// A named pipe that no program has open for writing.
    case noWriter
    case tooLarge(atLeast: Int, limit: Int)
    /// The memory reading it needs (`needed` bytes in all) is not to be had.
    case outOfMemory(size: Int, needed: Int)

    func message(_ path: String) -> String { "\(path): \(reason)" }

    /// Why, without the file's name.
    var reason: String {
      switch self {
      case .missing: return "no such file"
      case .directory: return "is a directory"
      case .unreadable: return "cannot read the file"
      case .noWriter: return "a named pipe that no program writes to"
      case .tooLarge(let size, let limit): return "file is \(size) bytes; the limit is \(limit)"
      case .outOfMemory(let size, let needed):
        return "file is \(size) bytes; reading it needs about \(needed) bytes of memory, more than uql can have"
      }
    }
  }

  /// The bytes of `path`, at most `limit` of them.
  /// - Parameter working: the memory what reads the bytes takes besides them, as a multiple of
  ///   their size: the file is refused when its bytes and that are not to be had.
  static func read(_ path: String, limit: Int = maximumSize, working: Int = 0) -> Result<[UInt8], Failure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
    if isDirectory.boolValue { return .failure(.directory) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    if size > limit { return .failure(.tooLarge(atLeast: size, limit: limit)) }
    let needed = size * (1 + working)
    guard MemoryCheck.canAllocate(needed) else { return .failure(.outOfMemory(size: size, needed: needed)) }
    if attributes?[.type] as? FileAttributeType == .typeRegular {
      return FileBytes.read(path).map { .success($0) } ?? .failure(.unreadable)
    }
    // A named pipe blocks its opener until a writer comes, which may be never: opened without
    // waiting, a pipe that nothing writes to is refused; one with a writer is read to its end.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.unreadable) }
    let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable) }
    var first: [UInt8] = []
    if (info.st_mode & S_IFMT) == S_IFIFO {
      var byte: UInt8 = 0
      let n = Glibc.read(fd, &byte, 1)
      if n == 0, path != "/dev/stdin" { return .failure(.noWriter) }
      if n == 1 { first = [byte] }
    }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    // A pipe or a device (`-f <(…)`, /dev/zero) reports no size: read in pieces up to the cap.
    var bytes = first
    while true {
      let piece: Data?
      do { piece = try handle.read(upToCount: 1 << 20) } catch { return .failure(.unreadable) }
      guard let piece, !piece.isEmpty else {
        let needed = bytes.count * (1 + working)
        guard MemoryCheck.canAllocate(bytes.count * working) else {
          return .failure(.outOfMemory(size: bytes.count, needed: needed))
        }
        return .success(bytes)
      }
      // The array grows by doubling: the new storage is allocated while the old is held.
      if bytes.count + piece.count > bytes.capacity, !MemoryCheck.canAllocate(2 * (bytes.count + piece.count)) {
        return .failure(.outOfMemory(size: bytes.count + piece.count, needed: 3 * (bytes.count + piece.count)))
      }
      bytes += piece
      if bytes.count > limit { return .failure(.tooLarge(atLeast: bytes.count, limit: limit)) }
    }
  }

  /// The bytes of `path`, or nil after saying why not on standard error.
  static func bytes(_ path: String, limit: Int = maximumSize, working: Int = 0) -> [UInt8]? {
    switch read(path, limit: limit, working: working) {
    case .success(let bytes): return bytes
    case .failure(let failure):
      Terminal.standardError.write("uql: error: \(ControlEscaping.escaped(failure.message(path)))\n")
      return nil
    }
  }
}
