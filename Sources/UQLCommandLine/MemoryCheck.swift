import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Whether memory can be had, asked before a large allocation. Two limits are invisible to
/// Swift, which ends the process when it cannot have memory: a limit on the address space
/// (`ulimit -v`, `prlimit --as`), where malloc says no and lets uql report an error, and the
/// memory limit of the process's control group (a container, `systemd-run -p MemoryMax=`), where
/// malloc says yes and the kernel kills the process when the pages are touched.
enum MemoryCheck {
  /// Whether `bytes` could be allocated now (their address space is mapped and unmapped at
  /// once; no page is touched) and fit in the room the control group leaves.
  /// (A system call, not `malloc`/`free`: the optimiser removes a pair whose memory is never
  /// used, and the release build then said yes to any size.)
  static func canAllocate(_ bytes: Int) -> Bool {
    guard bytes > 0 else { return true }
    if let room = controlGroupRoom(), bytes > room { return false }
    let pointer = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    guard let pointer, pointer != MAP_FAILED else { return false }
    munmap(pointer, bytes)
    return true
  }

  /// The bytes the process's control groups let it take beyond what they hold now, or nil
  /// when no limit applies (or none can be read).
  static func controlGroupRoom() -> Int? {
    guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
    return ControlGroupMemory.room(membership: membership) { try? String(contentsOfFile: $0, encoding: .utf8) }
  }
}

/// The memory limits of a process's control groups, read from the files Linux gives them (v2:
/// `memory.max`, `memory.current`; v1: `memory.limit_in_bytes`, `memory.usage_in_bytes`). A
/// limit binds every group below it, so each group on the path is asked and the least room
/// wins. Reclaimable page cache (`inactive_file` in `memory.stat`) counts as room, as container
/// tools count it. Pure: the file contents come through `read`.
enum ControlGroupMemory {
  /// Where the hierarchies are mounted.
  static let root = "/sys/fs/cgroup"

  /// The room under the limits, or nil when no group on the path has one.
  /// - Parameters:
  ///   - membership: The contents of `/proc/self/cgroup` (`0::/user.slice/…` for v2,
  ///     `4:memory:/docker/…` for v1).
  ///   - read: The contents of a file, nil when it cannot be read.
  static func room(membership: String, read: (String) -> String?) -> Int? {
    var rooms: [Int] = []
    for line in membership.split(separator: "\n") {
      let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      let controllers = fields[1].split(separator: ",")
      if fields[0] == "0", controllers.isEmpty {
        rooms += groups(String(fields[2]), under: root).compactMap {
          room(limit: read($0 + "/memory.max"), usage: read($0 + "/memory.current"), stat: read($0 + "/memory.stat"),
            inactive: "inactive_file")
        }
      } else if controllers.contains("memory") {
        rooms += groups(String(fields[2]), under: root + "/memory").compactMap {
          room(
            limit: read($0 + "/memory.limit_in_bytes"), usage: read($0 + "/memory.usage_in_bytes"),
            stat: read($0 + "/memory.stat"), inactive: "total_inactive_file")
        }
      }
    }
    return rooms.min()
  }

  /// The directories of a group and of every group above it, the hierarchy's root last. In a
  /// container the group's path may name directories its own mount does not show: the files
  /// that cannot be read are passed over.
  static func groups(_ path: String, under mount: String) -> [String] {
    var parts = path.split(separator: "/").map(String.init)
    var directories: [String] = []
    while !parts.isEmpty {
      directories.append(mount + "/" + parts.joined(separator: "/"))
      parts.removeLast()
    }
    directories.append(mount)
    return directories
  }

  /// The room one group leaves: its limit less its usage, the inactive page cache given back;
  /// nil without a limit (`max`, or v1's page-rounded largest number).
  static func room(limit: String?, usage: String?, stat: String?, inactive: String) -> Int? {
    guard let limitText = limit?.trimmingCharacters(in: .whitespacesAndNewlines),
      let limit = Int(limitText), limit < 1 << 60,
      let usageText = usage?.trimmingCharacters(in: .whitespacesAndNewlines), let used = Int(usageText)
    else { return nil }
    var cache = 0
    for line in (stat ?? "").split(separator: "\n") {
      let pair = line.split(separator: " ")
      if pair.count == 2, pair[0] == inactive, let n = Int(pair[1]) { cache = n }
    }
    return max(0, limit - max(0, used - cache))
  }
}
