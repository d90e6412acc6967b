import Domain
import Foundation
import Gateway
import Jobs
import LocalModel
import Logging
import Store

/// Summarizes a ticket's whole thread for the agent; long threads are folded first
/// (``TicketPrompt``). Falls back to the local extractive summary.
public struct SummarizeHandler: TicketJobHandler {
    public static let jobKind = JobKind.summarize
    public let gateway: ModelGateway
    public let store: PipelineStore

    public init(gateway: ModelGateway, store: PipelineStore) {
        self.gateway = gateway
        self.store = store
    }

    public func handle(_ context: TicketContext, job: ClaimedJob, logger: Logger) async throws -> JobResult {
        let ticketID = context.ticketID
        let request = ModelRequest(
            task: .summarize, tenantID: context.tenantID, ticketID: ticketID, correlationID: job.correlationID,
            input: TicketPrompt.input(context), priority: context.triage?.priority, sentiment: context.triage?.sentiment
        )
        let text: String
        let provenance: Provenance
        switch await gateway.complete(request, logger: logger) {
        case .completed(let completion):
            text = completion.content
            provenance = TicketPrompt.provenance(completion)
        case .fallback(let fallback):
            if fallback.reason == .storeUnavailable { throw fallback }
            text = ExtractiveSummarizer().summarize(
                subject: context.subject, messages: context.messages.map { .init(author: $0.author, body: $0.body) })
            provenance = Provenance(source: .rules, model: nil, reason: "fallback: \(fallback)")
        }
        let count = context.messages.count
        return JobResult(.done) { tx in
            try await PipelineStore.saveSummary(text, messages: count, provenance: provenance, context: context, on: tx)
        }
    }
}
