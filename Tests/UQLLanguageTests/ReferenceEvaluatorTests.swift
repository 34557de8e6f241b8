import PropertyBased
import Testing
import UQLLanguage
import UQLValues

/// The evaluator agrees with a naive reference evaluator, written here row by row with Swift
/// optionals for nulls, on generated tables and queries: filters with three-valued logic,
/// `in` and `between` with nulls, stable sorting with nulls last, limit, distinct and grouping.
@Suite struct ReferenceEvaluatorTests {
  @Test func evaluatorMatchesTheReference() async {
    await propertyCheck(count: 400, input: Gen.int(in: 0...1_000).array(of: 0...150)) { values in
      var c = Choices(values)
      let rows = Reference.table(&c)
      let (query, expected) = Reference.query(&c, rows: rows)
      let session = Session(datasets: [Reference.dataset(rows)])
      do {
        let actual = try Fixtures.rows(query, in: session)
        // PropertyBased reports only the input; say what differed too.
        if actual != expected { print("mismatch: \(query)\n  rows: \(rows)\n  uql: \(actual)\n  reference: \(expected)") }
        #expect(actual == expected, "\(query)")
      } catch {
        print("error: \(query): \(error)")
        Issue.record("\(query): \(error)")
      }
    }
  }
}

/// The reference: a table `t(n, x, s, b)` and a query built together with its expected rows.
enum Reference {
  struct Row: Hashable {
    var n: Int?
    var x: Int?
    var s: String?
    var b: Bool?
  }

  /// An expression with its text and its value for a row.
  struct Term {
    var text: String
    var eval: (Row) -> Int?
  }

  struct Condition {
    var text: String
    var eval: (Row) -> Bool?
  }

  static let texts = ["a", "ab", "b", "ba", "c"]

  static func table(_ c: inout Choices) -> [Row] {
    (0..<c.choose(12)).map { _ in
      Row(
        n: c.choose(4) == 0 ? nil : c.choose(7) - 3, x: c.choose(4) == 0 ? nil : c.choose(5),
        s: c.choose(4) == 0 ? nil : c.pick(texts), b: c.choose(3) == 0 ? nil : c.flip())
    }
  }

  static func dataset(_ rows: [Row]) -> Dataset {
    let values: [[Value]] = rows.map { r in
      [r.n.map(Value.integer) ?? .null, r.x.map(Value.integer) ?? .null, r.s.map(Value.text) ?? .null,
       r.b.map(Value.boolean) ?? .null]
    }
    return Dataset(
      name: "t", table: Table(names: ["n", "x", "s", "b"], types: [.integer, .integer, .text, .boolean], rows: values),
      origin: "test")
  }

  static func term(_ c: inout Choices, depth: Int = 0) -> Term {
    switch depth > 2 ? c.choose(3) : c.choose(6) {
    case 0: return Term(text: "n") { $0.n }
    case 1: return Term(text: "x") { $0.x }
    case 2:
      let k = c.choose(7) - 3
      return Term(text: "\(k)") { _ in k }
    case 3, 4:
      let (l, r) = (term(&c, depth: depth + 1), term(&c, depth: depth + 1))
      let plus = c.flip()
      return Term(text: "(\(l.text) \(plus ? "+" : "-") \(r.text))") { row in
        guard let a = l.eval(row), let b = r.eval(row) else { return nil }
        return plus ? a + b : a - b
      }
    default:
      let (l, r) = (term(&c, depth: depth + 1), term(&c, depth: depth + 1))
      return Term(text: "coalesce(\(l.text), \(r.text))") { l.eval($0) ?? r.eval($0) }
    }
  }

