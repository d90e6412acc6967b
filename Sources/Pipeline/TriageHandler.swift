import Domain
import Foundation
import Gateway
import Jobs
import LocalModel
import Logging
import Store

/// Triages a ticket's newest customer message: category, priority, sentiment, language, order id
/// and needs_human, from the gateway or, when it falls back, the local rules. The triage, its
/// `ticket.triaged` event and the follow-up `summarize` and `draft` jobs commit together.
public struct TriageHandler: TicketJobHandler {
    public static let jobKind = JobKind.triage
    public let gateway: ModelGateway
    public let store: PipelineStore

    public init(gateway: ModelGateway, store: PipelineStore) {
        self.gateway = gateway
        self.store = store
    }

    public func handle(_ context: TicketContext, job: ClaimedJob, logger: Logger) async throws -> JobResult {
        let ticketID = context.ticketID
        guard let latest = context.latestCustomerMessage else {
            return JobResult(.discard(reason: "the ticket has no customer message"))
        }
        let request = ModelRequest(
            task: .triage, tenantID: context.tenantID, ticketID: ticketID, correlationID: job.correlationID,
            input: TicketPrompt.input(context))
        var triage: TriageResult
        let provenance: Provenance
        switch await gateway.complete(request, logger: logger) {
        case .completed(let completion):
            triage = try TriageSchema.decode(completion.content).get()
            provenance = TicketPrompt.provenance(completion)
        case .fallback(let fallback):
            if fallback.reason == .storeUnavailable { throw fallback }
            triage = LocalTriage().triage(subject: context.subject, messages: TicketPrompt.customerBodies(context))
            provenance = Provenance(source: .rules, model: nil, reason: "fallback: \(fallback)")
        }
        // Stored, shown and used by the draft: the model's (or the rules') id only if it is plainly
        // an order id, else the ticket's own field under the same rule.
        triage.orderID = OrderIDPolicy.accepted(triage.orderID) ?? OrderIDPolicy.accepted(context.orderID)
        let result = triage
        logger.info(
            "ticket triaged",
            metadata: [
                "triage.category": "\(result.category.rawValue)", "triage.priority": "\(result.priority.rawValue)",
                "triage.source": "\(provenance.source.rawValue)",
            ])
        return JobResult(.done) { tx in
            try await PipelineStore.saveTriage(
                result, provenance: provenance, context: context, messageID: latest.id, on: tx)
            let key = "\(ticketID.lowercased):\(latest.id.lowercased)"
            try await JobStore.enqueue(
                NewJob(
                    .draft, priority: result.priority == .urgent ? 50 : 100, tenantID: context.tenantID,
                    ticketID: ticketID, correlationID: job.correlationID, idempotencyKey: "draft:\(key)"), on: tx)
            try await JobStore.enqueue(
                NewJob(
                    .summarize, tenantID: context.tenantID, ticketID: ticketID, correlationID: job.correlationID,
                    idempotencyKey: "summarize:\(ticketID.lowercased):\(context.messages.count)"), on: tx)
        }
    }
}

extension Fallback: Error {}
