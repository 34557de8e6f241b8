import Foundation
import UQLValues

/// Prints syntax trees back as query text that parses to the same tree: one line per
/// statement, clauses joined by ` | `, parentheses only where precedence needs them, names in
/// back quotes where they are keywords or not plain words. For `explain` and round-trip tests.
public enum QueryPrinter {
  /// Statements one per line.
  public static func print(_ statements: [Statement]) -> String {
    statements.map(print).joined(separator: "\n")
  }

  public static func print(_ statement: Statement) -> String {
    switch statement {
    case .query(let query): return print(query)
    case .let(let name, let query, _): return "let \(self.name(name)) = \(print(query))"
    case .meta(let name, let argument, _): return argument.isEmpty ? ".\(name)" : ".\(name) \(argument)"
    case .explain(let query, _): return "explain \(print(query))"
    }
  }

  public static func print(_ query: Query) -> String {
    ([name(query.source)] + query.clauses.map(print)).joined(separator: " | ")
  }

  public static func print(_ clause: Clause) -> String {
    switch clause {
    case .where(let condition, _): return "where \(print(condition))"
    case .select(let items, _): return "select \(print(items))"
    case .sort(let keys, _):
      return "sort by " + keys.map { print($0.expr) + ($0.descending ? " desc" : "") }.joined(separator: ", ")
    case .limit(let n, let offset, _): return "limit \(print(n))" + (offset.map { " offset \(print($0))" } ?? "")
    case .distinct: return "distinct"
    case .count(let keys, _): return keys.isEmpty ? "count" : "count by \(print(keys))"
    // Without keys (`aggregate n = count()` over the whole input) there is no `group by`.
    case .group(let keys, let aggregates, _):
      return keys.isEmpty ? "aggregate \(print(aggregates))" : "group by \(print(keys)) aggregate \(print(aggregates))"
    case .join(let join, _):
      return (join.left ? "left " : "") + "join \(name(join.dataset)) on "
        + join.keys.map { name($0.0) }.joined(separator: ", ")
    case .pivot(let rows, let columns, let value, _):
      return "pivot \(print([rows])) by \(print(columns)) value \(print(value))"
    case .change(let value, let order, let keys, _):
      return "change \(print([value])) over \(print(order))" + (keys.isEmpty ? "" : " by \(print(keys))")
    case .chart(let style, _): return "chart \(style.rawValue)"
    }
  }

  static func print(_ items: [SelectItem]) -> String {
    items.map { item in
      var text = print(item.expr)
      // `a = 1` first in an item would read as the alias `a`.
      if let tokens = try? Lexer.tokenize(text), tokens.count > 1, tokens[1].kind == .symbol(.equal) {
        switch tokens[0].kind {
        case .identifier, .quotedIdentifier: text = "(\(text))"
        default: break
        }
      }
      return item.alias.map { "\(name($0)) = \(text)" } ?? text
    }.joined(separator: ", ")
  }

  /// Binding strength, loosest first, as the grammar's levels are.
  enum Level: Int, Comparable {
    case or = 1, and, not, predicate, additive, multiplicative, unary, primary
    static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  public static func print(_ expr: Expr) -> String { print(expr, atLeast: .or) }

  static func print(_ expr: Expr, atLeast required: Level) -> String {
    let (text, level) = printed(expr)
    return level < required ? "(\(text))" : text
  }

  static func printed(_ expr: Expr) -> (String, Level) {
    switch expr {
    case .literal(let literal, _):
      let text = print(literal)
      return (text, text.hasPrefix("-") ? .unary : .primary)
    case .name(let n, let quoted, _): return (quoted ? "`\(n)`" : n, .primary)
    case .qualifiedName(let side, let column, _): return ("\(name(side)).\(name(column))", .primary)
    case .parameter(let n, _): return ("$\(n)", .primary)
    case .call(let n, let arguments, let distinct, _):
      return ("\(n)(\(distinct ? "distinct " : "")\(arguments.map { print($0) }.joined(separator: ", ")))", .primary)
    case .unary(.not, let operand, _): return ("not " + print(operand, atLeast: .not), .not)
    case .unary(.negate, let operand, _):
      let inner = print(operand, atLeast: .unary)
      return ("-" + (inner.hasPrefix("-") ? " " : "") + inner, .unary)
    case .binary(let op, let left, let right, _):
      let level: Level
      switch op {
      case .or: level = .or
      case .and: level = .and
      case .add, .subtract, .concatenate: level = .additive
      case .multiply, .divide, .remainder: level = .multiplicative
      default:
        // Comparisons do not chain: both sides are additive expressions.
        return ("\(print(left, atLeast: .additive)) \(op.rawValue) \(print(right, atLeast: .additive))", .predicate)
      }
      let next = Level(rawValue: level.rawValue + 1)!
      let rightLevel = level == .and ? Level.not : next
      return ("\(print(left, atLeast: level)) \(op.rawValue) \(print(right, atLeast: rightLevel))", level)
    case .match(let op, let left, let pattern, let negated, _):
      let text =
        "\(print(left, atLeast: .additive)) \(negated ? "not " : "")\(op.rawValue) \(print(pattern, atLeast: .additive))"
      return (text, .predicate)
    case .inList(let left, let values, let negated, _):
      let list = values.map { print($0) }.joined(separator: ", ")
      return ("\(print(left, atLeast: .additive)) \(negated ? "not " : "")in (\(list))", .predicate)
    case .between(let value, let low, let high, let negated, _):
      let text =
        "\(print(value, atLeast: .additive)) \(negated ? "not " : "")between "
        + "\(print(low, atLeast: .additive)) and \(print(high, atLeast: .additive))"
      return (text, .predicate)
    case .isNull(let operand, let negated, _):
      return ("\(print(operand, atLeast: .additive)) is \(negated ? "not " : "")null", .predicate)
    case .caseWhen(let branches, let otherwise, _):
      let whens = branches.map { "when \(print($0.condition)) then \(print($0.result))" }.joined(separator: " ")
      return ("case \(whens)\(otherwise.map { " else \(print($0))" } ?? "") end", .primary)
    }
  }

  static func print(_ count: RowCount) -> String {
    switch count {
    case .integer(let n): return String(n)
    case .parameter(let name, _): return "$\(name)"
    }
  }

  static func print(_ literal: Literal) -> String {
    switch literal {
    case .string(let s): return quoted(s)
    case .integer(let i): return String(i)
    case .number(let d):
      let text = Value.format(d)
      return text.contains(".") ? text : text + ".0"
    case .boolean(let b): return b ? "true" : "false"
    case .null: return "null"
    }
  }

  /// A string literal with the escapes the lexer reads.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 && scalar.value != 0 || scalar.value == 0x7F || scalar == "\u{2028}"
          || scalar == "\u{2029}"
        {
          out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// A dataset, column or alias name: as is when it lexes as a plain name, else in back quotes.
  static func name(_ n: String) -> String {
    if let tokens = try? Lexer.tokenize(n), tokens.count == 2, tokens[0].kind == .identifier(n) { return n }
    return "`\(n)`"
  }
}
