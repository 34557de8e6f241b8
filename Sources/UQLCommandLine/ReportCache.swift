import Foundation
import UQLFormats
import UQLValues

#if canImport(Glibc)
  import Glibc
#endif

/// Datasets read from reports, kept under `$XDG_CACHE_HOME/uql` (default `~/.cache/uql`) and
/// keyed by the reports' contents, the manifest and the uql binary itself, so a second run over
/// the same reports loads in milliseconds. A stale key never matches (any change to a report or
/// to uql gives another key), and a damaged entry fails its checksum and is read again.
/// `UQL_CACHE=` (empty) or `UQL_CACHE=off` turns the cache off; `UQL_CACHE=DIR` puts it
/// elsewhere (`./off` for a directory by that name).
enum ReportCache {
  static var directory: String? {
    let env = ProcessInfo.processInfo.environment
    if let custom = env["UQL_CACHE"] { return custom.isEmpty || custom == "off" ? nil : custom }
    if let xdg = env["XDG_CACHE_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("uql") }
    guard let home = env["HOME"], !home.isEmpty else { return nil }
    return (home as NSString).appendingPathComponent(".cache/uql")
  }

  /// The key for reading `inputs` (name and bytes of each report, and of each manifest).
  static func key(_ inputs: [(name: String, bytes: [UInt8])]) -> String {
    var text = executableIdentity() ?? "uql"
    for input in inputs {
      text += "\n\(input.name)\t\(input.bytes.count)\t\(DatasetCoding.checksum(input.bytes))"
    }
    return String(DatasetCoding.checksum(Array(text.utf8)), radix: 16)
  }

  /// The cached datasets for `key`, or nil when there are none or they do not decode. An entry
  /// that is not a regular file (a pipe would block the read) is passed over with a note, and
  /// replaced when the datasets are stored.
  static func load(_ key: String) -> [Dataset]? {
    guard let directory else { return nil }
    let entry = path(key, in: directory)
    var info = stat()
    if lstat(entry, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      Terminal.standardError.write(
        "uql: note: the cache entry \"\(ControlEscaping.escaped(entry))\" is not a regular file; reading the reports\n")
      return nil
    }
    guard let bytes = FileBytes.read(entry) else {
      // A miss: this run will store an entry; first, what runs killed while storing left.
      TemporaryFile.pruneStale(in: directory, prefix: "rapporter-", legacy: [.processID, .foundation])
      return nil
    }
    return try? DatasetCoding.decode(bytes)
  }

  /// Stores datasets under `key`; failing to (a read-only home) only costs the next run time.
  static func store(_ datasets: [Dataset], as key: String) {
    guard let directory else { return }
    guard (try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
    else { return }
    let target = path(key, in: directory)
    // Written to a file of its own (mode 0600) and renamed into place: a run that reads the
    // entry meanwhile sees the old one or the whole new one.
    guard let temporary = TemporaryFile.create(in: directory, stem: (target as NSString).lastPathComponent) else {
      return
    }
    let written = temporary.write(DatasetCoding.encode(datasets))
    close(temporary.descriptor)
    guard written else { return temporary.remove() }
    guard temporary.rename(to: target) else { return }
    prune(directory, keeping: target)
  }

  /// Keeps the newest entries only: every rebuilt uql and every changed report makes a new one.
  static func prune(_ directory: String, keeping current: String, limit: Int = 16) {
    let manager = FileManager.default
    let entries = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix("rapporter-") && $0.hasSuffix(".uqldata") }
      .map { (directory as NSString).appendingPathComponent($0) }
      .filter { $0 != current }
    guard entries.count >= limit else { return }
    let dated = entries.map { path in
      (path, (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast)
    }
    for (path, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(limit - 1) { unlink(path) }
  }

  static func path(_ key: String, in directory: String) -> String {
    (directory as NSString).appendingPathComponent("rapporter-\(key).uqldata")
  }

  /// The key for the reports bundled into the binary, from the binary's identity alone; nil when
  /// the binary cannot be told apart from another (no /proc): then the reports' bytes must be.
  static func bundledKey() -> String? {
    executableIdentity().map { String(DatasetCoding.checksum(Array(($0 + "\n<bundled>").utf8)), radix: 16) }
  }

  /// Size and modification time of the running uql: a rebuilt uql never reads an older one's
  /// entries.
  static func executableIdentity() -> String? {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return nil }
    return "uql \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }
}
