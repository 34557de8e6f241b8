import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Whether memory can be had, asked before a large allocation: where the address space is
/// limited (`ulimit -v`, `prlimit --as`), Swift ends the process when an allocation fails, while
/// malloc says no and lets uql report an error.
enum MemoryCheck {
  /// Whether `bytes` could be allocated now (they are allocated and freed at once; no page is
  /// touched).
  static func canAllocate(_ bytes: Int) -> Bool {
    guard bytes > 0 else { return true }
    guard let pointer = malloc(bytes) else { return false }
    free(pointer)
    return true
  }
}
