import UQLValues

/// Writes the `csv` and `tsv` formats, one record per line ending in `\n`.
///
/// CSV follows RFC 4180 quoting: a field is quoted when it holds `,`, `"`, `\r` or `\n`, starts
/// or ends with a space, or is an empty (non-null) text, so that it differs from a null; inner
/// quotes are doubled. TSV never quotes but escapes as PostgreSQL's text format does: `\\`,
/// `\t`, `\n` and `\r`. Nulls are empty fields unless `nullText` says otherwise. A table without
/// columns writes nothing.
enum DelimitedWriter {
  enum Style { case csv, tsv }

  static func write(
    _ table: Table, style: Style, options: FormatOptions, to output: inout some TextOutputStream
  ) {
    guard !table.columns.isEmpty else { return }
    let separator = style == .csv ? "," : "\t"
    let null = options.nullText ?? ""
    if options.header {
      output.write(table.columns.map { field($0.name, style) }.joined(separator: separator) + "\n")
    }
    for row in 0..<table.rowCount {
      var line = ""
      for (c, column) in table.columns.enumerated() {
        if c > 0 { line += separator }
        if let text = column[row].displayText {
          line += field(text, style)
        } else {
          line += null
        }
      }
      output.write(line + "\n")
    }
  }

  static func field(_ text: String, _ style: Style) -> String {
    switch style {
    case .csv: return csvField(text)
    case .tsv: return tsvField(text)
    }
  }

  static func csvField(_ text: String) -> String {
    let needsQuotes =
      text.isEmpty || text.first == " " || text.last == " "
      || text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func tsvField(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
    else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\t": result += "\\t"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension String {
  /// `self` with every `target` replaced, without Foundation.
  /// Works on scalars, so a quote followed by a combining mark is still found.
  fileprivate func replacingOccurrences(of target: Unicode.Scalar, with replacement: String) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }
}
