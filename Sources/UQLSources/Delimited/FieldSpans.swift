/// One column's raw fields as places in the file's bytes, so a million rows do not become a
/// million strings before their type is known. Fields that needed unescaping (CSV `""`,
/// TSV `\t`) keep their text aside.
struct FieldSpans {
  /// Byte offset of each field.
  var starts: [Int] = []
  /// Byte length; ``null`` for an empty field, ``unescaped`` when the text is in `texts`.
  var lengths: [Int32] = []
  /// Unescaped text by row.
  var texts: [Int: String] = [:]

  static let null: Int32 = -1
  static let unescaped: Int32 = -2

  var count: Int { lengths.count }

  mutating func reserveCapacity(_ n: Int) {
    starts.reserveCapacity(n)
    lengths.reserveCapacity(n)
  }

  mutating func appendNull() {
    starts.append(0)
    lengths.append(Self.null)
  }

  mutating func append(start: Int, length: Int) {
    starts.append(start)
    lengths.append(Int32(length))
  }

  mutating func append(text: String?) {
    guard let text else { return appendNull() }
    texts[lengths.count] = text
    starts.append(0)
    lengths.append(Self.unescaped)
  }

  func isNull(_ row: Int) -> Bool { lengths[row] == Self.null }

  /// The field's bytes, or nil for null and unescaped fields.
  func bytes(_ row: Int, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let length = Int(lengths[row])
    guard length >= 0 else { return nil }
    return UnsafeBufferPointer(rebasing: buffer[starts[row]..<(starts[row] + length)])
  }

  /// The field as text (nil for null).
  func text(_ row: Int, in buffer: UnsafeBufferPointer<UInt8>) -> String? {
    switch lengths[row] {
    case Self.null: return nil
    case Self.unescaped: return texts[row]
    default: return String(decoding: bytes(row, in: buffer)!, as: UTF8.self)
    }
  }
}
