import UQLLanguage

extension LanguageHelp {
  /// A topic as `.help` prints it, wrapped to `width` columns.
  static func text(for topic: Topic, width: Int = 80) -> String {
    switch topic {
    case .group(let group):
      var out = wrapped(group.title + ". " + group.introduction, width: width)
      for entry in entries(in: group) {
        out += "  " + entry.usage + "\n" + wrapped(entry.text, width: width, indent: 4)
      }
      return out + "(.help NAME shows one of them with an example)\n"
    case .entries(let found):
      return found.map { entry in
        var out = entry.usage + "  (" + entry.kind + ")\n" + wrapped(entry.text, width: width, indent: 2)
        if let example = entry.example { out += "  example: " + example + "\n" }
        if entry.names.count > 1 { out += "  also: " + entry.names.dropFirst().joined(separator: " ") + "\n" }
        return out
      }.joined(separator: "\n")
    }
  }

  /// Words filled into lines of at most `width` columns (a longer word has a line of its own).
  static func wrapped(_ text: String, width: Int, indent: Int = 0) -> String {
    let margin = String(repeating: " ", count: indent)
    var out = ""
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, indent + line.count + 1 + word.count > width {
        out += margin + line + "\n"
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return line.isEmpty ? out : out + margin + line + "\n"
  }
}

extension HelpEntry {
  /// What the entry is, as a word: "clause", "function".
  var kind: String {
    switch group {
    case .statements: "statement"
    case .clauses: "clause"
    case .functions: "function"
    case .aggregates: "aggregate"
    case .operators: "operator"
    case .statuses: "status"
    }
  }
}
