import UQLValues

/// Writes a result table in one of the ``OutputFormat``s to any text stream.
public enum ResultWriter {
  /// Writes `table` as `format`.
  ///
  /// - Parameters:
  ///   - table: The rows to write.
  ///   - format: The output format.
  ///   - options: Header, null text and width settings.
  ///   - output: Where the text goes; every line, the last included, ends with `\n`.
  public static func write(
    _ table: Table, as format: OutputFormat, options: FormatOptions = FormatOptions(),
    to output: inout some TextOutputStream
  ) {
    switch format {
    case .table: BoxTableWriter.write(table, options: options, to: &output)
    case .csv: DelimitedWriter.write(table, style: .csv, options: options, to: &output)
    case .tsv: DelimitedWriter.write(table, style: .tsv, options: options, to: &output)
    case .json: JSONWriter.write(table, lines: false, options: options, to: &output)
    case .ndjson: JSONWriter.write(table, lines: true, options: options, to: &output)
    case .markdown: MarkdownWriter.write(table, options: options, to: &output)
    case .sql: SQLWriter.write(table, options: options, to: &output)
    case .line: LineWriter.write(table, options: options, to: &output)
    }
  }

  /// Returns `table` written as `format`, for callers that want a string.
  public static func string(
    _ table: Table, as format: OutputFormat, options: FormatOptions = FormatOptions()
  ) -> String {
    var text = ""
    write(table, as: format, options: options, to: &text)
    return text
  }
}
