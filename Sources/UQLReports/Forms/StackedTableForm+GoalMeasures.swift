extension StackedTableForm {
  /// Whether a table one cell per paragraph lists goals with their measures: a first column of
  /// goals, then one naming measures (`Nämndens mål` / `Indikator` / `Utfall T2 2024` /
  /// `Målvärde 2024` / `Bedömning`), its other columns figures and at most a last assessment.
  static func listsGoalMeasures(first: String, columns: [String], kinds: [Kind]) -> Bool {
    guard columns.count >= 2, GoalTables.role(of: first) == .goal,
      FollowUpVocabulary.measureWordSet.contains(columns[0].lowercasedText())
    else { return false }
    let rest = kinds.dropFirst()
    return rest.dropLast().allSatisfy { $0 == .value } && (rest.last == .value || rest.last == .assessment)
      && rest.contains(.value)
  }

  /// The rows of a table of goals with their measures, one cell per paragraph, where a goal's cell
  /// and its assessment's are merged down its rows of measures: docx2txt prints a merged cell's
  /// places empty (blank lines of their own), mammoth leaves them out (a row of a measure and its
  /// figures alone, `Andel … (%)` / `68,5` / `70,0`). Each row: the goal (empty in a goal's further
  /// rows), the measure, its figures (a short note where one is missing, `Redovisas T3`) and the
  /// assessment (empty where merged); the index after the last row. Nil unless a row is found.
  static func readGoalMeasures(_ lines: [SourceLine], from start: Int, kinds: [Kind]) -> (rows: [TableRow], end: Int)? {
    let values = kinds.dropFirst().filter { $0 == .value }.count
    let assessed = kinds.last == .assessment
    func cell(_ k: Int) -> String { k < lines.count ? lines[k].collapsed : "" }
    // (A note where a figure is missing is short, of words: `Redovisas T3`, `Ej mätt`.)
    func isNote(_ k: Int) -> Bool {
      k < lines.count && cell(k).utf8.count <= 20 && !cell(k).hasSuffix(".")
        && (cell(k).contains(" ") || FollowUpVocabulary.noValueWords.contains(cell(k).lowercasedText()))
    }
    func isFigureOrNote(_ k: Int) -> Bool {
      k < lines.count && (lines[k].isBlank || fits(cell(k), .value) || isNote(k))
    }
    // The notes among the figures from `j` on, nil where they are no row's figures.
    func notes(from j: Int) -> Int? {
      let cells = j..<(j + values)
      guard cells.allSatisfy(isFigureOrNote), cells.contains(where: { !lines[$0].isBlank && fits(cell($0), .value) })
      else { return nil }
      return cells.count { !lines[$0].isBlank && !fits(cell($0), .value) }
    }
    func isText(_ k: Int) -> Bool {
      k < lines.count && !lines[k].isBlank && cell(k).contains(where: \.isLetter) && !fits(cell(k), .value)
        && !StatusVocabulary.isStatusPhrase(cell(k))
    }
    var rows: [TableRow] = []
    var k = start
    var end = start
    while k < lines.count {
      var goal = ""
      var j = k
      if lines[k].isBlank {
        j = k + 1  // the goal's cell merged, printed empty
      } else if isText(k) {
        // The goal's cell merged and left out where the figures follow the first cell, not the
        // second (of two readings, the one with fewer notes among its figures).
        let alone = notes(from: k + 1)
        let withGoal = isText(k + 1) ? notes(from: k + 2) : nil
        if let alone, withGoal.map({ alone < $0 }) ?? true {
          j = k
        } else {
          goal = cell(k)
          j = k + 1
        }
      } else {
        break
      }
      guard isText(j), notes(from: j + 1) != nil else { break }
      var cells = [TableCell(goal, line: lines[k].number), TableCell(cell(j), line: lines[j].number)]
      cells += (j + 1...j + values).map { TableCell(cell($0), line: lines[$0].number) }
      j += values + 1
      if assessed {
        var assessment = ""
        if j < lines.count, lines[j].isBlank {
          j += 1  // merged, printed empty
        } else if j < lines.count, StatusVocabulary.isStatusPhrase(cell(j)) || StatusVocabulary.isStatusAlone(cell(j)) {
          assessment = cell(j)
          j += 1
        }
        cells.append(TableCell(assessment, line: lines[min(j, lines.count) - 1].number))
      }
      // (A goal's own row names it and its assessment; its further rows neither.)
      guard !goal.isEmpty || !rows.isEmpty else { break }
      rows.append(TableRow(cells: cells, line: lines[k].number))
      k = j
      end = j
    }
    return rows.isEmpty ? nil : (rows, end)
  }
}
