import Domain
import Foundation
import Gateway
import Jobs
import LocalModel
import Logging
import Store

/// Drafts a reply to the ticket's newest customer message, in the customer's language, for an
/// agent to review (`pending_review`). When the gateway falls back (AI or drafts off, breaker
/// open, budget spent, invalid output), or the model's draft states what the grounding data does
/// not (``DraftClaims``), the draft is a canned reply marked `canned` with the reason.
public struct DraftHandler: TicketJobHandler {
    public static let jobKind = JobKind.draft
    public let gateway: ModelGateway
    public let store: PipelineStore
    let data: StoreDataStore

    public init(gateway: ModelGateway, store: PipelineStore, data: StoreDataStore) {
        self.gateway = gateway
        self.store = store
        self.data = data
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
        let category = triage?.category ?? .other
        // Both ids are text from outside (model output, a helpdesk field): only a plain order id
        // is looked up or shown to a model.
        let orderID = OrderIDPolicy.accepted(triage?.orderID) ?? OrderIDPolicy.accepted(context.orderID)
        let loaded = try await data.grounding(
            tenantID: context.tenantID, orderID: orderID, topics: DraftGrounding.topics(for: category),
            category: category.rawValue, language: language)
        let grounding = DraftGrounding(
            order: loaded.order, orderID: orderID, customerEmail: context.customerEmail, articles: loaded.articles,
            canned: loaded.canned)
        var extra: [(name: String, text: String)] = []
        if let triage {
            extra.append(
                (
                    "triage",
                    "category: \(triage.category.rawValue), priority: \(triage.priority.rawValue), "
                        + "sentiment: \(triage.sentiment.rawValue)"
                ))
        }
        extra += grounding.contextBlocks
        let request = ModelRequest(
            task: .draft, tenantID: context.tenantID, ticketID: ticketID, correlationID: job.correlationID,
            input: TicketPrompt.input(context, extra: extra, language: language), priority: triage?.priority,
            sentiment: triage?.sentiment)
        let template = grounding.canned ?? ReplyTemplates.acknowledgement(subject: context.subject, language: language)
        // The local provider's drafts and every fallback are the reply template filled with the
        // order and policy data; a model's draft is checked against the same data.
        let filled = grounding.fill(template, customerName: context.customerName, language: language)
        let body: String
        let citations: [String]
        let provenance: Provenance
        switch await gateway.complete(request, logger: logger) {
        case .completed(let completion) where completion.source == .rules:
            (body, citations) = filled
            provenance = TicketPrompt.provenance(completion)
        case .completed(let completion):
            let reply = grounding.citations(fromModelReply: completion.content)
            let ungrounded = DraftClaims(grounding: grounding, canned: filled.body).violations(in: reply.body)
            if ungrounded.isEmpty {
                (body, citations) = reply
                provenance = TicketPrompt.provenance(completion)
            } else {
                logger.warning(
                    "model draft rejected",
                    metadata: ["draft.ungrounded": "\(ungrounded.map(\.rawValue).joined(separator: ","))"])
                (body, citations) = filled
                provenance = Provenance(
                    source: .canned, model: nil,
                    reason:
                        "\(Fallback.Reason.invalidOutput.rawValue): \(completion.model): \(DraftClaims.reason(ungrounded))"
                )
            }
        case .fallback(let fallback):
            if fallback.reason == .storeUnavailable { throw fallback }
            (body, citations) = filled
            provenance = Provenance(source: .canned, model: nil, reason: "\(fallback)")
        }
        logger.info("draft written", metadata: ["draft.source": "\(provenance.source.rawValue)"])
        return JobResult(.done) { tx in
            try await PipelineStore.saveDraft(
                body, language: language, citations: citations, messageID: latest.id, provenance: provenance,
                context: context, on: tx)
        }
    }
}
