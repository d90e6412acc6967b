import Crypto
import Foundation

/// Signs and verifies webhooks per the Standard Webhooks specification:
/// `webhook-signature: v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>`, several
/// space-separated signatures allowed (secret rotation), timestamps within a tolerance.
public enum WebhookSignature {
    /// How far a timestamp may be from now, either way.
    public static let defaultTolerance: TimeInterval = 5 * 60

    /// Why a webhook's signature was refused. Safe to show to the sender.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case missingHeader(String)
        case invalidTimestamp
        case timestampOutOfTolerance
        case noValidSignature

        public var description: String {
            switch self {
            case .missingHeader(let name): return "the \(name) header is missing"
            case .invalidTimestamp: return "webhook-timestamp is not unix seconds"
            case .timestampOutOfTolerance: return "webhook-timestamp is more than 5 minutes from the server's clock"
            case .noValidSignature: return "no webhook-signature matches the tenant's secret"
            }
        }
    }

    /// The `v1,<base64>` signature for one message.
    public static func sign(id: String, timestamp: Int64, body: some Collection<UInt8>, secret: WebhookSecret) -> String
    {
        "v1," + Data(mac(id: id, timestamp: timestamp, body: body, key: secret.key)).base64EncodedString()
    }

    /// The header value carrying one signature per secret (both during a rotation overlap).
    public static func signatureHeader(
        id: String, timestamp: Int64, body: some Collection<UInt8>, secrets: [WebhookSecret]
    ) -> String {
        secrets.map { sign(id: id, timestamp: timestamp, body: body, secret: $0) }.joined(separator: " ")
    }

    /// Verifies headers and body against any of `secrets`.
    ///
    /// Every candidate is compared in constant time, so timing reveals nothing about the expected MAC.
    public static func verify(
        id: String?, timestamp: String?, signatures: String?, body: some Collection<UInt8>,
        secrets: [WebhookSecret], now: Date = Date(), tolerance: TimeInterval = defaultTolerance
    ) throws(Failure) {
        guard let id, !id.isEmpty else { throw .missingHeader("webhook-id") }
        guard let timestamp, !timestamp.isEmpty else { throw .missingHeader("webhook-timestamp") }
        guard let signatures, !signatures.isEmpty else { throw .missingHeader("webhook-signature") }
        guard let seconds = Int64(timestamp) else { throw .invalidTimestamp }
        guard abs(now.timeIntervalSince1970 - Double(seconds)) <= tolerance else {
            throw .timestampOutOfTolerance
        }
        var matched = false
        for secret in secrets {
            let expected = mac(id: id, timestamp: seconds, body: body, key: secret.key)
            for candidate in signatures.split(separator: " ") {
                guard candidate.hasPrefix("v1,"),
                    let provided = Data(base64Encoded: String(candidate.dropFirst(3)))
                else { continue }
                if constantTimeEqual(Array(provided), expected) { matched = true }
            }
        }
        guard matched else { throw .noValidSignature }
    }

    static func mac(id: String, timestamp: Int64, body: some Collection<UInt8>, key: [UInt8]) -> [UInt8] {
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: key))
        hmac.update(data: Array("\(id).\(timestamp).".utf8))
        hmac.update(data: Array(body))
        return Array(hmac.finalize())
    }

    /// Compares without an early exit; lengths are public (always 32 bytes for SHA-256).
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in 0..<a.count { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
