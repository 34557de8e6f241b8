/// A named, typed column of a table.
public struct Column: Sendable {
  public var name: String
  public var type: ValueType
  public var storage: ColumnStorage

  public init(name: String, type: ValueType, storage: ColumnStorage) {
    self.name = name
    self.type = type
    self.storage = storage
  }

  /// Builds a column of `type` from values; text is dictionary-encoded when it repeats a lot.
  public init(name: String, type: ValueType, values: [Value]) {
    var builder = ColumnBuilder(type: type)
    builder.reserveCapacity(values.count)
    for value in values { builder.append(value) }
    self.init(name: name, type: type, storage: builder.finish())
  }

  /// Builds a text or enum column straight from texts (nil for null), dictionary-encoded when
  /// the values repeat.
  public init(name: String, type: ValueType, texts: [String?]) {
    self.init(name: name, type: type, storage: ColumnBuilder.encode(texts, domain: type.domain))
  }

  /// Builds a text column dictionary-encoded over `dictionary` and any other text it holds: the
  /// values it may hold listed, also those no row has (every report, in each report dataset).
  public init(name: String, texts: [String?], dictionary: [String]) {
    self.init(name: name, type: .text, storage: ColumnBuilder.encode(texts, domain: EnumDomain(name: name, values: dictionary)))
  }

  public var count: Int { storage.count }

  public subscript(row: Int) -> Value { storage[row] }

  /// The distinct non-null text values in order of first appearance, cheaply when encoded.
  public var distinctTexts: [String] {
    switch storage {
    case .dictionary(_, let values): return values
    case .texts(let a):
      var seen = Set<String>()
      var result: [String] = []
      for case let s? in a where seen.insert(s).inserted { result.append(s) }
      return result
    default: return []
    }
  }
}
