import Domain
import Gateway
import Jobs
import Logging
import Store

/// What the triage, summarize and draft handlers share: their kind's lane, the gateway, the
/// store, and loading the ticket (a job whose ticket was deleted is discarded).
public protocol TicketJobHandler: JobHandler {
    static var jobKind: JobKind { get }
    var gateway: ModelGateway { get }
    var store: PipelineStore { get }
    func handle(_ context: TicketContext, job: ClaimedJob, logger: Logger) async throws -> JobResult
}

extension TicketJobHandler {
    public var kind: JobKind { Self.jobKind }
    public var lane: JobLane { Self.jobKind.lane }

    public func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult {
        guard let ticketID = job.ticketID, let context = try await store.context(ticketID) else {
            return JobResult(.discard(reason: "the ticket no longer exists"))
        }
        return try await handle(context, job: job, logger: logger)
    }
}
