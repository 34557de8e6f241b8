import Foundation
import UQLValues

/// Type inference straight from the file's bytes: the same rules as for texts (see
/// ``TypeInference``), but numbers and dates are parsed in place and repeated text becomes a
/// dictionary entry once, so a column is never a million strings on its way to its type.
extension TypeInference {
  static func column(named name: String, spans: FieldSpans, in buffer: UnsafeBufferPointer<UInt8>) -> Column {
    if (0..<spans.count).contains(where: { !spans.isNull($0) }) {
      if let values = parseAll(spans, buffer, integer(bytes:), integer) {
        return Column(name: name, type: .integer, storage: .integers(values))
      }
      if let storage = numbers(spans, buffer) {
        return Column(name: name, type: .number, storage: storage)
      }
      if let values = parseAll(spans, buffer, { date(String(decoding: $0, as: UTF8.self)) }, date) {
        return Column(name: name, type: .date, storage: .dates(values))
      }
      if let values = parseAll(spans, buffer, { boolean(String(decoding: $0, as: UTF8.self)) }, boolean) {
        return Column(name: name, type: .boolean, storage: .booleans(values))
      }
      if TextFolding.looseKey(name) == "status",
        let column = statusColumn(named: name, texts: (0..<spans.count).map { spans.text($0, in: buffer) })
      {
        return column
      }
    }
    return Column(name: name, type: .text, storage: encodeText(spans, buffer))
  }

  /// Every field parsed (nulls stay nil), or nil as soon as one does not parse.
  static func parseAll<T>(
    _ spans: FieldSpans, _ buffer: UnsafeBufferPointer<UInt8>, _ fromBytes: (UnsafeBufferPointer<UInt8>) -> T?,
    _ fromText: (String) -> T?
  ) -> [T?]? {
    var result: [T?] = []
    result.reserveCapacity(spans.count)
    for row in 0..<spans.count {
      if spans.isNull(row) {
        result.append(nil)
      } else if let bytes = spans.bytes(row, in: buffer) {
        guard let value = fromBytes(bytes) else { return nil }
        result.append(value)
      } else {
        guard let text = spans.texts[row], let value = fromText(text) else { return nil }
        result.append(value)
      }
    }
    return result
  }

  static func integer(bytes b: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    var negative = false
    if b.count > 0, b[0] == UInt8(ascii: "+") || b[0] == UInt8(ascii: "-") {
      negative = b[0] == UInt8(ascii: "-")
      i = 1
    }
    guard i < b.count else { return nil }
    var value = 0
    while i < b.count {
      let c = b[i]
      guard c >= 0x30 && c <= 0x39 else { return nil }
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (a, o2) = negative ? m.subtractingReportingOverflow(Int(c - 0x30)) : m.addingReportingOverflow(Int(c - 0x30))
      if o1 || o2 { return nil }
      value = a
      i += 1
    }
    return value
  }

  /// The fields as numbers, scaled integers when they fit; nil as soon as one is no number.
  static func numbers(_ spans: FieldSpans, _ buffer: UnsafeBufferPointer<UInt8>) -> ColumnStorage? {
    var scaled = ScaledNumbers()
    scaled.reserveCapacity(spans.count)
    for row in 0..<spans.count {
      if spans.isNull(row) {
        scaled.appendNull()
        continue
      }
      let digits: SwedishNumber.Digits?
      if let bytes = spans.bytes(row, in: buffer) {
        digits = number(digitsOf: bytes)
      } else {
        digits = spans.texts[row].flatMap { text in
          var text = text
          return text.withUTF8 { number(digitsOf: $0) }
        }
      }
      guard let digits else { return nil }
      guard let significand = digits.significand,
        scaled.append(significand: significand, negative: digits.negative, scale: digits.scale)
      else {
        // Too many digits for integers: decimals, parsed again.
        return parseAll(spans, buffer, number(bytes:), number).map(ColumnStorage.numbers)
      }
    }
    return .scaledNumbers(scaled)
  }

  static func number(digitsOf b: UnsafeBufferPointer<UInt8>) -> SwedishNumber.Digits? {
    guard b.count <= 64, let digits = SwedishNumber.digits(bytes: b), digits.unit == nil else { return nil }
    return digits
  }

  static func number(bytes b: UnsafeBufferPointer<UInt8>) -> Decimal? {
    guard b.count <= 64, let parsed = SwedishNumber.parse(bytes: b), parsed.unit == nil else { return nil }
    return parsed.value
  }

  /// Dictionary-encodes text by its bytes, making one string per distinct value; mostly
  /// distinct text (names, comments) gives up early and becomes plain strings.
  static func encodeText(_ spans: FieldSpans, _ buffer: UnsafeBufferPointer<UInt8>) -> ColumnStorage {
    var index: [ByteKey: Int32] = [:]
    var dictionary: [String] = []
    var codes: [Int32] = []
    codes.reserveCapacity(spans.count)
    let limit = max(16, spans.count / 2)
    for row in 0..<spans.count {
      if spans.isNull(row) {
        codes.append(-1)
        continue
      }
      let key = spans.bytes(row, in: buffer).map(ByteKey.bytes) ?? ByteKey.text(spans.texts[row] ?? "")
      if let code = index[key] {
        codes.append(code)
        continue
      }
      if dictionary.count >= limit || (row >= 4096 && dictionary.count * 2 > row) {
        return .texts((0..<spans.count).map { spans.text($0, in: buffer) })
      }
      let code = Int32(dictionary.count)
      index[key] = code
      dictionary.append(key.string)
      codes.append(code)
    }
    return .dictionary(codes: codes, values: dictionary)
  }
}

/// Text as dictionary keys by its UTF-8 bytes: a slice of the file, or an unescaped string.
enum ByteKey: Hashable {
  case bytes(UnsafeBufferPointer<UInt8>)
  case text(String)

  var string: String {
    switch self {
    case .bytes(let b): return String(decoding: b, as: UTF8.self)
    case .text(let s): return s
    }
  }

  private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch self {
    case .bytes(let b): return body(b)
    case .text(let s):
      var copy = s
      return copy.withUTF8(body)
    }
  }

  static func == (a: ByteKey, b: ByteKey) -> Bool {
    a.withBytes { x in b.withBytes { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
  }

  func hash(into hasher: inout Hasher) {
    withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}
