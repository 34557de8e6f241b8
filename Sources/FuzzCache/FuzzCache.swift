import FuzzDriver
import UQLSources
import UQLValues

/// libFuzzer entry point: the report cache's binary form (``DatasetCoding``), which uql reads
/// back from disk. Odd first byte: the rest is a body, given the right magic and checksum so
/// the decoder itself is reached. Even first byte: the rest (after two position bytes) is read
/// as CSV and encoded; with first byte 0 it must decode to the same table, otherwise the byte at
/// the position is changed (XOR with the first byte) and the checksum fixed before decoding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard bytes.count >= 3 else { return 0 }
  let magic = DatasetCoding.magic
  var encoded: [UInt8]
  if bytes[0] & 1 == 1 {
    encoded = magic + bytes.dropFirst()
  } else {
    guard let table = try? TabularReader.read(Array(bytes.dropFirst(3)), format: .csv) else { return 0 }
    let dataset = Dataset(name: "t", table: table, origin: "fuzz")
    encoded = DatasetCoding.encode([dataset])
    if bytes[0] == 0 {
      guard let decoded = try? DatasetCoding.decode(encoded), decoded.count == 1 else {
        fatalError("an encoded table does not decode")
      }
      let again = decoded[0].table
      guard again.rowCount == table.rowCount, again.columnNames == table.columnNames,
        (0..<table.rowCount).allSatisfy({ again.row($0) == table.row($0) })
      else { fatalError("a table changed through the cache's binary form") }
      return 0
    }
    encoded.removeLast(8)
    let at = magic.count + (Int(bytes[1]) << 8 | Int(bytes[2])) % max(1, encoded.count - magic.count)
    if at < encoded.count { encoded[at] ^= bytes[0] }
  }
  let sum = DatasetCoding.checksum(encoded)
  for k in 0..<8 { encoded.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(k)))) }
  _ = try? DatasetCoding.decode(encoded)
  return 0
}

/// SwiftPM links executables with `main` renamed to `FuzzCache_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzCache_main")
func fuzzCacheMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzDriver(argc, argv) { data, size in
    guard let data else { return 0 }
    return fuzzCache(data, size)
  }
}
