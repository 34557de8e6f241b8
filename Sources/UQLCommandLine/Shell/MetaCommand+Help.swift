import UQLFormats
import UQLLanguage

extension MetaCommand {
  /// One line of usage and one of description per meta-command, in `names` order.
  static let help: [String: (usage: String, summary: String)] = [
    "datasets": (".datasets", "list the datasets: loaded ones and let names"),
    "schema": (".schema NAME", "show the columns, types and values of a dataset"),
    "format": (".format NAME", "print results as " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")),
    "output": (".output [FILE]", "write results to FILE; .output alone goes back to the terminal"),
    "once": (".once FILE", "write the next result to FILE, then go back to where results went before"),
    "read": (".read FILE", "run the statements of a script"),
    "help": (".help [TOPIC]", "this list, or more on a meta-command or a part of the language"),
    "quit": (".quit", "leave (Ctrl-D does too)"),
    "load": (".load PATH", "load a report, a table or a directory of them, as --data does"),
    "timer": (".timer on|off", "print the time each statement took"),
    "history": (".history", "list the statements typed in the shell"),
    "maxrows": (".maxrows N|all", "show at most N rows of a table on the terminal (default 40 in the shell)"),
    "param": (".param set NAME VALUE", "give $NAME a value, as --param does; .param unset NAME, .param list"),
    "headers": (".headers on|off", "print the header row of csv and tsv results, or not (as --no-header)"),
  ]

  /// sqlite3's and psql's names for meta-commands, and the ones they stand for.
  static let aliases = ["tables": "datasets", "mode": "format", "exit": "quit"]

  /// `.help` or `.help TOPIC` as text: a meta-command, or a part of the language.
  /// - Throws: a ``Diagnostic`` for an unknown topic, with the nearest one and the topics.
  static func helpText(for topic: String?, at range: SourceRange) throws(Diagnostic) -> String {
    guard let topic, topic != "." else {
      let width = names.compactMap { help[$0]?.usage.count }.max() ?? 0
      var out = ""
      for name in names {
        guard let entry = help[name] else { continue }
        out += entry.usage + String(repeating: " ", count: width - entry.usage.count + 2) + entry.summary + "\n"
      }
      return out + "statements end at the end of a line unless it ends in |, an operator or an open (\n"
        + "the language: .help " + HelpGroup.allCases.map(\.rawValue).joined(separator: ", ")
        + ", or one name (.help where)\n"
    }
    let name = (topic.hasPrefix(".") ? String(topic.dropFirst()) : topic).lowercased()
    if let entry = help[aliases[name] ?? name] { return entry.usage + "\n  " + entry.summary + "\n" }
    if !topic.hasPrefix("."), let found = LanguageHelp.lookUp(name) { return LanguageHelp.text(for: found) }
    let topics = "topics are " + HelpGroup.allCases.map(\.rawValue).joined(separator: ", ")
      + ", a name they list, or a meta-command"
    let nearest = Suggestion.nearest(to: name, in: names + aliases.keys.sorted() + LanguageHelp.topics)
    let meant = nearest.map { (names.contains($0) || aliases[$0] != nil ? "." : "") + $0 }
    throw Diagnostic(
      .error, "no help on \"\(topic)\"", at: range, help: meant.map { "did you mean \"\($0)\"? " + topics } ?? topics)
  }
}
