/// Infers a document's metadata (title, kind, organisation, förvaltning or nämnd, year, period)
/// from where a report states them: its title page, its running header and labelled fields near
/// the start (`Organisation: …`, `Rapportperiod: …`), never from a passing mention in the body.
/// What it cannot find stays nil, with a note saying so.
enum DocumentMetadata {
  static let months = MetadataInference.months

  static func infer(_ document: Document, text: ReportText) -> (ReportMetadata, [ReportDiagnostic]) {
    var m = ReportMetadata()
    var notes: [ReportDiagnostic] = []
    // The running header's parts, each printed between wide gaps.
    var header: [String] = []
    for block in document.blocks where block.kind == .furniture(.runningHeader) {
      for part in AlignedTableForm.segments(text.line(block.lines.lowerBound)).map(\.text) where !header.contains(part) {
        header.append(part)
      }
    }
    // The title page: content before the first page break, when the text has pages; else the
    // opening lines, before the first numbered heading or prose.
    let firstBreak = document.blocks.first { $0.kind == .furniture(.pageMarker) && $0.lines.lowerBound > 1 }
      .map(\.lines.lowerBound) ?? text.lines.firstIndex { $0.hasPrefix("\u{0C}") }.map { $0 + 1 }
    // A paragraph of short lines there is lines of their own (`Delårsrapport` / `januari–augusti
    // 2024` / `Barn- och utbildningsnämnden`, as text without blank lines prints a cover).
    let titlePage = firstBreak == nil ? opening(document, text: text) : document.blocks.filter {
      $0.isContent && $0.lines.upperBound < (firstBreak ?? 0) && $0.headingNumber == nil
    }.flatMap { block -> [String] in
      let lines = block.lines.map { HTMLText.collapse(text.line($0)) }.filter { !$0.isEmpty }
      if lines.count > 1, block.kind == .paragraph, lines.allSatisfy({ $0.count <= 80 }) { return lines }
      return block.text.count <= 120 ? [block.text] : []
    }
    // Pages taken out of a larger document start with the running header: there is no title
    // page, and the header names the report before any line of the first page does.
    let headerFirst = document.blocks.contains {
      $0.kind == .furniture(.runningHeader) && $0.lines.upperBound < (firstBreak ?? 0)
    }
    var fields: [String: String] = [:]
    for line in text.lines.prefix(40) {
      for part in AlignedTableForm.segments(line).map(\.text) {
        guard let colon = part.firstIndex(of: ":") else { continue }
        let name = part[..<colon].lowercasedText()
        let value = HTMLText.collapse(String(part[part.index(after: colon)...]))
        if !value.isEmpty, name.count <= 20 { fields[name] = value }
      }
    }
    // A title wrapped over title-page lines (`Uppföljning arbetsmarknadsprocess,` / `kvartal 1
    // 2024`) is read as one.
    var titleLines: [String] = []
    for line in titlePage {
      if let last = titleLines.last, last.hasSuffix(",") || line.first?.isLowercase == true {
        titleLines[titleLines.count - 1] = last + " " + line
      } else {
        titleLines.append(line)
      }
    }
    let candidates = headerFirst ? header + titleLines : titleLines + header

    // Kind and title: the first title-page line or header part that names a kind of report.
    for candidate in candidates {
      let letters = candidate.lowercasedText().filter { $0.isLetter || $0 == " " }
      let squeezed = letters.filter { $0 != " " }
      if let (kind, _) = FollowUpVocabulary.kinds.first(where: { entry in
        entry.words.contains { letters.contains($0) || squeezed.contains($0.filter { $0 != " " }) }
      }) {
        // A plan named with its follow-up (`Verksamhetsplan 2025 – uppföljning T2`) is the
        // follow-up: it reports outcomes for part of the year, where a plan covers the whole.
        m.kind = kind == .verksamhetsplan && letters.contains("uppföljning") ? .uppföljningsrapport : kind
        if entry(kind, isPrintedIn: letters) {
          m.title = candidate
        } else {
          // Letters printed apart (`ÅRSBOKSL UT`): the title is the kind and the year beside it.
          let name = kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
          m.title = spacedYear(in: [candidate]).map { "\(name) \($0)" } ?? name
          m.year = spacedYear(in: [candidate])
        }
        break
      }
    }
    if m.kind == .okänd { notes.append(missing("typ")) }
    if m.title == nil { notes.append(missing("titel")) }

    // Organisation and förvaltning or nämnd: names the title page, header or fields give.
    let named = candidates + [fields["organisation"], fields["förvaltning"], fields["nämnd"]].compactMap { $0 }
    m.organisation = named.lazy.compactMap(organisation(in:)).first
    if m.organisation == nil { notes.append(missing("organisation")) }
    m.administration = named.lazy.compactMap(administration(in:)).first
    if m.administration == nil { notes.append(missing("förvaltning")) }

    // Year and period: from the title, else a labelled report period (`2025-12-31`).
    let title = m.title ?? ""
    let words = title.lowercasedText().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    m.year = m.year ?? words.compactMap { Int($0) }.first { (1990...2100).contains($0) }
    if let period = period(in: title) {
      m.period = period
    } else if let reportPeriod = fields["rapportperiod"] ?? fields["period"] {
      let digits = reportPeriod.split { !$0.isNumber }.compactMap { Int($0) }
      if digits.count >= 2, (1990...2100).contains(digits[0]), (1...12).contains(digits[1]) {
        m.year = m.year ?? digits[0]
        m.period = digits[1] == 12 ? "helår" : "jan-" + String(months[digits[1] - 1].prefix(3))
      }
    }
    // A cover line that says nothing but the period (`Tertial 2`, `Augusti 2024`).
    if m.period == nil { m.period = candidates.lazy.compactMap(periodLine).first }
    if m.period == nil, [.årsredovisning, .årsbokslut, .årsrapport, .verksamhetsberättelse, .verksamhetsplan].contains(m.kind) {
      m.period = "helår"
      notes.append(.inferredMetadata("period", "taken as 'helår' because a \(m.kind.rawValue) covers the whole year"))
    }
    if m.year == nil, let y = spacedYear(in: header) { m.year = y }
    // A cover line of a few words ending in the year (`Teknik    2023`).
    if m.year == nil, !headerFirst {
      m.year = titleLines.lazy.compactMap { line -> Int? in
        let words = line.split(separator: " ")
        guard words.count <= 4, let last = words.last, let y = Int(last), (1990...2100).contains(y) else { return nil }
        return y
      }.first
    }
    if m.period == nil { notes.append(missing("period")) }
    if m.year == nil { notes.append(missing("år")) }
    return (m, notes)
  }

  /// Whether one of the kind's words is printed whole in `letters`.
  static func entry(_ kind: ReportMetadata.Kind, isPrintedIn letters: String) -> Bool {
    FollowUpVocabulary.kinds.first { $0.kind == kind }?.words.contains { letters.contains($0) } ?? false
  }

  static func missing(_ field: String) -> ReportDiagnostic {
    ReportDiagnostic(level: .warning, message: "could not infer '\(field)' from the title page or running header")
  }

  /// A year printed with a space inside, as some PDF headers come out (`20 25 ÅRSBOKSLUT`).
  static func spacedYear(in parts: [String]) -> Int? {
    for part in parts {
      let words = part.split(separator: " ")
      for (a, b) in zip(words, words.dropFirst()) where a.count == 2 && b.count == 2 {
        if let y = Int(a + b), (1990...2100).contains(y) { return y }
      }
    }
    return nil
  }
}
