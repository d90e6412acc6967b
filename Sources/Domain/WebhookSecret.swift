import Foundation

/// A Standard Webhooks signing secret: `whsec_` followed by the base64 of the key bytes.
public struct WebhookSecret: Sendable, Equatable, CustomStringConvertible {
    public static let prefix = "whsec_"

    /// The HMAC key.
    public let key: [UInt8]

    public init(key: [UInt8]) {
        self.key = key
    }

    /// Parses `whsec_<base64>`; a secret without the prefix is accepted as bare base64.
    public init?(encoded: String) {
        let body = encoded.hasPrefix(Self.prefix) ? String(encoded.dropFirst(Self.prefix.count)) : encoded
        guard let data = Data(base64Encoded: body), data.count >= 16 else { return nil }
        self.key = Array(data)
    }

    /// A new secret of `byteCount` bytes from the system's cryptographically secure generator
    /// (`getrandom(2)` on Linux).
    public static func generate(byteCount: Int = 32) -> WebhookSecret {
        var generator = SystemRandomNumberGenerator()
        return WebhookSecret(key: (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// `whsec_…`, the form stored and shown to the operator once.
    public var encoded: String { Self.prefix + Data(key).base64EncodedString() }

    /// Redacted: a secret must never reach a log line by accident.
    public var description: String { "whsec_…(redacted)" }
}
