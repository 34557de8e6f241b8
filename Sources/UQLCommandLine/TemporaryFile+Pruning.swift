import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension TemporaryFile {
  /// How old a temporary file whose name holds no process id must be before it is taken to be
  /// left behind.
  static let staleAge: TimeInterval = 3600

  /// Who left a temporary file behind, as its name tells.
  enum Owner: Equatable {
    case process(pid_t)
    /// The name holds no process id: only its age tells.
    case unnamed
  }

  /// Names earlier versions gave their temporary files, besides `STEM.uql-PID.tmp`.
  enum LegacyName {
    /// `STEM.PID.tmp`: the report cache's.
    case processID
    /// `STEM.XXXXXX.tmp` (mkstemps): the history's.
    case random
    /// `.dat.nosyncPID.XXXXXX`, the process id in hex: Foundation's atomic writes, the cache's.
    case foundation
  }

  /// Removes the temporary files in `directory` whose names start with `prefix` and that a
  /// process left behind when it was killed: those whose process is no longer running, and
  /// those whose name holds no process id and that are older than ``staleAge``.
  /// - Parameter legacy: other names to look for, from earlier versions.
  /// - Returns: the names removed.
  @discardableResult
  static func pruneStale(in directory: String, prefix: String, legacy: [LegacyName] = [], now: Date = Date())
    -> [String]
  {
    let listed = directory.isEmpty ? "." : directory
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
    var removed: [String] = []
    for name in names {
      guard let owner = owner(of: name, prefix: prefix, legacy: legacy) else { continue }
      let path = (listed as NSString).appendingPathComponent(name)
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
      let stale: Bool
      switch owner {
      case .process(let pid): stale = pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
      case .unnamed: stale = now.timeIntervalSince1970 - TimeInterval(info.st_mtim.tv_sec) > staleAge
      }
      if stale, unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }

  /// Whether `name` is a temporary file, and who left it; nil for any other name.
  static func owner(of name: String, prefix: String, legacy: [LegacyName]) -> Owner? {
    if legacy.contains(.foundation), name.hasPrefix(".dat.nosync") {
      let hex = name.dropFirst(".dat.nosync".count).prefix { $0 != "." }
      return pid_t(hex, radix: 16).map(Owner.process) ?? .unnamed
    }
    guard name.hasPrefix(prefix), name.hasSuffix(".tmp"), name.count > prefix.count + 4 else { return nil }
    let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
    guard let last = parts.last, parts.count > 1 else { return nil }
    // STEM.uql-PID-XXXXXX (this version's) or STEM.uql-PID (`.output`'s before).
    if last.hasPrefix("uql-") {
      let fields = last.dropFirst(4).split(separator: "-", omittingEmptySubsequences: false)
      guard fields.count <= 2, let pid = pid_t(fields[0]) else { return nil }
      return .process(pid)
    }
    if legacy.contains(.processID), let pid = pid_t(last) { return .process(pid) }
    if legacy.contains(.random), last.count == 6 { return .unnamed }
    return nil
  }
}
