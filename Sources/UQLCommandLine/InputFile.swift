import Foundation
import UQLReports

/// Reads input files whole, but never more than the readers take: a file larger than the cap,
/// or a device such as `/dev/zero` that never ends, is an error rather than all the memory.
enum InputFile {
  /// The largest report or script file read: ``ReportReader/maximumFileSize`` (64 MiB).
  static let maximumSize = ReportReader.maximumFileSize
  /// The largest table file (CSV, TSV, JSON, NDJSON) read: 2 GiB less a byte, so every field
  /// length and every dictionary code fits the readers' 32-bit counts. In memory a table takes
  /// about 2.5 times its file.
  static let maximumTableSize = Int(Int32.max)

  /// Why a file was not read.
  enum Failure: Error {
    case missing, directory, unreadable
    case tooLarge(atLeast: Int, limit: Int)

    func message(_ path: String) -> String {
      switch self {
      case .missing: return "\(path): no such file"
      case .directory: return "\(path): is a directory"
      case .unreadable: return "\(path): cannot read the file"
      case .tooLarge(let size, let limit): return "\(path): file is \(size) bytes; the limit is \(limit)"
      }
    }
  }

  /// The bytes of `path`, at most `limit` of them.
  static func read(_ path: String, limit: Int = maximumSize) -> Result<[UInt8], Failure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
    if isDirectory.boolValue { return .failure(.directory) }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    if size > limit { return .failure(.tooLarge(atLeast: size, limit: limit)) }
    if attributes?[.type] as? FileAttributeType == .typeRegular {
      return FileBytes.read(path).map { .success($0) } ?? .failure(.unreadable)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
    defer { try? handle.close() }
    // A pipe or a device (`-f <(…)`, /dev/zero) reports no size: read in pieces up to the cap.
    var bytes: [UInt8] = []
    while true {
      let piece: Data?
      do { piece = try handle.read(upToCount: 1 << 20) } catch { return .failure(.unreadable) }
      guard let piece, !piece.isEmpty else { return .success(bytes) }
      bytes += piece
      if bytes.count > limit { return .failure(.tooLarge(atLeast: bytes.count, limit: limit)) }
    }
  }

  /// The bytes of `path`, or nil after saying why not on standard error.
  static func bytes(_ path: String, limit: Int = maximumSize) -> [UInt8]? {
    switch read(path, limit: limit) {
    case .success(let bytes): return bytes
    case .failure(let failure):
      Terminal.standardError.write("uql: error: \(failure.message(path))\n")
      return nil
    }
  }
}
