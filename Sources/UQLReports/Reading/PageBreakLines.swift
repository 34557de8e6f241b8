/// Page breaks inside lines.
///
/// An extractor that joins its pages with a bare form feed (`"\f".join(pages)`, the usual idiom
/// with pdfplumber, pypdf and PyMuPDF) glues each page's last line to the next page's first:
/// `…SID 1 (36)\fInnehåll`. The report is read with such a line split at its form feeds, so that
/// the footer is page furniture and the next page starts on a line of its own, as with every
/// other extractor; every line number the reading gives is then mapped back to the file's, so
/// that each fact still names the line it stands on in the file.
enum PageBreakLines {
  /// The lines to read: `lines` with each form feed that follows something else on its line
  /// starting a line of its own, and the map back, or nil where no line has one (the usual case: then the
  /// lines read are the file's).
  static func split(_ lines: [String]) -> (lines: [String], map: LineMap)? {
    guard lines.contains(where: breaksInside) else { return nil }
    var result: [String] = []
    var fileLine: [Int] = []
    result.reserveCapacity(lines.count + 16)
    fileLine.reserveCapacity(lines.count + 16)
    for (index, line) in lines.enumerated() {
      guard breaksInside(line) else {
        result.append(line)
        fileLine.append(index + 1)
        continue
      }
      // Each part but the first starts with its form feeds, as a page's first line does.
      var part = Substring(line)
      while let text = part.firstIndex(where: { $0 != "\u{0C}" }),
        let cut = part[text...].firstIndex(where: { $0 == "\u{0C}" })
      {
        result.append(String(part[..<cut]))
        fileLine.append(index + 1)
        part = part[cut...]
      }
      result.append(String(part))
      fileLine.append(index + 1)
    }
    return (result, LineMap(fileLine: fileLine))
  }

  /// Whether a form feed follows anything but form feeds on `line` (a page break inside it; also
  /// after a page's padding of spaces, which belongs to the page before).
  static func breaksInside(_ line: String) -> Bool {
    var seenOther = false
    for byte in line.utf8 {
      if byte == 0x0C {
        if seenOther { return true }
      } else {
        seenOther = true
      }
    }
    return false
  }
}
