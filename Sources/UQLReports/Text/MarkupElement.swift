/// What the markup walk reads: characters, or scalars of text whose scalars are characters.
protocol MarkupElement: Equatable, ExpressibleByUnicodeScalarLiteral {
  var character: Character { get }
  func appendUTF8(to bytes: inout [UInt8])
}

extension Character: MarkupElement {
  var character: Character { self }
  func appendUTF8(to bytes: inout [UInt8]) { bytes.append(contentsOf: utf8) }
}

extension Unicode.Scalar: MarkupElement {
  var character: Character { Character(self) }
  func appendUTF8(to bytes: inout [UInt8]) { bytes.append(contentsOf: utf8) }
}
