import Foundation

/// Text compared and hashed by its UTF-8 bytes. Swift's `String` hashes and compares by
/// canonical equivalence, normalising non-ASCII text on every call; uql's text is NFC already
/// (``TextDecoding`` normalises it), so bytes decide, several times faster.
public struct ExactText: Hashable, Sendable {
  public let text: String

  public init(_ text: String) { self.text = text }

  public static func == (a: ExactText, b: ExactText) -> Bool {
    guard a.text.utf8.count == b.text.utf8.count else { return false }
    // One memcmp over contiguous UTF-8, not a generic walk of two UTF-8 views.
    var (x, y) = (a.text, b.text)
    return x.withUTF8 { p in
      y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
    }
  }

  public func hash(into hasher: inout Hasher) {
    var copy = text
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
