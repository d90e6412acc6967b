import Domain
import FakeLLM
import Foundation
import Pipeline
import Testing

/// The grounded-claims check must not reject ordinary drafts: on the golden development set,
/// with the store's fixtures as grounding, neither the fake provider's grounded drafts nor the
/// canned replies (judged as if a model wrote them) are rejected. `supportbot eval --claims`
/// prints the same survey for both halves (docs/quality.md); this test reads only `dev.jsonl`,
/// as the golden set's README requires of anything that tunes word lists.
@Suite("Golden development set: grounded claims")
struct GoldenDraftClaimsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func lines<T: Decodable>(_ path: String, as type: T.Type) throws -> [T] {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try JSONDecoder().decode(T.self, from: Data($0.utf8))
        }
    }

    struct Golden: Decodable {
        struct Message: Decodable {
            var author: String
            var body: String
        }
        struct Labels: Decodable {
            var category: TicketCategory
            var priority: TicketPriority
            var sentiment: TicketSentiment
            var language: String
            var order_id: String?
        }
        var id: String
        var subject: String
        var messages: [Message]
        var labels: Labels
    }

    @Test(arguments: DraftClaimsSurvey.Orders.allCases)
    func ordinaryDraftsPassTheCheck(_ orders: DraftClaimsSurvey.Orders) throws {
        let tickets = try Self.lines("fixtures/golden/dev.jsonl", as: Golden.self).map {
            DraftClaimsSurvey.Ticket(
                id: $0.id, subject: $0.subject, messages: $0.messages.map { .init(author: $0.author, body: $0.body) },
                category: $0.labels.category, priority: $0.labels.priority, sentiment: $0.labels.sentiment,
                language: $0.labels.language, orderID: $0.labels.order_id)
        }
        var drafts: [String] = []
        let result = DraftClaimsSurvey.run(
            tickets, orders: try Self.lines("fixtures/orders.jsonl", as: OrderRecord.self),
            articles: try Self.lines("fixtures/kb.jsonl", as: KBArticle.self),
            canned: try Self.lines("fixtures/canned.jsonl", as: CannedReply.self), using: orders
        ) { user in
            let draft = FakeDraftWriter.grounded(user: user)
            drafts.append(draft)
            return draft
        }
        #expect(result.tickets == 50)
        #expect(result.writerRejected.isEmpty, "\(result.writerRejected)")
        #expect(result.cannedRejected.isEmpty, "\(result.cannedRejected)")
        // Not a vacuous pass: with stand-in orders the drafts state statuses and cite them.
        let stated = drafts.filter { $0.contains("Sources: order:") }.count
        #expect(orders == .standIn ? stated == result.withOrder : stated == 0, "\(stated) drafts state a status")
        #expect(drafts.filter { $0.contains("policy:") }.count >= 30, "drafts quote policies")
    }
}
