import ArgumentParser

/// `uql manual`: prints a man page (roff) built from the same help text as `--help`, so it
/// never drifts from the options. Install with `uql manual > ~/.local/share/man/man1/uql.1`.
struct ManualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual",
    abstract: "Print uql's man page (roff). Install: uql manual > ~/.local/share/man/man1/uql.1")

  func run() {
    print(Self.page())
  }

  static func page() -> String {
    let root = RootCommand.configuration
    var page = """
      .TH UQL 1 "" "uql \(root.version)" "User Commands"
      .SH NAME
      uql \\- \(escape(root.abstract))
      .SH SYNOPSIS
      .B uql
      [\\fIoptions\\fR] [\\fB\\-e\\fR \\fIquery\\fR]... [\\fIscript.uql\\fR]
      .br
      .B uql
      \\fBdatasets\\fR | \\fBschema\\fR \\fIname\\fR | \\fBcheck\\fR [\\fIpath\\fR...] | \\fBmanual\\fR
      .SH DESCRIPTION
      uql reads follow-up reports (uppföljningsrapporter, verksamhetsplaner, bilagor) and tables
      (CSV, TSV, JSON, NDJSON) into datasets and answers queries over them, such as
      .PP
      .RS
      aktiviteter where status = pausad and delmål = "Hög attraktivitet"
      .RE

      """
    let sections: [(String, any ParsableCommand.Type)] = [
      ("QUERIES", QueryCommand.self), ("DATASETS", DatasetsCommand.self), ("SCHEMA", SchemaCommand.self),
      ("CHECK", CheckCommand.self),
    ]
    for (title, command) in sections {
      page += ".SH \(title)\n.nf\n\(escape(RootCommand.helpMessage(for: command, columns: 100)))\n.fi\n"
    }
    page += languageSection
    page += ".SH EXIT STATUS\n.nf\n\(escape(root.discussion.components(separatedBy: "EXIT STATUS\n").last ?? ""))\n.fi\n"
    page += """
      .SH SHELL COMPLETION
      .nf
      uql \\-\\-generate\\-completion\\-script bash > ~/.local/share/bash\\-completion/completions/uql
      uql \\-\\-generate\\-completion\\-script zsh > ~/.zfunc/_uql
      uql \\-\\-generate\\-completion\\-script fish > ~/.config/fish/completions/uql.fish
      .fi
      """
    return page
  }

  /// Text as roff shows it literally: backslashes and leading dots escaped.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\e").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }
      .map { $0.replacingOccurrences(of: "-", with: "\\-") }
      .joined(separator: "\n")
  }
}
