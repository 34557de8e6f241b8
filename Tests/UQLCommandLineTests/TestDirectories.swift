import Foundation

/// Where the tests put their files: one directory per test process under the system's temporary
/// directory, so a run leaves one directory behind, not hundreds. The directories of runs whose
/// process has ended are removed when the next run starts.
enum TestDirectories {
  static let prefix = "uql-tests-"

  static let root: URL = {
    let files = FileManager.default
    let base = files.temporaryDirectory
    for name in (try? files.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
      guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? files.removeItem(at: base.appendingPathComponent(name))
    }
    let root = base.appendingPathComponent(prefix + String(getpid()))
    try? files.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }()

  /// A path for a new directory or file named `name` and a unique suffix (not created).
  static func unique(_ name: String) -> URL {
    root.appendingPathComponent("\(name)-\(UUID().uuidString)")
  }
}