  /// A condition over rows whose `s` takes the values `present`: `s = "w"` and `s != "w"` name
  /// one of them, as a quoted value that no row has is an error rather than no rows.
  static func condition(_ c: inout Choices, present: [String], depth: Int = 0) -> Condition {
    switch depth > 2 ? c.choose(5) : c.choose(9) {
    case 0:
      let (l, r) = (term(&c), term(&c))
      let ops: [(String, (Int, Int) -> Bool)] = [("=", (==)), ("!=", (!=)), ("<", (<)), ("<=", (<=)), (">", (>)), (">=", (>=))]
      let (op, f) = c.pick(ops)
      return Condition(text: "\(l.text) \(op) \(r.text)") { row in
        guard let a = l.eval(row), let b = r.eval(row) else { return nil }
        return f(a, b)
      }
    case 1:
      let ordering: [(String, (String, String) -> Bool)] = [("<", (<)), (">=", (>=))]
      let ops = present.isEmpty ? ordering : [("=", (==)), ("!=", (!=))] + ordering
      let (op, f) = c.pick(ops)
      let word = op == "=" || op == "!=" ? c.pick(present) : c.pick(texts)
      return Condition(text: "s \(op) \"\(word)\"") { row in row.s.map { f($0, word) } }
    case 2:
      let negated = c.flip()
      let which = c.choose(3)
      return Condition(text: "\(["n", "s", "b"][which]) is \(negated ? "not " : "")null") { row in
        ([row.n as Any?, row.s as Any?, row.b as Any?][which] == nil) != negated
      }
    case 3: return Condition(text: "b") { $0.b }
    case 4:
      let t = term(&c)
      let list: [Int?] = (0...c.choose(3)).map { _ in c.choose(5) == 0 ? nil : c.choose(7) - 3 }
      let negated = c.flip()
      let text = list.map { $0.map(String.init) ?? "null" }.joined(separator: ", ")
      return Condition(text: "\(t.text) \(negated ? "not " : "")in (\(text))") { row in
        guard let a = t.eval(row) else { return nil }
        if list.contains(a) { return !negated }
        return list.contains(nil) ? nil : negated
      }
    case 5:
      let t = term(&c)
      let (lo, hi) = (c.choose(7) - 3, c.choose(7) - 3)
      let negated = c.flip()
      return Condition(text: "\(t.text) \(negated ? "not " : "")between \(lo) and \(hi)") { row in
        t.eval(row).map { (lo <= $0 && $0 <= hi) != negated }
      }
    case 6:
      let inner = condition(&c, present: present, depth: depth + 1)
      return Condition(text: "not (\(inner.text))") { row in inner.eval(row).map { !$0 } }
    default:
      let (l, r) = (condition(&c, present: present, depth: depth + 1), condition(&c, present: present, depth: depth + 1))
      let and = c.flip()
      return Condition(text: "(\(l.text) \(and ? "and" : "or") \(r.text))") { row in
        let (a, b) = (l.eval(row), r.eval(row))
        if and {
          if a == false || b == false { return false }
          return a == nil || b == nil ? nil : true
        }
        if a == true || b == true { return true }
        return a == nil || b == nil ? nil : false
      }
    }
  }

  static func shown(_ v: Int?) -> String { v.map(String.init) ?? "null" }
  static func shown(_ v: String?) -> String { v ?? "null" }

  /// Orders optionals ascending or descending with nulls last either way.
  static func before<T: Comparable>(_ a: T?, _ b: T?, descending: Bool) -> Bool? {
    switch (a, b) {
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    case (let a?, let b?): return a == b ? nil : (a < b) != descending
    }
  }

  static func stableSorted<T: Comparable>(_ rows: [Row], by key: (Row) -> T?, descending: Bool) -> [Row] {
    rows.enumerated().sorted { l, r in
      before(key(l.element), key(r.element), descending: descending) ?? (l.offset < r.offset)
    }.map(\.element)
  }

  static func query(_ c: inout Choices, rows: [Row]) -> (String, [[String]]) {
    var text = "t"
    var current = rows
    for _ in 0..<c.choose(3) {
      let condition = condition(&c, present: texts.filter { w in rows.contains { $0.s == w } })
      text += " | where \(condition.text)"
      current = current.filter { condition.eval($0) == true }
    }
    switch c.choose(5) {
    case 0:
      let descending = c.flip()
      let limit = c.choose(8)
      if c.flip() {
        text += " | sort by n\(descending ? " desc" : "") | limit \(limit)"
        current = stableSorted(current, by: \.n, descending: descending)
      } else {
        text += " | sort by s\(descending ? " desc" : "") | limit \(limit)"
        current = stableSorted(current, by: \.s, descending: descending)
      }
      current = Array(current.prefix(limit))
      return (text + " | select n, s", current.map { [shown($0.n), shown($0.s)] })
    case 1:
      text += " | select s, b | distinct"
      var seen = Set<[String]>()
      var result: [[String]] = []
      for row in current {
        let shownRow = [shown(row.s), row.b.map { "\($0)" } ?? "null"]
        if seen.insert(shownRow).inserted { result.append(shownRow) }
      }
      return (text, result)
    case 2:
      text += " | count by s"
      let keys = Array(Set(current.map(\.s)))
      let ordered = keys.sorted { before($0, $1, descending: false) ?? false }
      return (text, ordered.map { key in [shown(key), "\(current.filter { $0.s == key }.count)"] })
    case 3:
      text += " | group by n aggregate c = count(), cx = count(x), sm = sum(x), mn = min(x), mx = max(x)"
      let keys = Array(Set(current.map(\.n)))
      let ordered = keys.sorted { before($0, $1, descending: false) ?? false }
      return (text, ordered.map { key in
        let xs = current.filter { $0.n == key }.compactMap(\.x)
        return [shown(key), "\(current.filter { $0.n == key }.count)", "\(xs.count)",
                xs.isEmpty ? "null" : "\(xs.reduce(0, +))", shown(xs.min()), shown(xs.max())]
      })
    default:
      let t = term(&c)
      text += " | select v = \(t.text), n"
      return (text, current.map { [shown(t.eval($0)), shown($0.n)] })
    }
  }
}
