/// A named table that queries can start from, with a note on where it came from.
public struct Dataset: Sendable {
  public var name: String
  public var table: Table
  /// Where the rows came from (a file, a directory of reports, a `let`).
  public var origin: String

  public init(name: String, table: Table, origin: String) {
    self.name = name
    self.table = table
    self.origin = origin
  }
}
