import Crypto
import Foundation

/// A JSON-lines file of ticket webhook bodies, as in `fixtures/tickets.jsonl`.
struct FixtureFile {
    struct Line: Sendable {
        /// 1-based, for messages.
        let number: Int
        let body: [UInt8]
        /// Lines of one ticket are sent in file order so `message_added` never overtakes `created`.
        let ticketExternalID: String
        let webhookID: String
    }

    let lines: [Line]

    /// Reads `path`; blank lines and lines starting with `#` are skipped.
    ///
    /// Webhook ids are derived from the tenant and the line, so sending the same file twice is
    /// recognized by the server as duplicates, not new tickets.
    init(path: String, tenantID: UUID) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path): no such file or not readable")
        }
        struct Probe: Decodable {
            struct Ticket: Decodable { let external_id: String }
            let ticket: Ticket
        }
        var lines: [Line] = []
        for (index, raw) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let text = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw[...]
            if text.allSatisfy({ $0 == 32 || $0 == 9 }) || text.first == UInt8(ascii: "#") { continue }
            guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(text)) else {
                throw CLIError("\(path):\(index + 1): not a ticket webhook (needs JSON with ticket.external_id)")
            }
            let body = Array(text)
            lines.append(
                Line(
                    number: index + 1, body: body, ticketExternalID: probe.ticket.external_id,
                    webhookID: Self.webhookID(tenantID: tenantID, body: body)))
        }
        guard !lines.isEmpty else { throw CLIError("\(path) holds no webhooks") }
        self.lines = lines
    }

    static func webhookID(tenantID: UUID, body: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(data: Array(tenantID.uuidString.lowercased().utf8))
        hash.update(data: [0])
        hash.update(data: body)
        return "msg_" + hash.finalize().prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// Splits the lines into `count` queues, every ticket's lines in one queue, in file order.
    func partitioned(into count: Int) -> [[Line]] {
        var queues = Array(repeating: [Line](), count: max(1, count))
        var assignment: [String: Int] = [:]
        var next = 0
        for line in lines {
            let queue =
                assignment[line.ticketExternalID]
                ?? {
                    defer { next += 1 }
                    assignment[line.ticketExternalID] = next % queues.count
                    return next % queues.count
                }()
            queues[queue].append(line)
        }
        return queues.filter { !$0.isEmpty }
    }
}
