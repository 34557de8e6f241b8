/// The tabular text formats uql reads as datasets.
public enum TabularFormat: String, CaseIterable, Sendable {
  case csv
  case tsv
  case json
  case ndjson

  /// The format a file name extension (without the dot, any case) stands for, if any.
  ///
  /// `tab` reads as TSV and `jsonl` as NDJSON.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "json": self = .json
    case "ndjson", "jsonl": self = .ndjson
    default: return nil
    }
  }

  /// The format of text given without a file name (`--data -`): JSON when it starts with `[`,
  /// NDJSON with `{`, TSV when its first line holds a tab, else CSV.
  public static func sniffed(_ bytes: [UInt8]) -> TabularFormat {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let first = bytes[start...].first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    if first == UInt8(ascii: "[") { return .json }
    if first == UInt8(ascii: "{") { return .ndjson }
    let line = bytes[start...].prefix { $0 != 0x0A }
    return line.contains(0x09) ? .tsv : .csv
  }
}
