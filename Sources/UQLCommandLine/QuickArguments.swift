
/// Reads the common one-shot command lines (`uql -e QUERY --format csv --data DIR`, `uql -f
/// script.uql --param år=2019`, `uql` alone) straight into a `QueryInvocation`, without
/// ArgumentParser: building ArgumentParser's model of the commands costs about 2 ms of a
/// one-shot run's 6, most of it Swift runtime type lookups. Anything else — another command,
/// `--help`, a repeated single-valued option, a value that looks like an option, a mistake —
/// answers nil and goes to ArgumentParser, which gives the usage errors and help text. The tests
/// check that whatever this accepts, ArgumentParser parses to the same invocation.
enum QuickArguments {
  static func invocation(_ arguments: [String]) -> QueryInvocation? {
    var invocation = QueryInvocation()
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard argument.hasPrefix("-") else { return nil }
      var name = argument
      var attached: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        attached = String(argument[argument.index(after: equals)...])
      }
      /// The option's value: attached with `=`, else the next argument unless it looks like an option.
      func value() -> String? {
        if let attached { return attached.isEmpty ? nil : attached }
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
        index += 1
        return arguments[index - 1]
      }
      if flags.contains(name) {
        guard attached == nil, seen.insert(name).inserted else { return nil }
        switch name {
        case "--verbose": invocation.data.verbose = true
        case "--no-header": invocation.output.noHeader = true
        case "--ascii": invocation.output.ascii = true
        case "--keep-going": invocation.keepGoing = true
        case "--fail-empty": invocation.failEmpty = true
        case "--timing": invocation.timing = true
        default: invocation.noInit = true
        }
        continue
      }
      guard name.hasPrefix("--") || attached == nil, let value = value() else { return nil }
      switch name {
      case "-e", "--execute":
        invocation.queries.append(value)
      case "--data":
        invocation.data.paths.append(value)
      case "--param":
        guard value.contains("=") else { return nil }
        invocation.parameters.append(value)
      case "-f", "--file":
        guard seen.insert("--file").inserted else { return nil }
        invocation.script = value
      case "--format":
        guard seen.insert(name).inserted, let format = OutputFormatArgument(argument: value) else { return nil }
        invocation.output.format = format.format
      case "--null":
        guard seen.insert(name).inserted else { return nil }
        invocation.output.null = value
      case "--table":
        guard seen.insert(name).inserted, OutputSettings.problem(withTable: value) == nil else { return nil }
        invocation.output.table = value
      default:
        return nil
      }
    }
    return invocation
  }

  static let flags: Set<String> = [
    "--verbose", "--no-header", "--ascii", "--keep-going", "--fail-empty", "--timing", "--no-init",
  ]
}
