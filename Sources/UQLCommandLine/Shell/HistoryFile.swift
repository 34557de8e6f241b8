import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The shell's history on disk: one statement per line (line breaks inside a statement written
/// as `\n`), oldest first, at most `limit` entries. Every change rewrites the file to a
/// temporary file renamed into place under a lock, merged with what other shells wrote, so
/// neither a crash nor two shells at once can corrupt or lose it.
struct HistoryFile {
  static let header = "# uql history v1"

  let path: String
  let limit: Int

  init(path: String, limit: Int = 10_000) {
    self.path = path
    self.limit = limit
  }

  /// The saved entries, oldest first; none when the file does not exist or cannot be read.
  func load() -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return HistoryFile.decode(String(decoding: data, as: UTF8.self))
  }

  /// Appends an entry, after what any other shell saved meanwhile, and keeps the last `limit`.
  /// - Throws: a message when the directory or the file cannot be written.
  func append(_ entry: String) throws(HistoryError) {
    try createDirectory()
    // A device or pipe named as the history (`UQL_HISTORY=/dev/full`) would be replaced by a
    // regular file when the new history is renamed into place: refused instead.
    var info = stat()
    if lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      throw HistoryError(message: "the history file \"\(path)\" is not a regular file")
    }
    // Never through a link: a link planted at the lock's name must not create its target.
    let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
    if lock >= 0 { _ = flock(lock, LOCK_EX) }
    defer {
      if lock >= 0 {
        _ = flock(lock, LOCK_UN)
        close(lock)
      }
    }
    if lock >= 0 {
      // Under the lock no other shell is writing: what a killed one left is removed.
      TemporaryFile.pruneStale(
        in: (path as NSString).deletingLastPathComponent, prefix: (path as NSString).lastPathComponent + ".",
        legacy: [.random, .processID])
    }
    var entries = load()
    if entries.last != entry { entries.append(entry) }
    if entries.count > limit { entries.removeFirst(entries.count - limit) }
    try write(entries)
  }

  private func createDirectory() throws(HistoryError) {
    let directory = (path as NSString).deletingLastPathComponent
    guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw HistoryError(message: "cannot create the history directory \"\(directory)\"")
    }
  }

  private func write(_ entries: [String]) throws(HistoryError) {
    // A new file of a name no one could plant beforehand (created exclusively, mode 0600).
    let failure = HistoryError(message: "cannot write the history file \"\(path)\"")
    guard
      let temporary = TemporaryFile.create(
        in: (path as NSString).deletingLastPathComponent, stem: (path as NSString).lastPathComponent)
    else { throw failure }
    let written = temporary.write(Array(HistoryFile.encode(entries).utf8))
    let synced = fsync(temporary.descriptor) == 0
    close(temporary.descriptor)
    guard written, synced else {
      temporary.remove()
      throw failure
    }
    guard temporary.rename(to: path) else { throw failure }
  }

  static func encode(_ entries: [String]) -> String {
    var out = header + "\n"
    for entry in entries {
      for c in entry.unicodeScalars {
        switch c {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default: out.unicodeScalars.append(c)
        }
      }
      out += "\n"
    }
    return out
  }

  static func decode(_ text: String) -> [String] {
    var entries: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line != header {
      var entry = String.UnicodeScalarView()
      var escaping = false
      for c in line.unicodeScalars {
        if escaping {
          switch c {
          case "n": entry.append("\n")
          case "r": entry.append("\r")
          default: entry.append(c)
          }
          escaping = false
        } else if c == "\\" {
          escaping = true
        } else {
          entry.append(c)
        }
      }
      entries.append(String(entry))
    }
    return entries
  }

  struct HistoryError: Error {
    var message: String
  }
}
