import FuzzDriver
import UQLReports

/// libFuzzer entry point: report bytes through decoding, layout detection, extraction and the
/// catalog. Any input must end in datasets or a report error, never a trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if case .success(let reading) = ReportReader.read(bytes: bytes, file: "fuzz.txt") {
    _ = ReportCatalog.datasets([reading])
  }
  return 0
}

/// SwiftPM links executables with `main` renamed to `FuzzReport_main`; hand control to
/// libFuzzer's driver from there.
@_cdecl("FuzzReport_main")
func fuzzReportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzDriver(argc, argv) { data, size in
    guard let data else { return 0 }
    return fuzzReport(data, size)
  }
}
