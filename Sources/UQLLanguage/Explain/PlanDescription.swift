import UQLValues

/// `explain`: a checked plan as a table of steps — what each step does, as the user wrote it,
/// and roughly how many rows come out. Estimates use only counts and value sets, never the rows.
enum PlanDescription {
  static func table(for query: Query, plan: Plan, rows: (String) -> Int) -> Table {
    var steps: [[Value]] = []
    var estimate = rows(plan.source)
    steps.append([.integer(1), .text("källa"), .text(plan.source), .integer(estimate)])
    var texts = query.clauseTexts.makeIterator()
    for step in plan.steps {
      let written = texts.next() ?? ""
      let what: String
      switch step {
      case .filter(let condition):
        what = "filter"
        estimate = max(estimate > 0 ? 1 : 0, Int(Double(estimate) * selectivity(condition)))
      case .project:
        what = "välj kolumner"
      case .sort:
        what = "sortera"
      case .limit(let n, let offset):
        what = "begränsa"
        estimate = min(max(estimate - offset, 0), n)
      case .distinct:
        what = "unika rader"
      case .group(let keys, let aggregates, _):
        what = keys.isEmpty ? "aggregera" : "gruppera och aggregera (\(aggregates.count) mått)"
        estimate = keys.isEmpty ? 1 : min(estimate, max(1, estimate / 2))
      case .join(let join):
        what = join.left ? "vänsterkoppla \(join.dataset)" : "koppla \(join.dataset)"
        estimate = join.left ? estimate : min(estimate, max(estimate, rows(join.dataset)))
      case .pivot:
        what = "pivotera"
        estimate = min(estimate, max(1, estimate / 2))
      case .change:
        what = "förändring mellan tidpunkter"
      }
      steps.append([.integer(steps.count + 1), .text(what), .text(written), .integer(estimate)])
    }
    if plan.chart != nil, let written = texts.next() {
      steps.append([.integer(steps.count + 1), .text("diagram"), .text(written), .integer(estimate)])
    }
    let columns = plan.schema.fields.map { "\($0.name) (\($0.type.name))" }.joined(separator: ", ")
    steps.append([.integer(steps.count + 1), .text("resultat"), .text(columns), .integer(estimate)])
    return Table(names: ["steg", "vad", "hur", "rader_uppskattat"], types: [.integer, .text, .text, .integer], rows: steps)
  }

  /// The share of rows a condition keeps, guessed from its shape.
  static func selectivity(_ condition: TypedExpr) -> Double {
    switch condition {
    case .compare(.equal, _, _, _): return 0.1
    case .compare(.notEqual, _, _, _): return 0.9
    case .compare: return 0.33
    case .logical(.and, let a, let b): return selectivity(a) * selectivity(b)
    case .logical(_, let a, let b): return min(1, selectivity(a) + selectivity(b))
    case .not(let e): return 1 - selectivity(e)
    case .inList(_, let list, _, let negated): return negated ? 0.9 : min(1, 0.1 * Double(list.count))
    case .isNull(_, let negated): return negated ? 0.9 : 0.1
    default: return 0.25
    }
  }
}
