import Foundation

/// File names for `.load` and `.read`: the one piece of completion that needs the file system.
enum PathCompletion {
  /// Paths that start with `prefix`, as typed (a leading `~/` is kept); directories end in `/`.
  /// Hidden files only when the name typed so far starts with a dot.
  static func candidates(for prefix: String) -> [String] {
    let slash = prefix.lastIndex(of: "/")
    let directory = slash.map { String(prefix[...$0]) } ?? ""
    let name = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
    let listed = directory.isEmpty ? "." : (directory as NSString).expandingTildeInPath
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
    return entries.filter { $0.hasPrefix(name) && (name.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map {
      var isDirectory: ObjCBool = false
      let full = (listed as NSString).appendingPathComponent($0)
      let marker = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
      return directory + $0 + (marker ? "/" : "")
    }
  }
}
