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
}
