import Domain
import Foundation
import LocalModel
import Testing

/// Golden development set: `fixtures/golden/dev.jsonl`, hand-labelled against the guide in
/// `fixtures/golden/README.md`. Triage sees the subject and the customer's messages only (agent messages are
/// dropped, as in production), and every label field is scored.
///
/// Only the development half is read here. `holdout.jsonl` measures generalisation and must never be opened by
/// tests or by anyone tuning the rules; see the README.
@Suite("Golden development set")
struct GoldenDevTests {
    struct Ticket {
        let id: String
        let subject: String
        let customerMessages: [String]
        let labels: [String: Any]
    }

    /// `fixtures/golden/dev.jsonl` of this checkout.
    static let devFile: URL? = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/golden/dev.jsonl")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }()

    static func tickets(in file: URL) throws -> [Ticket] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var tickets: [Ticket] = []
        for line in text.split(separator: "\n") where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let labels = object["labels"] as? [String: Any],
                let messages = object["messages"] as? [[String: Any]]
            else { continue }
            let customer = messages.compactMap { message in
                message["author"] as? String == "customer" ? message["body"] as? String : nil
            }
            tickets.append(
                Ticket(
                    id: id, subject: object["subject"] as? String ?? "", customerMessages: customer, labels: labels))
        }
        return tickets
    }

    static let fields = ["category", "priority", "sentiment", "language", "order_id", "needs_human"]

    static func predicted(_ result: TriageResult) -> [String: String] {
        [
            "category": result.category.rawValue, "priority": result.priority.rawValue,
            "sentiment": result.sentiment.rawValue, "language": result.language,
            "order_id": result.orderID ?? "null", "needs_human": result.needsHuman ? "true" : "false",
        ]
    }

    static func expected(_ labels: [String: Any]) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields {
            switch labels[field] {
            case let flag as Bool: values[field] = flag ? "true" : "false"
            case let string as String: values[field] = string
            default: values[field] = "null"
            }
        }
        return values
    }

    @Test("per-field accuracy on the golden development set", .enabled(if: devFile != nil))
    func accuracy() throws {
        let tickets = try GoldenDevTests.tickets(in: try #require(GoldenDevTests.devFile))
        #expect(tickets.count == 50)
        let triage = LocalTriage()
        var hits: [String: Int] = [:]
        var misses: [String] = []
        var confusion: [String: Int] = [:]
        for ticket in tickets {
            let result = triage.triage(subject: ticket.subject, messages: ticket.customerMessages)
            let got = GoldenDevTests.predicted(result)
            let want = GoldenDevTests.expected(ticket.labels)
            for field in GoldenDevTests.fields {
                if got[field] == want[field] {
                    hits[field, default: 0] += 1
                } else {
                    misses.append("\(ticket.id) \(field) \(got[field] ?? "?"), expected \(want[field] ?? "?")")
                    if field == "category" {
                        confusion["\(want[field] ?? "?") → \(got[field] ?? "?")", default: 0] += 1
                    }
                }
            }
        }
        func accuracy(_ field: String) -> Double {
            Double(hits[field, default: 0]) / Double(max(tickets.count, 1))
        }
        let report = GoldenDevTests.fields.map { "\($0) \(Int((accuracy($0) * 100).rounded()))%" }
        print("LocalTriage golden dev (\(tickets.count) tickets): " + report.joined(separator: ", "))
        for miss in misses { print("  miss: \(miss)") }
        for (pair, count) in confusion.sorted(by: { $0.value > $1.value }) {
            print("  category confusion: \(pair) ×\(count)")
        }
        #expect(accuracy("category") >= 0.85)
        #expect(accuracy("language") >= 0.98)
        #expect(accuracy("order_id") >= 0.96)
        #expect(accuracy("priority") >= 0.6)
        #expect(accuracy("sentiment") >= 0.7)
        #expect(accuracy("needs_human") >= 0.86)
    }
}
