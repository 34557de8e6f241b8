import UQLFormats
import UQLLanguage

extension MetaCommand {
  /// The meta-commands and their arguments, for Tab completion.
  static var completionSpecs: [MetaCommandSpec] {
    names.map { name in
      switch name {
      case "schema": MetaCommandSpec(name, argument: .dataset)
      case "load", "read", "output", "once": MetaCommandSpec(name, argument: .path)
      case "format": MetaCommandSpec(name, argument: .words(OutputFormat.allCases.map(\.rawValue)))
      case "timer", "headers": MetaCommandSpec(name, argument: .words(["on", "off"]))
      case "maxrows": MetaCommandSpec(name, argument: .words(["all"]))
      case "param": MetaCommandSpec(name, argument: .words(["set", "unset", "list"]))
      case "help":
        MetaCommandSpec(name, argument: .words(names + LanguageHelp.topics.filter { $0.first?.isLetter == true }))
      default: MetaCommandSpec(name)
      }
    }
  }
}
