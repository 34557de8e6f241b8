import Foundation
import UQLReports

/// Reads input files whole, refusing one larger than the readers take before reading it.
enum InputFile {
  /// The largest data file read (reports and tables alike): ``ReportReader/maximumFileSize``.
  static let maximumSize = ReportReader.maximumFileSize

  /// The bytes of `path`, or nil after reporting why not on standard error.
  static func bytes(_ path: String) -> [UInt8]? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      Terminal.standardError.write("uql: error: \(path): no such file\n")
      return nil
    }
    if isDirectory.boolValue {
      Terminal.standardError.write("uql: error: \(path): is a directory\n")
      return nil
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    if size > maximumSize {
      Terminal.standardError.write("uql: error: \(path): file is \(size) bytes; the limit is \(maximumSize)\n")
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      Terminal.standardError.write("uql: error: \(path): cannot read the file\n")
      return nil
    }
    return Array(data)
  }
}
