import UQLValues
/// A parsed JSON value. Numbers keep their literal text so they can become exact decimals.
indirect enum JSONValue: Sendable, Equatable {
  case null
  case boolean(Bool)
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  /// The value as compact JSON text, the way nested values are stored in text columns.
  var compactText: String {
    var text = ""
    write(to: &text)
    return text
  }

  func write(to text: inout String) {
    switch self {
    case .null: text += "null"
    case .boolean(let b): text += b ? "true" : "false"
    case .number(let literal): text += literal
    case .string(let s): JSONValue.writeQuoted(s, to: &text)
    case .array(let elements):
      text += "["
      for (i, element) in elements.enumerated() {
        if i > 0 { text += "," }
        element.write(to: &text)
      }
      text += "]"
    case .object(let members):
      text += "{"
      for (i, member) in members.enumerated() {
        if i > 0 { text += "," }
        JSONValue.writeQuoted(member.key, to: &text)
        text += ":"
        member.value.write(to: &text)
      }
      text += "}"
    }
  }

  static func writeQuoted(_ s: String, to text: inout String) { text += JSONString.quoted(s) }

}

/// One `"key": value` pair of a JSON object, with where its key starts.
struct JSONMember: Sendable, Equatable {
  var key: String
  var value: JSONValue
  var position: SourcePosition
}
