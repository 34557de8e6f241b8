import FuzzDriver
import UQLFormats
import UQLSources

/// A text stream that keeps only the length, so writing costs no memory.
struct Sink: TextOutputStream {
  var count = 0
  mutating func write(_ string: String) { count += string.utf8.count }
}

/// libFuzzer entry point: bytes through the CSV, TSV, JSON and NDJSON readers, then the table
/// through every result writer. The first byte picks the format, so one corpus covers all four.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTabular(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let first = bytes.first else { return 0 }
  let formats: [TabularFormat] = [.csv, .tsv, .json, .ndjson]
  guard let table = try? TabularReader.read(Array(bytes.dropFirst()), format: formats[Int(first) % formats.count])
  else { return 0 }
  // What was read is written in every output format, at a width the first byte picks: the
  // writers see text from untrusted files (wide characters, controls, long cells).
  var sink = Sink()
  let options = FormatOptions(nullText: first & 0x10 == 0 ? nil : "∅", maxWidth: Int(first % 64) + 1)
  for format in OutputFormat.allCases { ResultWriter.write(table, as: format, options: options, to: &sink) }
  return 0
}

/// SwiftPM links executables with `main` renamed to `FuzzTabular_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzTabular_main")
func fuzzTabularMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzDriver(argc, argv) { data, size in
    guard let data else { return 0 }
    return fuzzTabular(data, size)
  }
}
