import UQLLanguage

extension ManualCommand {
  /// The LANGUAGE section: every entry of the help `.help TOPIC` shows, by group.
  static var languageSection: String {
    var out =
      ".SH LANGUAGE\nThe full grammar is Grammar/uql.ebnf in the sources; in the shell, .help TOPIC shows one part.\n"
    for group in HelpGroup.allCases {
      out += ".SS \(escape(group.title))\n\(escape(group.introduction))\n"
      for entry in LanguageHelp.entries(in: group) {
        out += ".TP\n\\fB\(escape(entry.usage))\\fR\n\(escape(entry.text))\n"
        if let example = entry.example { out += ".br\n\\fIExample:\\fR \(escape(example))\n" }
      }
    }
    return out
  }
}
