import Crypto
import Foundation

/// API keys: `sbk_` + 32 random bytes in base64url (43 characters). Only ``hash(_:)`` of a key is
/// stored, so a database dump opens nothing.
public enum APIKeyToken {
    public static let prefix = "sbk_"
    static let randomBytes = 32

    /// A new key from the system's secure generator, and the hash to store.
    public static func generate() -> (key: String, hash: [UInt8]) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<randomBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = prefix + base64URL(bytes)
        return (key, hash(key))
    }

    /// SHA-256 of the key's text: the lookup key. A key is long random data, so a fast unsalted
    /// hash is the right tool (password hashing is for guessable secrets).
    public static func hash(_ key: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(key.utf8)))
    }

    /// Whether `text` has a key's shape; anything else is refused without a lookup.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let body = text.utf8.dropFirst(prefix.utf8.count)
        return body.count >= 43 && body.count <= 128
            && body.allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D
                    || $0 == 0x5F
            }
    }

    /// Compares two byte strings in time that depends only on their length.
    public static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for i in 0..<min(a.count, b.count) { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
