import Foundation

/// Turns file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252
/// when the bytes are not valid UTF-8. The result is NFC-normalised, so text from macOS (often
/// NFD) compares equal to the same text from elsewhere.
public enum TextDecoding {
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
  }

  /// Decodes `bytes`, reporting which encoding was used.
  public static func decode(_ bytes: some Collection<UInt8>) -> (text: String, encoding: Encoding) {
    let array = Array(bytes)
    if array.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (normalise(String(decoding: array.dropFirst(3), as: UTF8.self)), .utf8)
    }
    if array.starts(with: [0xFF, 0xFE]) {
      return (normalise(decodeUTF16(array.dropFirst(2), bigEndian: false)), .utf16LittleEndian)
    }
    if array.starts(with: [0xFE, 0xFF]) {
      return (normalise(decodeUTF16(array.dropFirst(2), bigEndian: true)), .utf16BigEndian)
    }
    if let text = String(validating: array, as: UTF8.self) {
      return (normalise(text), .utf8)
    }
    // Mostly UTF-8 with a few damaged bytes: decoding it all as Windows-1252 would garble every
    // å, ä and ö; keep UTF-8 and let the damaged bytes become U+FFFD, which readers can count.
    if isMostlyUTF8(array) {
      return (normalise(String(decoding: array, as: UTF8.self)), .utf8)
    }
    return (normalise(decodeWindows1252(array)), .windows1252)
  }

  /// Whether valid multi-byte UTF-8 sequences outnumber invalid bytes. Windows-1252 text has
  /// almost no valid multi-byte sequences (å is a lone 0xE5), so it does not pass.
  static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
    var valid = 0
    var invalid = 0
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
      if length == 1 {
        i += 1
        continue
      }
      if length > 1, i + length <= bytes.count,
        String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
      {
        valid += 1
        i += length
      } else {
        invalid += 1
        i += 1
      }
    }
    return valid > 0 && invalid < valid
  }

  /// The bytes as NFC UTF-8 without BOM, decoding them as ``decode(_:)`` does; bytes that
  /// already are that are returned as they are, without a copy.
  public static func utf8(_ bytes: [UInt8]) -> [UInt8] {
    if !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
      let text = String(validating: bytes, as: UTF8.self), !needsNormalisation(text)
    {
      return bytes
    }
    return Array(decode(bytes).text.utf8)
  }

  /// Splits text into lines on `\r\n`, `\r` or `\n`; a final line end does not start a new line.
  public static func lines(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var start = 0
      var previousWasCR = false
      for i in 0..<bytes.count {
        let byte = bytes[i]
        if byte == 0x0A {
          if !previousWasCR { lines.append(line(bytes, start..<i)) }
          start = i + 1
          previousWasCR = false
        } else if byte == 0x0D {
          lines.append(line(bytes, start..<i))
          start = i + 1
          previousWasCR = true
        } else {
          previousWasCR = false
        }
      }
      if start < bytes.count { lines.append(line(bytes, start..<bytes.count)) }
      return lines
    }
  }

  /// The bytes in `range` as a string; line ends are ASCII, so they cut UTF-8 between scalars.
  private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  static func normalise(_ text: String) -> String {
    needsNormalisation(text) ? text.precomposedStringWithCanonicalMapping : text
  }

  /// Whether NFC could change `text`: it holds a combining mark, a conjoining Hangul jamo, or a
  /// character NFC replaces on its own (such as U+212B ANGSTROM SIGN). Everything below U+0300
  /// is stable, so Swedish text decoded as NFC is checked without normalising a copy.
  static func needsNormalisation(_ text: String) -> Bool {
    // Scalars below U+0300 are one byte or two with a lead byte below CC: only scalars with a
    // higher lead byte are decoded and checked.
    var checked: Set<UInt32> = []
    var copy = text
    return copy.withUTF8 { bytes in
      var i = 0
      while i < bytes.count {
        let b = bytes[i]
        guard b >= 0xCC else {
          i += 1
          continue
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        i += length
        guard let scalar = Unicode.Scalar(value) else { continue }
        if scalar.properties.canonicalCombiningClass != .notReordered { return true }
        if (0x1100...0x11FF).contains(scalar.value) { return true }
        if checked.insert(scalar.value).inserted {
          // Scalars, not strings: strings compare equal when canonically equivalent, which
          // would take U+212B for the Å that NFC makes of it.
          let alone = String(scalar)
          if !alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars) {
            return true
          }
        }
      }
      return false
    }
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
      i += 2
    }
    // An odd trailing byte cannot be a character; decoding repairs it to U+FFFD.
    if i < bytes.endIndex { units.append(0xFFFD) }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252, which agrees with Latin-1 except in 0x80–0x9F.
  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        let value = windows1252High[Int(byte) - 0x80]
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
