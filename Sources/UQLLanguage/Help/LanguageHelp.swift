/// The one source of help on the language: `.help TOPIC` in the shell and the LANGUAGE section
/// of `uql manual` are both made from it. Functions come from their enums, so the help cannot
/// leave one out.
public enum LanguageHelp {
  /// Every entry, grouped in ``HelpGroup`` order.
  public static let entries: [HelpEntry] =
    statements + clauses + ScalarFunction.allCases.map(\.help) + AggregateFunction.allCases.map(\.help)
    + operators + statuses

  /// The entries of one group.
  public static func entries(in group: HelpGroup) -> [HelpEntry] { entries.filter { $0.group == group } }

  /// The topics `.help` knows: the groups, then every name of every entry.
  public static var topics: [String] {
    HelpGroup.allCases.map(\.rawValue) + entries.flatMap(\.names)
  }

  /// What a topic means: a group, or the entries with that name (`count` is a clause and an
  /// aggregate). Names match ignoring case, Swedish spellings included; nil for an unknown one.
  public static func lookUp(_ topic: String) -> Topic? {
    let word = topic.lowercased()
    if let group = HelpGroup(rawValue: word) { return .group(group) }
    let found = entries.filter { $0.names.contains(word) }
    return found.isEmpty ? nil : .entries(found)
  }

  /// A topic of the help.
  public enum Topic: Sendable, Equatable {
    case group(HelpGroup)
    case entries([HelpEntry])
  }
}
