import Foundation

/// A UUID that encodes as lowercase text, the form RFC 9562 recommends and our JSON, URLs and logs
/// use (Foundation's `uuidString` is uppercase). Decodes either case.
@propertyWrapper
public struct LowercasedUUID: Sendable, Hashable, Codable {
    public var wrappedValue: UUID

    public init(wrappedValue: UUID) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = UUID(uuidString: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a UUID"))
        }
        wrappedValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.uuidString.lowercased())
    }
}

extension UUID {
    /// Lowercase text, as in our JSON: log lines then match what `grep` for an API id finds.
    public var lowercased: String { uuidString.lowercased() }
}
