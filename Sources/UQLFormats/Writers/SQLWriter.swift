import Foundation
import UQLValues

/// Writes a table as SQL that sqlite3, DuckDB and PostgreSQL all load unchanged, and that a
/// second load into the same database refuses without adding a row.
///
/// The rows go into a staging table, `uql_load_NAME`, renamed to `NAME` last, in one
/// transaction: where `NAME` exists the rename fails. psql and DuckDB then abort the
/// transaction; the sqlite3 shell goes on after an error, so a closing `DROP TABLE IF EXISTS`
/// removes the staging table there (after a rename that worked, it finds nothing). A plain
/// `CREATE TABLE NAME` then `INSERT INTO NAME` would, in sqlite3, add the rows to the
/// existing table; `CREATE TABLE … AS` from a temporary table would lose the column types in
/// sqlite3. The staging name starts with `uql_load_` so that PostgreSQL, which cuts names at
/// 63 bytes, never cuts it to `NAME`.
///
/// Types: integer → BIGINT, number → DECIMAL(38, s) with s the largest scale in the column (exact
/// in all three), boolean → BOOLEAN, date → DATE, text and enums → TEXT. Identifiers are
/// double-quoted, text single-quoted with quotes doubled.
enum SQLWriter {
  static func write(_ table: Table, options: FormatOptions, to output: inout some TextOutputStream) {
    let name = quotedIdentifier(options.tableName)
    let staging = quotedIdentifier(stagingPrefix + options.tableName)
    let columns = table.columns.map { "\(quotedIdentifier($0.name)) \(sqlType(of: $0))" }
    output.write("BEGIN;\n")
    output.write("CREATE TABLE \(staging) (\(columns.joined(separator: ", ")));\n")
    let columnList = table.columns.map { quotedIdentifier($0.name) }.joined(separator: ", ")
    for row in 0..<table.rowCount {
      let values = table.columns.map { literal($0[row]) }.joined(separator: ", ")
      output.write("INSERT INTO \(staging) (\(columnList)) VALUES (\(values));\n")
    }
    output.write("ALTER TABLE \(staging) RENAME TO \(name);\n")
    output.write("DROP TABLE IF EXISTS \(staging);\n")
    output.write("COMMIT;\n")
  }

  /// What the staging table's name starts with.
  static let stagingPrefix = "uql_load_"

  static func sqlType(of column: Column) -> String {
    switch column.type {
    case .integer: return "BIGINT"
    case .number:
      var scale = 0
      for row in 0..<column.count {
        if case .number(let d) = column[row] { scale = max(scale, Self.scale(of: d)) }
      }
      return "DECIMAL(38, \(min(scale, 18)))"
    case .boolean: return "BOOLEAN"
    case .date: return "DATE"
    case .text, .enumeration, .null: return "TEXT"
    }
  }

  /// Digits after the decimal point in the value as uql prints it.
  static func scale(of d: Decimal) -> Int {
    let text = Value.format(d)
    guard let dot = text.firstIndex(of: ".") else { return 0 }
    return text.distance(from: dot, to: text.endIndex) - 1
  }

  static func literal(_ value: Value) -> String {
    switch value {
    case .null: return "NULL"
    case .integer(let i): return String(i)
    case .number(let d): return Value.format(d)
    case .boolean(let b): return b ? "TRUE" : "FALSE"
    case .date(let d): return "'\(d)'"
    case .text(let s): return quotedString(s)
    }
  }

  static func quotedString(_ s: String) -> String {
    // NUL cannot be stored as text in PostgreSQL; U+FFFD keeps the row loadable.
    "'" + s.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") + "'"
  }

  static func quotedIdentifier(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
