import ArgumentParser
import UQLFormats
import UQLValues

/// `uql datasets`: every dataset with its row count, columns and origin.
struct DatasetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "datasets", abstract: "List datasets with row counts.")

  @OptionGroup var data: DataOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    var runner = try Runner(data: data.settings, output: output.settings)
    runner.print(Catalog.datasetList(runner.session.datasets))
    try runner.finish()
  }
}

/// `uql schema NAME`: the columns of a dataset with their types.
struct SchemaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "schema", abstract: "Show the columns and types of a dataset.")

  @Argument(help: "The dataset.") var name: String
  @OptionGroup var data: DataOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    var runner = try Runner(data: data.settings, output: output.settings)
    guard let dataset = runner.session.dataset(named: name) else {
      let names = runner.session.datasets.map { ControlEscaping.escaped($0.name) }.joined(separator: ", ")
      Terminal.standardError.write("uql: error: unknown dataset \"\(ControlEscaping.escaped(name))\"\nhelp: datasets are: \(names)\n")
      throw Failure(status: .dataError)
    }
    runner.print(Catalog.schema(of: dataset))
    try runner.finish()
  }
}

/// Tables that describe datasets, printed with the same formats as query results.
enum Catalog {
  static func datasetList(_ datasets: [Dataset]) -> Table {
    Table(
      names: ["namn", "rader", "kolumner", "källa"],
      types: [.text, .integer, .text, .text],
      rows: datasets.map { d in
        [.text(d.name), .integer(d.table.rowCount), .text(d.table.columnNames.joined(separator: ", ")), .text(d.origin)]
      })
  }

  static func schema(of dataset: Dataset) -> Table {
    Table(
      names: ["kolumn", "typ", "värden"],
      types: [.text, .text, .text],
      rows: dataset.table.columns.map { c in
        let values: Value = c.type.domain.map { .text($0.values.joined(separator: ", ")) } ?? .null
        return [.text(c.name), .text(c.type.name), values]
      })
  }
}
