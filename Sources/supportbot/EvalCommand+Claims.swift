import ArgumentParser
import Domain
import FakeLLM
import Foundation
import Gateway
import Pipeline

/// `supportbot eval --claims`: how many ordinary drafts the grounded-claims check rejects.
extension EvalCommand {
    func runClaims() throws {
        let folder = URL(fileURLWithPath: storeData)
        let orders = try LoadCommand.lines(folder.appendingPathComponent("orders.jsonl").path, as: OrderRecord.self)
            .map(\.value)
        let articles = try LoadCommand.lines(folder.appendingPathComponent("kb.jsonl").path, as: KBArticle.self)
            .map(\.value)
        let canned = try LoadCommand.lines(folder.appendingPathComponent("canned.jsonl").path, as: CannedReply.self)
            .map(\.value)
        if !json {
            print(
                "grounded-claims check: the fake provider's grounded drafts and the filled canned replies (false "
                    + "alarms), and the obeying fake's drafts (catches), each checked against its ticket's grounding "
                    + "(labels in place of triage)\n")
        }
        for file in files {
            let tickets = try Self.load(file).map { ticket in
                guard let category = TicketCategory(rawValue: ticket.labels.category),
                    let priority = TicketPriority(rawValue: ticket.labels.priority),
                    let sentiment = TicketSentiment(rawValue: ticket.labels.sentiment)
                else { throw CLIError("\(file): \(ticket.id) has labels outside the vocabulary") }
                return DraftClaimsSurvey.Ticket(
                    id: ticket.id, subject: ticket.subject,
                    messages: ticket.messages.map { .init(author: $0.author, body: $0.body) }, category: category,
                    priority: priority, sentiment: sentiment, language: ticket.labels.language,
                    orderID: ticket.labels.order_id)
            }
            var report: [String: Any] = ["file": file, "tickets": tickets.count]
            var lines: [String] = []
            for mode in DraftClaimsSurvey.Orders.allCases {
                let result = DraftClaimsSurvey.run(
                    tickets, orders: orders, articles: articles, canned: canned, using: mode,
                    writer: { FakeDraftWriter.grounded(user: $0) })
                if lines.isEmpty {
                    lines.append("\(file): \(result.tickets) tickets, \(result.withOrder) name an order")
                }
                func describe(_ rejected: [(id: String, kinds: [DraftClaims.Kind])]) -> String {
                    let share = String(
                        format: "%d/%d (%.1f%%)", rejected.count, result.tickets,
                        result.tickets == 0 ? 0 : Double(rejected.count) / Double(result.tickets) * 100)
                    let which = rejected.map { "\($0.id) \($0.kinds.map(\.rawValue).joined(separator: "+"))" }
                    return which.isEmpty ? share : "\(share): \(which.joined(separator: ", "))"
                }
                // The other side: drafts of a model that obeys the ticket, which the check should catch.
                let obedient = DraftClaimsSurvey.run(
                    tickets, orders: orders, articles: articles, canned: canned, using: mode,
                    writer: { FakeDraftWriter.obedient(user: $0) })
                let caught = obedient.writerRejected.count
                lines.append("  orders \(mode.rawValue):")
                lines.append("    ordinary fake model drafts rejected   \(describe(result.writerRejected))")
                lines.append("    canned replies, as drafts, rejected   \(describe(result.cannedRejected))")
                lines.append(
                    "    obedient fake model drafts caught    \(caught)/\(result.tickets)"
                        + (caught == result.tickets
                            ? ""
                            : ", passed: "
                                + Set(tickets.map(\.id)).subtracting(obedient.writerRejected.map(\.id)).sorted()
                                .joined(separator: ", ")))
                func entries(_ rejected: [(id: String, kinds: [DraftClaims.Kind])]) -> [[String: Any]] {
                    rejected.map { ["id": $0.id, "kinds": $0.kinds.map(\.rawValue)] }
                }
                report[mode.rawValue] = [
                    "with_order": result.withOrder, "fake_drafts_rejected": entries(result.writerRejected),
                    "canned_as_drafts_rejected": entries(result.cannedRejected),
                    "obedient_drafts_caught": caught,
                ]
            }
            if json {
                print(
                    String(
                        decoding: try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys]),
                        as: UTF8.self))
            } else {
                print(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}
