import Foundation

/// Accumulates values of one type and produces the most compact storage for them.
public struct ColumnBuilder: Sendable {
  public let type: ValueType
  private var values: [Value] = []

  public init(type: ValueType) { self.type = type }

  public mutating func reserveCapacity(_ n: Int) { values.reserveCapacity(n) }

  /// Appends a value; a value of another type than the column's is converted or becomes null.
  public mutating func append(_ value: Value) { values.append(value) }

  public func finish() -> ColumnStorage {
    switch type {
    case .integer:
      return .integers(values.map { if case .integer(let i) = $0 { return i } else { return nil } })
    case .number:
      let decimals = values.map { $0.decimal }
      return ColumnStorage(numbers: decimals)
    case .boolean:
      return .booleans(values.map { if case .boolean(let b) = $0 { return b } else { return nil } })
    case .date:
      return .dates(values.map { if case .date(let d) = $0 { return d } else { return nil } })
    case .text, .enumeration, .null:
      let texts = values.map { $0.displayText }
      return ColumnBuilder.encode(texts, domain: type.domain)
    }
  }

  /// Dictionary-encodes text when distinct values are few relative to rows; enum columns always.
  static func encode(_ texts: [String?], domain: EnumDomain?) -> ColumnStorage {
    var index: [ExactText: Int32] = [:]
    var dictionary: [String] = domain?.values ?? []
    for (i, v) in dictionary.enumerated() { index[ExactText(v)] = Int32(i) }
    var codes: [Int32] = []
    codes.reserveCapacity(texts.count)
    let limit = domain == nil ? max(16, texts.count / 2) : Int.max
    for (row, text) in texts.enumerated() {
      guard let text else {
        codes.append(-1)
        continue
      }
      let key = ExactText(text)
      if let code = index[key] {
        codes.append(code)
      } else {
        // Mostly distinct text (names, comments) is not worth a dictionary: give up early.
        if dictionary.count >= limit || (domain == nil && row >= 4096 && dictionary.count * 2 > row) {
          return .texts(texts)
        }
        let code = Int32(dictionary.count)
        index[key] = code
        dictionary.append(text)
        codes.append(code)
      }
    }
    return .dictionary(codes: codes, values: dictionary)
  }
}

extension ColumnStorage {
  /// Numbers as scaled integers when they all fit, as decimals otherwise.
  public init(numbers: [Decimal?]) {
    self = ScaledNumbers(numbers).map(ColumnStorage.scaledNumbers) ?? .numbers(numbers)
  }
}

extension ValueType {
  /// The enum domain of an enumeration type, nil for others.
  public var domain: EnumDomain? {
    if case .enumeration(let d) = self { return d }
    return nil
  }
}
