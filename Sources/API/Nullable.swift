/// An optional that encodes as JSON `null` when absent, instead of leaving the key out (the
/// synthesized `Encodable` skips nil optionals). CONTRACT.md shows `"triage": null` until the
/// pipeline has run, and clients test for it.
@propertyWrapper
struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
