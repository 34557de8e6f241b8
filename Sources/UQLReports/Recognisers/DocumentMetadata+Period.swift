/// The period a report's title or cover names, as the months from January it covers.
extension DocumentMetadata {
  /// The period `text` names: a span (`januari–augusti`: jan-aug), a month (`augusti`: jan-aug),
  /// a tertial (`T2`, `tertial 2`, `andra tertialet`: jan-aug), a quarter (`Q1`, `kvartal 1`:
  /// jan-mar) or the whole year (`helår`, and a span, month or part that ends in December).
  static func period(in text: String) -> String? {
    if let span = MetadataInference.periodSpan(in: text) { return span }
    let words = words(of: text)
    if let month = words.lazy.compactMap({ w in months.firstIndex(of: w) }).first {
      return through(month + 1)
    }
    if let month = yearPart(in: words) { return through(month) }
    return words.contains("helår") ? "helår" : nil
  }

  /// The period of a cover line that says nothing but a period and a year (`Augusti 2024`,
  /// `Tertial 2`, `Helår 2024`); a line saying more (`Beslutad 12 april 2025`) gives none.
  static func periodLine(_ text: String) -> String? {
    let words = words(of: text)
    let periodWords = Set(months + FollowUpVocabulary.ordinals + ["helår", "a", "e"])
    let onlyPeriod = words.allSatisfy { w in
      Int(w) != nil || periodWords.contains(w)
        || FollowUpVocabulary.yearParts.contains { w.hasPrefix($0.stem) || (w.hasPrefix($0.short) && Int(w.dropFirst()) != nil) }
    }
    return onlyPeriod ? period(in: text) : nil
  }

  /// The last month (1–12) of the tertial or quarter `words` name, if any.
  static func yearPart(in words: [String]) -> Int? {
    for part in FollowUpVocabulary.yearParts {
      for (i, w) in words.enumerated() {
        var numbers: [Int?] = []
        if w.hasPrefix(part.short), let k = Int(w.dropFirst(part.short.count)) {
          numbers.append(k)  // T2, Q1
        } else if w.hasPrefix(part.stem) {
          numbers.append(i + 1 < words.count ? Int(words[i + 1]) : nil)  // tertial 2, kvartalsrapport 1
          numbers.append(i > 0 ? FollowUpVocabulary.ordinals.firstIndex(of: words[i - 1]).map { $0 + 1 } : nil)  // andra tertialet
          numbers.append(i > 1 && ["a", "e"].contains(words[i - 1]) ? Int(words[i - 2]) : nil)  // 2:a tertialet
        }
        if let n = numbers.compactMap({ $0 }).first(where: { part.throughMonth.indices.contains($0 - 1) }) {
          return part.throughMonth[n - 1]
        }
      }
    }
    return nil
  }

  /// The period from January through `month` (1–12): `jan-aug`, or `helår` for December.
  static func through(_ month: Int) -> String {
    month == 12 ? "helår" : "jan-" + String(months[month - 1].prefix(3))
  }

  static func words(of text: String) -> [String] {
    text.lowercasedText().split { !$0.isLetterFast && !$0.isNumberFast }.map(String.init)
  }
}
