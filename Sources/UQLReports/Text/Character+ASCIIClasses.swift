extension Character {
  /// Whether the character is a letter, as `isLetter` answers, but an ASCII character by its
  /// byte: `isLetter` looks every character up in the Unicode property tables, and the readers
  /// that split a line into its words (page furniture's keys, units, perspectives) ask it of
  /// every character of many lines, most of them ASCII.
  var isLetterFast: Bool {
    let bytes = utf8
    guard bytes.count == 1, let byte = bytes.first else { return isLetter }
    return (byte | 0x20) &- UInt8(ascii: "a") < 26
  }

  /// Whether the character is a number, as `isNumber` answers, but an ASCII character by its
  /// byte (only `0`–`9` are numbers there): see ``isLetterFast``.
  var isNumberFast: Bool {
    let bytes = utf8
    guard bytes.count == 1, let byte = bytes.first else { return isNumber }
    return byte &- UInt8(ascii: "0") < 10
  }
}
