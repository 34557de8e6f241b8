import Foundation

/// A compact binary form of datasets, for caches: what was read once is loaded again in a
/// millisecond. Decoding checks every length and a checksum, so a truncated or corrupt file is
/// an error, never a trap or wrong data.
public enum DatasetCoding {
  /// The first bytes of the form; the digit is its version (3: numbers as scaled integers or
  /// decimal parts, no longer as text; the checksum by words).
  public static let magic: [UInt8] = Array("UQLDATA3".utf8)

  public struct DecodingError: Error, Equatable, Sendable {
    public var message: String
  }

  /// The datasets as bytes.
  public static func encode(_ datasets: [Dataset]) -> [UInt8] {
    var w = Writer()
    w.bytes(magic)
    w.int(datasets.count)
    for d in datasets {
      w.string(d.name)
      w.string(d.origin)
      w.int(d.table.rowCount)
      w.int(d.table.columns.count)
      for c in d.table.columns { w.column(c) }
    }
    let sum = checksum(w.out)
    w.uint64(sum)
    return w.out
  }

  /// Datasets from bytes made by ``encode(_:)``.
  /// - Throws: ``DecodingError`` for anything else.
  public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> [Dataset] {
    guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else {
      throw DecodingError(message: "not a uql dataset file")
    }
    let body = bytes.count - 8
    var stored: UInt64 = 0
    for k in 0..<8 { stored |= UInt64(bytes[body + k]) << (8 * UInt64(k)) }
    guard checksum(bytes[0..<body]) == stored else { throw DecodingError(message: "checksum mismatch") }
    var r = Reader(bytes: bytes, position: magic.count, end: body)
    let count = try r.count()
    var datasets: [Dataset] = []
    for _ in 0..<count {
      let name = try r.string()
      let origin = try r.string()
      let rows = try r.count()
      let columnCount = try r.count()
      var columns: [Column] = []
      for _ in 0..<columnCount {
        let column = try r.column()
        guard column.count == rows else { throw DecodingError(message: "column length mismatch") }
        columns.append(column)
      }
      datasets.append(Dataset(name: name, table: Table(columns: columns, rowCount: rows), origin: origin))
    }
    guard r.position == body else { throw DecodingError(message: "trailing bytes") }
    return datasets
  }

