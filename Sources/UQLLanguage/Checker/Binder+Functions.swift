import UQLValues

extension Binder {
  mutating func bindCall(
    _ name: String, _ arguments: [Expr], distinct: Bool = false, _ range: SourceRange,
    aggregates: inout [AggregateCall]?, keys: ([TypedExpr], [String])?
  ) throws(Diagnostic) -> TypedExpr {
    let lower = name.lowercased()
    if distinct && (lower != "count" || arguments.count != 1) {
      throw Diagnostic(.error, "\"distinct\" is allowed only in count(distinct x)", at: range)
    }
    if let function = AggregateFunction(rawValue: lower) {
      return try bindAggregateCall(function, arguments, distinct: distinct, range, aggregates: &aggregates)
    }
    guard let function = ScalarFunction(rawValue: lower) else {
      let names = ScalarFunction.allCases.map(\.rawValue) + AggregateFunction.allCases.map(\.rawValue)
      throw Diagnostic(
        .error, "unknown function \"\(name)\"", at: range,
        help: Suggestion.help(for: name, in: names) ?? "functions are: \(names.joined(separator: ", "))")
    }
    var args: [TypedExpr] = []
    for argument in arguments { args.append(try bind(argument, aggregates: &aggregates, keys: keys)) }
    func arity(_ allowed: ClosedRange<Int>, _ usage: String) throws(Diagnostic) {
      guard allowed.contains(args.count) else {
        throw Diagnostic(.error, "\(lower)() takes \(usage), found \(args.count)", at: range)
      }
    }
    func require(_ i: Int, _ ok: (ValueType) -> Bool, _ what: String) throws(Diagnostic) {
      guard ok(args[i].type) || args[i].type == .null else {
        throw Diagnostic(.error, "\(lower)() needs \(what), found \(args[i].type.name)", at: arguments[i].range)
      }
    }
    switch function {
    case .lower, .upper, .trim:
      try arity(1...1, "one argument")
      try require(0, \.isTextual, "text")
      return .function(function, args, .text, range)
    case .length:
      try arity(1...1, "one argument")
      try require(0, \.isTextual, "text")
      return .function(function, args, .integer, range)
    case .year, .month:
      try arity(1...1, "one argument")
      try require(0, { $0 == .date }, "a date")
      return .function(function, args, .integer, range)
    case .substr:
      try arity(2...3, "two or three arguments")
      try require(0, \.isTextual, "text")
      try require(1, { $0 == .integer }, "a whole number to start at")
      if args.count == 3 { try require(2, { $0 == .integer }, "a whole number of characters") }
      return .function(function, args, .text, range)
    case .concat:
      try arity(1...Int.max, "at least one argument")
      return .function(function, args, .text, range)
    case .abs:
      try arity(1...1, "one argument")
      try require(0, \.isNumeric, "a number")
      return .function(function, args, args[0].type == .null ? .integer : args[0].type, range)
    case .today:
      try arity(0...0, "no arguments")
      guard let today else { throw Diagnostic(.error, "today() has no date to give here", at: range) }
      return .constant(.date(today), .date)
    case .round:
      try arity(1...2, "one or two arguments")
      try require(0, \.isNumeric, "a number")
      if args.count == 2 { try require(1, { $0 == .integer }, "a whole number of decimals") }
      return .function(function, args, args[0].type == .integer ? .integer : .number, range)
    case .coalesce:
      try arity(1...Int.max, "at least one argument")
      var type = ValueType.null
      for (i, arg) in args.enumerated() {
        guard let unified = Binder.unify(type, arg.type) else {
          throw Diagnostic(
            .error, "coalesce() arguments must have one type, found \(type.name) and \(arg.type.name)",
            at: arguments[i].range)
        }
        type = unified
      }
      return .function(function, args, type, range)
    }
  }

  mutating func bindAggregateCall(
    _ function: AggregateFunction, _ arguments: [Expr], distinct: Bool, _ range: SourceRange,
    aggregates: inout [AggregateCall]?
  ) throws(Diagnostic) -> TypedExpr {
    guard aggregates != nil else {
      let help = function == .count
        ? "use \"| count\" or \"| group by … aggregate count()\""
        : "use it in \"| group by … aggregate \(function.rawValue)(…)\""
      throw Diagnostic(.error, "aggregate \(function.rawValue)() is only allowed after \"aggregate\"", at: range, help: help)
    }
    // Arguments of an aggregate are evaluated per row, not per group.
    var argument: TypedExpr? = nil
    switch (function, arguments.count) {
    case (.count, 0): break
    case (_, 1): argument = try bind(arguments[0])
    default:
      throw Diagnostic(
        .error, "\(function.rawValue)() takes \(function == .count ? "zero or one argument" : "one argument"), found \(arguments.count)",
        at: range)
    }
    let type: ValueType
    switch function {
    case .count:
      type = .integer
    case .sum, .avg, .median:
      let t = argument!.type
      guard t.isNumeric || t == .null else {
        throw Diagnostic(.error, "\(function.rawValue)() needs numbers, found \(t.name)", at: arguments[0].range)
      }
      type = function == .sum && t == .integer ? .integer : .number
    case .min, .max:
      type = argument!.type
    }
    aggregates!.append(
      AggregateCall(function: function, argument: argument, distinct: distinct, type: type, range: range))
    return .aggregate(aggregates!.count - 1, type)
  }

  /// The common type of two, or nil when they have none.
  static func unify(_ a: ValueType, _ b: ValueType) -> ValueType? {
    if a == b { return a }
    if a == .null { return b }
    if b == .null { return a }
    if a.isNumeric && b.isNumeric { return .number }
    if a.isTextual && b.isTextual { return .text }
    return nil
  }
}
