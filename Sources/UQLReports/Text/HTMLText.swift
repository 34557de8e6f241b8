import UQLValues

/// Removes HTML tags and entities from table cells that were exported with their markup
/// (`<p>`, `<ul>`, `<li>`, `<i>`, `&amp;`, `&nbsp;`, `&#228;`).
public enum HTMLText {
  /// Tags that end a block of text: the text on either side belongs to different items.
  static let blockTags: Set<String> = ["p", "li", "ul", "ol", "br", "div", "tr", "td", "th", "table"]

  /// The text without tags or entities, white space collapsed to single spaces.
  public static func plain(_ html: String) -> String {
    // Without "<" or "&" there is no markup: the text is only collapsed.
    if !mayHoldMarkup(html) { return collapse(html) }
    return collapse(blocks(html).joined(separator: " "))
  }

  /// Whether `text` holds a "<" or "&" byte, without which it has no tag or entity.
  static func mayHoldMarkup(_ text: String) -> Bool {
    TextSearch.containsAnyByte(text, 0x3C, 0x26, 0x26)
  }

  /// The text split at block tags (`<p>`, `<li>`, `<br>`, …), each block without tags or
  /// entities and with white space collapsed; empty blocks are left out.
  public static func blocks(_ html: String) -> [String] {
    if !mayHoldMarkup(html) {
      let block = collapse(html)
      return block.isEmpty ? [] : [block]
    }
    // Text whose every scalar is a character of its own is walked scalar by scalar, which
    // gives the same steps as walking its characters, without grapheme breaking.
    if CharacterArray.isScalarPerCharacter(html) { return blocks(of: Array(html.unicodeScalars)) }
    return blocks(of: Array(html))
  }

  /// The blocks of `chars`, characters or scalars.
  static func blocks<Element: MarkupElement>(of chars: [Element]) -> [String] {
    var blocks: [String] = []
    // The block's text as UTF-8 bytes: appending characters appends their scalars.
    var current: [UInt8] = []
    var chars = chars
    chars.append(" ")
    var i = 0
    while i < chars.count {
      let ch = chars[i]
      if ch == "<", let end = tagEnd(chars, from: i) {
        let name = tagName(chars[(i + 1)..<end])
        if blockTags.contains(name) {
          blocks.append(String(decoding: current, as: UTF8.self))
          current = []
        }
        // Inline tags (`<i>`, `<b>`, `<span>`) vanish without joining the words around them.
        i = end + 1
        continue
      }
      if ch == "&", let (decoded, next) = entity(chars, from: i) {
        current.append(contentsOf: decoded.utf8)
        i = next
        continue
      }
      ch.appendUTF8(to: &current)
      i += 1
    }
    blocks.append(String(decoding: current, as: UTF8.self))
    return blocks.map(collapse).filter { !$0.isEmpty }
  }

  /// Whether `text` holds anything that looks like markup.
  public static func hasMarkup(_ text: String) -> Bool {
    guard mayHoldMarkup(text) else { return false }
    let chars = CharacterArray.of(text)
    for i in chars.indices where chars[i] == "<" || chars[i] == "&" {
      if chars[i] == "<", tagEnd(chars, from: i) != nil { return true }
      if chars[i] == "&", entity(chars, from: i) != nil { return true }
    }
    return false
  }

  /// The index of the `>` closing a tag opened at `start`, if `start` opens one.
  static func tagEnd<Element: MarkupElement>(_ chars: [Element], from start: Int) -> Int? {
    let next = start + 1
    guard next < chars.count else { return nil }
    let first = chars[next]
    guard first.character.isLetter || first == "/" || first == "!" else { return nil }
    var j = next
    while j < chars.count, j - start < 2000 {
      if chars[j] == ">" { return j }
      if chars[j] == "<" { return nil }
      j += 1
    }
    return nil
  }

  static func tagName<Element: MarkupElement>(_ inner: ArraySlice<Element>) -> String {
    var name = ""
    for element in inner.drop(while: { $0 == "/" }) {
      let ch = element.character
      if ch.isLetter || ch.isNumber { name.append(ch) } else { break }
    }
    return name.lowercasedText()
  }

  static let named: [String: Character] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”",
    "ldquo": "“", "aring": "å", "auml": "ä", "ouml": "ö", "Aring": "Å", "Auml": "Ä",
    "Ouml": "Ö", "eacute": "é", "bull": "•", "shy": "\u{AD}",
  ]

  /// Decodes an entity starting at `start` (`&amp;`, `&#228;`, `&#xE4;`).
  static func entity<Element: MarkupElement>(_ chars: [Element], from start: Int) -> (Character, Int)? {
    var j = start + 1
    var body = ""
    while j < chars.count, body.count <= 10, chars[j] != ";" {
      let ch = chars[j].character
      guard ch.isLetter || ch.isNumber || ch == "#" else { return nil }
      body.append(ch)
      j += 1
    }
    guard j < chars.count, chars[j] == ";", !body.isEmpty else { return nil }
    if body.hasPrefix("#") {
      let digits = body.dropFirst()
      let value: UInt32?
      if let first = digits.first, first == "x" || first == "X" {
        value = UInt32(digits.dropFirst(), radix: 16)
      } else {
        value = UInt32(digits, radix: 10)
      }
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      let ch = Character(scalar)
      return (scalar.value == 0xA0 ? " " : ch, j + 1)
    }
    guard let ch = named[body] else { return nil }
    return (ch, j + 1)
  }

  static func collapse(_ text: String) -> String {
    TextFolding.collapseWhitespace(text)
  }
}