  /// FNV-1a over 8-byte words (then the last bytes one by one), 64 bits: enough to notice
  /// damage, not a security measure. Each step is a bijection, so a changed word always changes
  /// the sum; by words it costs an eighth of FNV by bytes, which every start-up pays.
  public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
    if let sum = bytes.withContiguousStorageIfAvailable(checksum(buffer:)) { return sum }
    return Array(bytes).withUnsafeBufferPointer(checksum(buffer:))
  }

  static func checksum(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let prime: UInt64 = 0x0000_0100_0000_01B3
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = buffer.count / 8
    let raw = UnsafeRawBufferPointer(buffer)
    for k in 0..<words {
      hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))) &* prime
    }
    for byte in buffer[(8 * words)...] { hash = (hash ^ UInt64(byte)) &* prime }
    return hash
  }

  struct Writer {
    var out: [UInt8] = []

    mutating func bytes(_ b: [UInt8]) { out += b }
    mutating func uint64(_ v: UInt64) { for k in 0..<8 { out.append(UInt8((v >> (8 * UInt64(k))) & 0xFF)) } }
    mutating func int(_ v: Int) { uint64(UInt64(bitPattern: Int64(v))) }
    mutating func string(_ s: String) {
      int(s.utf8.count)
      out += s.utf8
    }
    mutating func optionalString(_ s: String?) {
      out.append(s == nil ? 0 : 1)
      if let s { string(s) }
    }

    mutating func type(_ t: ValueType) {
      switch t {
      case .text: out.append(0)
      case .integer: out.append(1)
      case .number: out.append(2)
      case .boolean: out.append(3)
      case .date: out.append(4)
      case .null: out.append(5)
      case .enumeration(let domain):
        out.append(6)
        string(domain.name)
        int(domain.values.count)
        for v in domain.values { string(v) }
      }
    }

    mutating func column(_ c: Column) {
      string(c.name)
      type(c.type)
      switch c.storage {
      case .integers(let a):
        out.append(0)
        int(a.count)
        for v in a {
          out.append(v == nil ? 0 : 1)
          int(v ?? 0)
        }
      case .numbers(let a):
        out.append(1)
        int(a.count)
        // Every digit (not `Value.format`'s 12 decimals): a cached run must compare and
        // compute with the same numbers as an uncached one.
        for v in a {
          guard let v else {
            out.append(0)
            continue
          }
          guard let parts = DecimalParts(v) else {
            out.append(2)  // NaN
            continue
          }
          out.append(parts.negative ? 3 : 1)
          int(parts.exponent)
          uint64(UInt64(truncatingIfNeeded: parts.significand))
          uint64(UInt64(truncatingIfNeeded: parts.significand >> 64))
        }
      case .scaledNumbers(let s):
        out.append(6)
        int(s.scale)
        int(s.count)
        for u in s.units { int(Int(u)) }
      case .booleans(let a):
        out.append(2)
        int(a.count)
        for v in a { out.append(v == nil ? 2 : (v! ? 1 : 0)) }
      case .dates(let a):
        out.append(3)
        int(a.count)
        for v in a {
          out.append(v == nil ? 0 : 1)
          int(v?.daysSinceEpoch ?? 0)
        }
      case .texts(let a):
        out.append(4)
        int(a.count)
        for v in a { optionalString(v) }
      case .dictionary(let codes, let values):
        out.append(5)
        int(values.count)
        for v in values { string(v) }
        int(codes.count)
        for code in codes { int(Int(code)) }
      }
    }
  }

  struct Reader {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    mutating func byte() throws(DecodingError) -> UInt8 {
      guard position < end else { throw DecodingError(message: "truncated") }
      defer { position += 1 }
      return bytes[position]
    }

    mutating func int() throws(DecodingError) -> Int {
      guard end - position >= 8 else { throw DecodingError(message: "truncated") }
      let v = bytes.withUnsafeBytes { raw in
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
      }
      position += 8
      return Int(Int64(bitPattern: v))
    }

    /// A count that must fit in what is left of the file (each item takes at least a byte).
    mutating func count() throws(DecodingError) -> Int {
      let n = try int()
      guard n >= 0, n <= end - position else { throw DecodingError(message: "bad count") }
      return n
    }

    mutating func string() throws(DecodingError) -> String {
      let n = try count()
      defer { position += n }
      return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    mutating func optionalString() throws(DecodingError) -> String? {
      try byte() == 0 ? nil : try string()
    }

    mutating func type() throws(DecodingError) -> ValueType {
      switch try byte() {
      case 0: return .text
      case 1: return .integer
      case 2: return .number
      case 3: return .boolean
      case 4: return .date
      case 5: return .null
      case 6:
        let name = try string()
        let n = try count()
        var values: [String] = []
        for _ in 0..<n { values.append(try string()) }
        return .enumeration(EnumDomain(name: name, values: values))
      default: throw DecodingError(message: "bad type")
      }
    }

    mutating func column() throws(DecodingError) -> Column {
      let name = try string()
      let type = try type()
      let storage: ColumnStorage
      switch try byte() {
      case 0:
        let n = try count()
        var a: [Int?] = []
        a.reserveCapacity(n)
        for _ in 0..<n {
          let present = try byte()
          let v = try int()
          a.append(present == 0 ? nil : v)
        }
        storage = .integers(a)
      case 1:
        let n = try count()
        var a: [Decimal?] = []
        a.reserveCapacity(n)
        for _ in 0..<n {
          let flag = try byte()
          switch flag {
          case 0: a.append(nil)
          case 2: a.append(Decimal.nan)
          case 1, 3:
            let exponent = try int()
            let low = UInt64(bitPattern: Int64(try int()))
            let high = UInt64(bitPattern: Int64(try int()))
            let parts = DecimalParts(
              negative: flag == 3, significand: UInt128(high) << 64 | UInt128(low), exponent: exponent)
            guard let d = parts.decimal else { throw DecodingError(message: "bad number") }
            a.append(d)
          default: throw DecodingError(message: "bad number")
          }
        }
        storage = .numbers(a)
      case 2:
        let n = try count()
        var a: [Bool?] = []
        for _ in 0..<n {
          switch try byte() {
          case 0: a.append(false)
          case 1: a.append(true)
          case 2: a.append(nil)
          default: throw DecodingError(message: "bad boolean")
          }
        }
        storage = .booleans(a)
      case 3:
        let n = try count()
        var a: [Day?] = []
        for _ in 0..<n {
          let present = try byte()
          let v = try int()
          // Only days of the years 1–9999 are dates; anything else is damage.
          guard present == 0 || (-719_162...2_932_896).contains(v) else { throw DecodingError(message: "bad date") }
          a.append(present == 0 ? nil : Day(daysSinceEpoch: v))
        }
        storage = .dates(a)
      case 4:
        let n = try count()
        var a: [String?] = []
        a.reserveCapacity(n)
        for _ in 0..<n { a.append(try optionalString()) }
        storage = .texts(a)
      case 5:
        let valueCount = try count()
        var values: [String] = []
        for _ in 0..<valueCount { values.append(try string()) }
        let n = try count()
        var codes: [Int32] = []
        codes.reserveCapacity(n)
        for _ in 0..<n {
          let code = try int()
          guard code >= -1, code < values.count else { throw DecodingError(message: "bad code") }
          codes.append(Int32(code))
        }
        storage = .dictionary(codes: codes, values: values)
      case 6:
        let scale = try int()
        let n = try count()
        guard n <= (end - position) / 8 else { throw DecodingError(message: "truncated") }
        var units: [Int64] = []
        units.reserveCapacity(n)
        for _ in 0..<n { units.append(Int64(try int())) }
        guard let numbers = ScaledNumbers(units: units, scale: scale) else { throw DecodingError(message: "bad scale") }
        storage = .scaledNumbers(numbers)
      default:
        throw DecodingError(message: "bad storage")
      }
      return Column(name: name, type: type, storage: storage)
    }
  }
}
