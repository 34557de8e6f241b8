extension Completer {
  func completeMetaCommand(_ line: String) -> Completion {
    guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      let names = metaCommands.map { "." + $0.name }
      return Completion(replacing: "." + line, candidates: Completer.matching(names, prefix: "." + line))
    }
    let name = String(line[..<space])
    let argument = String(line[space...].drop(while: { $0 == " " || $0 == "\t" }))
    guard let spec = metaCommands.first(where: { $0.name == name.lowercased() }) else { return .none }
    switch spec.argument {
    case .none:
      return .none
    case .dataset:
      return Completion(replacing: argument, candidates: Completer.matching(datasets.map(\.name), prefix: argument))
    case .words(let words):
      return Completion(replacing: argument, candidates: Completer.matching(words, prefix: argument))
    case .path:
      return Completion(replacing: argument, candidates: [], pathPrefix: argument)
    }
  }
}
