import Domain
import Foundation

/// The code under fuzzing: parsers and checks that take bytes from strangers. Each must return
/// (or throw its own error) for every input: a crash, a trap or a hang is a finding.
enum FuzzTargets {
    static let names = ["webhook", "signature", "redactor"]

    static func run(_ name: String, _ data: [UInt8]) {
        switch name {
        case "webhook": webhook(data)
        case "signature": signature(data)
        case "redactor": redactor(data)
        default: fatalError("unknown fuzz target \(name); one of \(names.joined(separator: ", "))")
        }
    }

    /// The ticket webhook's JSON decoder and validation (intake, after the signature holds).
    static func webhook(_ data: [UInt8]) {
        _ = try? TicketWebhook.parse(data)
    }

    /// Standard Webhooks verification with attacker-chosen headers and body: the input is split
    /// on newlines into id, timestamp, signature header and body.
    static func signature(_ data: [UInt8]) {
        let parts = data.split(separator: 10, maxSplits: 3, omittingEmptySubsequences: false)
        func text(_ index: Int) -> String? {
            index < parts.count ? String(decoding: parts[index], as: UTF8.self) : nil
        }
        let body = parts.count > 3 ? Array(parts[3]) : []
        let secret = WebhookSecret(key: Array(repeating: 7, count: 32))
        try? WebhookSignature.verify(
            id: text(0), timestamp: text(1), signatures: text(2), body: body, secrets: [secret],
            now: Date(timeIntervalSince1970: 1_800_000_000))
        // A correctly signed message must verify, whatever the body.
        let id = text(0).flatMap { $0.isEmpty ? nil : $0 } ?? "msg_1"
        let header = WebhookSignature.signatureHeader(id: id, timestamp: 1_800_000_000, body: body, secrets: [secret])
        do {
            try WebhookSignature.verify(
                id: id, timestamp: "1800000000", signatures: header, body: body, secrets: [secret],
                now: Date(timeIntervalSince1970: 1_800_000_000))
        } catch {
            fatalError("a message signed with the secret did not verify: \(error)")
        }
    }

    /// The PII redactor on arbitrary text (customer messages on their way to a provider).
    static func redactor(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        let once = Redactor().redact(text).text
        // Redacting redacted text changes nothing more: placeholders are not PII.
        let twice = Redactor().redact(once).text
        if twice != once { fatalError("redaction is not stable: \(once.debugDescription) → \(twice.debugDescription)") }
    }
}
