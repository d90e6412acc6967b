import Domain
import Foundation
import Gateway
import Jobs
import LocalModel
import Logging
import Store

/// Drafts a reply to the ticket's newest customer message, in the customer's language, for an
/// agent to review (`pending_review`). When the gateway falls back (AI or drafts off, breaker
/// open, budget spent, invalid output) the draft is a canned reply marked `canned` with the reason.
public struct DraftHandler: TicketJobHandler {
    public static let jobKind = JobKind.draft
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
        let triage = context.triage
        let language =
            triage?.language
            ?? LanguageDetector().detect(
                ([context.subject] + TicketPrompt.customerBodies(context)).joined(separator: "\n"))
        var extra: [(name: String, text: String)] = []
        if let triage {
            extra.append(
                (
                    "triage",
                    "category: \(triage.category.rawValue), priority: \(triage.priority.rawValue), "
                        + "sentiment: \(triage.sentiment.rawValue)"
                ))
        }
        if let order = triage?.orderID ?? context.orderID {
            extra.append(("order", "order number: \(order) (no further order data available)"))
        }
        let request = ModelRequest(
            task: .draft, tenantID: context.tenantID, ticketID: ticketID, correlationID: job.correlationID,
            input: TicketPrompt.input(context, extra: extra, language: language), priority: triage?.priority,
            sentiment: triage?.sentiment)
        let body: String
        let provenance: Provenance
        switch await gateway.complete(request, logger: logger) {
        case .completed(let completion):
            body = completion.content
            provenance = TicketPrompt.provenance(completion)
        case .fallback(let fallback):
            if fallback.reason == .storeUnavailable { throw fallback }
            body = ReplyTemplates.acknowledgement(subject: context.subject, language: language)
            provenance = Provenance(source: .canned, model: nil, reason: "\(fallback)")
        }
        logger.info("draft written", metadata: ["draft.source": "\(provenance.source.rawValue)"])
        return JobResult(.done) { tx in
            try await PipelineStore.saveDraft(
                body, language: language, messageID: latest.id, provenance: provenance, context: context, on: tx)
        }
    }
}
