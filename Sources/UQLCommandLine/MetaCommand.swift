import UQLFormats
import UQLLanguage

/// A meta-command of scripts and the shell: a line starting with `.`.
enum MetaCommand: Equatable {
  case datasets
  case schema(String)
  case format(OutputFormat)
  /// `.output FILE` sends results to a file; `.output` alone back to stdout.
  case output(String?)
  /// `.once FILE` sends the next result to a file, then results go where they went before.
  case once(String)
  /// `.read FILE` runs another script; a relative path is resolved against the including file.
  case read(String)
  case help(String?)
  case quit
  /// `.load PATH` adds the datasets of a data file or directory, as `--data` does.
  case load(String)
  /// `.timer on|off`: print the elapsed time after each statement.
  case timer(Bool)
  /// `.history`: list the shell's history.
  case history
  /// `.maxrows N|all`: how many rows a `table` on the terminal shows (the shell's default is 40).
  case maxRows(Int?)
  /// `.param set NAME VALUE` / `.param unset NAME`: a value for `$NAME`, as `--param` gives (nil
  /// removes it).
  case setParameter(String, String?)
  /// `.param list` (or `.param` alone): the parameters and their values.
  case listParameters
  /// `.headers on|off`: the header row of csv and tsv results (sqlite3's name; `--no-header`).
  case headers(Bool)

  static let names = [
    "datasets", "schema", "format", "output", "once", "read", "help", "quit", "load", "timer", "history", "maxrows",
    "param", "headers",
  ]

  /// Parses `.name argument`.
  /// - Throws: a ``Diagnostic`` for an unknown command or a missing or bad argument.
  static func parse(name: String, argument: String, at range: SourceRange) throws(Diagnostic) -> MetaCommand {
    func required(_ what: String) throws(Diagnostic) -> String {
      guard !argument.isEmpty else {
        throw Diagnostic(.error, ".\(name) needs \(what)", at: range, help: "write .\(name) \(what.uppercased())")
      }
      return argument
    }
    func onOrOff() throws(Diagnostic) -> Bool {
      switch argument.lowercased() {
      case "on": return true
      case "off": return false
      default:
        let message = argument.isEmpty ? ".\(name) needs on or off" : ".\(name) takes on or off, found \"\(argument)\""
        throw Diagnostic(.error, message, at: range, help: "write .\(name) on or .\(name) off")
      }
    }
    func none() throws(Diagnostic) {
      guard argument.isEmpty else { throw Diagnostic(.error, ".\(name) takes no argument", at: range) }
    }
    switch name.lowercased() {
    // sqlite3's names: .tables for .datasets, .mode for .format.
    case "datasets", "tables": try none(); return .datasets
    case "schema": return .schema(try required("a dataset name"))
    case "format", "mode":
      let value = try required("a format name")
      let sqliteModes = ["list": "tsv", "tabs": "tsv", "box": "table", "column": "table"]
      guard let format = OutputFormat(rawValue: sqliteModes[value.lowercased()] ?? value.lowercased()) else {
        throw Diagnostic(
          .error, "unknown format \"\(value)\"", at: range,
          help: "formats are: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return .format(format)
    case "output": return .output(argument.isEmpty ? nil : argument)
    case "once": return .once(try required("a file"))
    case "read": return .read(try required("a file"))
    case "help": return .help(argument.isEmpty ? nil : argument)
    case "quit", "exit": try none(); return .quit
    case "load": return .load(try required("a path"))
    case "timer": return .timer(try onOrOff())
    case "history": try none(); return .history
    case "headers": return .headers(try onOrOff())
    case "param":
      let words = argument.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true).map(String.init)
      let usage = "write .param set NAME VALUE, .param unset NAME or .param list"
      switch (words.first?.lowercased(), words.count) {
      case (nil, _), ("list", 1): return .listParameters
      case ("set", 3): return .setParameter(words[1].hasPrefix("$") ? String(words[1].dropFirst()) : words[1], words[2])
      case ("unset", 2): return .setParameter(words[1].hasPrefix("$") ? String(words[1].dropFirst()) : words[1], nil)
      default: throw Diagnostic(.error, ".param takes set, unset or list, found \"\(argument)\"", at: range, help: usage)
      }
    case "maxrows":
      if argument.lowercased() == "all" { return .maxRows(nil) }
      guard let n = Int(argument), n >= 0 else {
        let message = argument.isEmpty ? ".maxrows needs a number or all" : ".maxrows takes a number or all, found \"\(argument)\""
        throw Diagnostic(.error, message, at: range, help: "write .maxrows 100, or .maxrows all to show every row")
      }
      return .maxRows(n)
    default:
      let nearest = Suggestion.nearest(to: name, in: names + aliases.keys.sorted())
      let help = nearest.map { "did you mean \".\($0)\"?" }
      throw Diagnostic(
        .error, "unknown meta-command \".\(name)\"", at: range,
        help: help ?? "meta-commands are: \(names.map { "." + $0 }.joined(separator: ", "))")
    }
  }
}
