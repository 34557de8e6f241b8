/// Where the shell keeps its history and finds its start-up file, from the environment as the
/// XDG base directory specification says.
struct ShellPaths {
  var environment: [String: String]

  /// `$UQL_HISTORY`, else `$XDG_STATE_HOME/uql/history`, else `~/.local/state/uql/history`;
  /// nil when `UQL_HISTORY` is set but empty (history off) or there is no home directory.
  var history: String? {
    if let path = environment["UQL_HISTORY"] { return path.isEmpty ? nil : path }
    return base("XDG_STATE_HOME", default: ".local/state").map { $0 + "/uql/history" }
  }

  /// `$XDG_CONFIG_HOME/uql/uqlrc`, else `~/.config/uql/uqlrc`.
  var startupFile: String? {
    base("XDG_CONFIG_HOME", default: ".config").map { $0 + "/uql/uqlrc" }
  }

  /// An XDG directory; relative values are ignored, as the specification asks.
  private func base(_ variable: String, default relative: String) -> String? {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/" + relative
  }
}
