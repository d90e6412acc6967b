import DashboardCore
import Domain
import Foundation
import Logging
import Postgres
import Store

/// The dashboard's reads and review actions, over the store, in the view model's types. Errors
/// come back as messages safe to show on screen: what failed, never SQL or a conninfo.
public struct DashboardData: Sendable {
    let pool: PostgresPool
    let agent: String
    let logger: Logger

    public init(pool: PostgresPool, agent: String, logger: Logger) {
        self.pool = pool
        self.agent = agent
        self.logger = logger
    }

    /// The window of the inbox `request` asks for, with the total and the header's counts.
    public func page(_ request: InboxRequest) async throws -> DashboardCore.InboxPage {
        let inbox = InboxStore(pool: pool)
        async let counts = inbox.counts()
        let page = try await inbox.page(Store.InboxQuery(request))
        return DashboardCore.InboxPage(
            answering: request, total: page.total, rows: page.entries.map(InboxRow.init),
            counts: ReviewCounts(try await counts))
    }

    /// The ticket view: thread, triage, summary, newest draft, the order fields it cites, deliveries.
    public func ticket(_ id: UUID) async throws -> DashboardCore.TicketDetail? {
        guard let detail = try await TicketStore(pool: pool).detail(id) else { return nil }
        let cited = detail.drafts.last?.citations.compactMap { DashboardCore.TicketDetail.orderCitation($0) }.first
        var order: OrderRecord?
        if let orderID = cited?.orderID {
            order = try await StoreDataStore(pool: pool).order(tenantID: detail.tenantID, orderID: orderID)
        }
        return DashboardCore.TicketDetail(detail, order: order)
    }

    public func status() async throws -> StatusSummary {
        StatusSummary(try await StatusStore(pool: pool).report())
    }

    /// Approves as this agent; a draft someone else handled first comes back `.alreadyReviewed`.
    public func approve(_ draftID: UUID, editedBody: String?) async -> ReviewOutcome {
        await review(draftID, action: "approve") {
            try await ReviewStore(pool: pool).approve(draftID, editedBody: editedBody, agent: agent)
        }
    }

    public func reject(_ draftID: UUID, reason: String?) async -> ReviewOutcome {
        await review(draftID, action: "reject") {
            try await ReviewStore(pool: pool).reject(draftID, reason: reason, agent: agent)
        }
    }

    func review(_ draftID: UUID, action: String, _ body: () async throws -> ReviewResult) async -> ReviewOutcome {
        do {
            let result = try await body()
            logger.info(
                "draft reviewed",
                metadata: ["draft_id": "\(draftID.lowercased)", "action": "\(action)", "result": "\(result)"])
            return ReviewOutcome(result)
        } catch {
            logger.error(
                "review failed",
                metadata: ["draft_id": "\(draftID.lowercased)", "error": "\(String(describing: error))"])
            return .failed(message: Self.safeMessage(error))
        }
    }

    /// What an agent may see of a failure: the store's own message for bad input, else its kind.
    static func safeMessage(_ error: any Error) -> String {
        switch error {
        case let error as StoreError: error.message
        case is PostgresError: "the database is unavailable; retrying"
        default: "unexpected error (\(type(of: error)))"
        }
    }
}
