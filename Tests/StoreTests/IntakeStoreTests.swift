import Domain
import Foundation
import Logging
import Postgres
import Store
import TestSupport
import Testing

@Suite("Intake: one transaction per webhook")
struct IntakeStoreTests {
    static func webhook(
        _ type: TicketWebhook.EventType = .ticketCreated, ticket: String = "ZD-1", message: String = "m-1",
        author: TicketWebhook.Author = .customer, body: String = "Where is my order 1042?"
    ) -> TicketWebhook {
        TicketWebhook(
            type: type,
            ticket: .init(
                externalID: ticket, subject: type == .ticketCreated ? "Where is my order?" : nil,
                customer: .init(email: "ana@example.com", name: "Ana"), orderID: "1042", channel: "email"),
            message: .init(
                externalID: message, author: author, body: body, createdAt: Date(timeIntervalSince1970: 1_795_000_000)))
    }

    static func counts(
        _ pool: PostgresPool, tenant: UUID
    ) async throws -> (tickets: Int, messages: Int, jobs: Int, events: Int) {
        let row = try await pool.query(
            """
            SELECT (SELECT count(*) FROM tickets WHERE tenant_id = \(tenant)::uuid) AS tickets,
                   (SELECT count(*) FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id
                     WHERE t.tenant_id = \(tenant)::uuid) AS messages,
                   (SELECT count(*) FROM jobs WHERE tenant_id = \(tenant)::uuid) AS jobs,
                   (SELECT count(*) FROM inbound_events WHERE tenant_id = \(tenant)::uuid) AS events
            """
        ).first!
        return (try row.decode("tickets"), try row.decode("messages"), try row.decode("jobs"), try row.decode("events"))
    }

    @Test("a new ticket commits the event, ticket, message and a triage job with its idempotency key")
    func accepted() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "intake", webhookURL: nil, by: .test
        ).id
        let outcome = try await IntakeStore(pool: pool).accept(
            tenantID: tenant, webhookID: "msg_1", webhook: Self.webhook())
        #expect(!outcome.duplicate && outcome.createdTicket && outcome.jobID != nil)
        let job = try #require(
            try await pool.query(
                "SELECT kind, lane, state, attempt, max_attempts, idempotency_key, correlation_id, ticket_id, payload::text AS payload FROM jobs WHERE id = \(outcome.jobID!)::bigint"
            ).first)
        #expect(try job.decode("kind", as: String.self) == "triage")
        #expect(try job.decode("lane", as: String.self) == "interactive")
        #expect(try job.decode("state", as: String.self) == "available")
        #expect(try job.decode("attempt", as: Int.self) == 0)
        #expect(try job.decode("idempotency_key", as: String.self) == "triage:\(outcome.ticketID.lowercased):m-1")
        #expect(try job.decode("correlation_id", as: String.self) == "msg_1")
        #expect(try job.decode("ticket_id", as: UUID.self) == outcome.ticketID)
        let linked = try await pool.query(
            "SELECT ticket_id FROM inbound_events WHERE tenant_id = \(tenant)::uuid AND webhook_id = 'msg_1'"
        ).first!.decode("ticket_id", as: UUID.self)
        #expect(linked == outcome.ticketID)
        await pool.close()
    }

    @Test("50 concurrent deliveries of one webhook-id: one ticket, one message, one job, one answer not duplicate")
    func concurrentDuplicates() async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 50)
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(name: "dupes", webhookURL: nil, by: .test)
            .id
        let store = IntakeStore(pool: pool)
        let outcomes = try await withThrowingTaskGroup(of: IntakeStore.Outcome.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await store.accept(tenantID: tenant, webhookID: "msg_same", webhook: Self.webhook())
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { !$0.duplicate }.count == 1)
        #expect(Set(outcomes.map(\.ticketID)).count == 1, "every answer names the same ticket")
        let counts = try await Self.counts(pool, tenant: tenant)
        #expect(counts.tickets == 1 && counts.messages == 1 && counts.jobs == 1 && counts.events == 1)
        await pool.close()
    }

    @Test("message_added appends to the ticket and queues triage again; an agent message queues nothing")
    func thread() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "thread", webhookURL: nil, by: .test
        ).id
        let store = IntakeStore(pool: pool)
        let first = try await store.accept(tenantID: tenant, webhookID: "w1", webhook: Self.webhook())
        let agent = try await store.accept(
            tenantID: tenant, webhookID: "w2",
            webhook: Self.webhook(.messageAdded, message: "m-2", author: .agent, body: "Let me check."))
        let customer = try await store.accept(
            tenantID: tenant, webhookID: "w3", webhook: Self.webhook(.messageAdded, message: "m-3", body: "Any news?"))
        #expect(agent.ticketID == first.ticketID && customer.ticketID == first.ticketID)
        #expect(!agent.createdTicket && agent.jobID == nil)
        #expect(customer.jobID != nil && customer.jobID != first.jobID)
        let counts = try await Self.counts(pool, tenant: tenant)
        #expect(counts.tickets == 1 && counts.messages == 3 && counts.jobs == 2)
        let detail = try #require(try await TicketStore(pool: pool).detail(first.ticketID, scope: .all))
        #expect(detail.messages.map(\.externalID) == ["m-1", "m-2", "m-3"])
        #expect(detail.subject == "Where is my order?", "a message without a subject keeps the ticket's")
        #expect(detail.triage == nil && detail.summary == nil && detail.drafts.isEmpty)
        await pool.close()
    }

    @Test("the same message under a new webhook-id adds no message and no second job")
    func sameMessageNewWebhookID() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "redelivery", webhookURL: nil, by: .test
        ).id
        let store = IntakeStore(pool: pool)
        let first = try await store.accept(tenantID: tenant, webhookID: "a", webhook: Self.webhook())
        let again = try await store.accept(tenantID: tenant, webhookID: "b", webhook: Self.webhook())
        #expect(again.ticketID == first.ticketID && !again.duplicate && again.jobID == nil)
        let counts = try await Self.counts(pool, tenant: tenant)
        #expect(counts.messages == 1 && counts.jobs == 1 && counts.events == 2)
        await pool.close()
    }

    @Test("the same external id under two tenants makes two tickets")
    func tenantsAreSeparate() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenants = TenantStore(pool: pool, keyring: .test)
        let a = try await tenants.create(name: "a", webhookURL: nil, by: .test).id
        let b = try await tenants.create(name: "b", webhookURL: nil, by: .test).id
        let store = IntakeStore(pool: pool)
        let ta = try await store.accept(tenantID: a, webhookID: "same", webhook: Self.webhook())
        let tb = try await store.accept(tenantID: b, webhookID: "same", webhook: Self.webhook())
        #expect(ta.ticketID != tb.ticketID && !ta.duplicate && !tb.duplicate)
        await pool.close()
    }

    @Test("NOTIFY jobs fires at commit with the lane, never ticket data")
    func notifies() async throws {
        let conninfo = try await TestDatabase.shared.conninfo()
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "notify", webhookURL: nil, by: .test
        ).id
        let listener = PostgresListener(conninfo: conninfo, channels: ["jobs"], logger: Logger(label: "test"))
        listener.start()
        var events = listener.events.makeAsyncIterator()
        #expect(await events.next() == .connected(reconnect: false))
        let accepted = try await IntakeStore(pool: pool).accept(
            tenantID: tenant, webhookID: "n1", webhook: Self.webhook())
        // Tests running in parallel on this database notify too (other lanes): read until ours.
        var payloads: [String] = []
        while payloads.last != "interactive", let event = await events.next() {
            if case .notification(let channel, let payload) = event, channel == "jobs" { payloads.append(payload) }
        }
        #expect(payloads.last == "interactive")
        let ticket = accepted.ticketID.uuidString.lowercased()
        #expect(payloads.allSatisfy { !$0.contains(ticket) && !$0.contains("ZD-") && !$0.contains("@") })
        listener.stop()
        await pool.close()
    }

    @Test("tickets list newest first with a cursor that walks every page once")
    func pagination() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(name: "pages", webhookURL: nil, by: .test)
            .id
        let store = IntakeStore(pool: pool)
        var created: [UUID] = []
        for n in 0..<7 {
            created.append(
                try await store.accept(tenantID: tenant, webhookID: "p\(n)", webhook: Self.webhook(ticket: "T-\(n)"))
                    .ticketID)
        }
        let tickets = TicketStore(pool: pool)
        var seen: [UUID] = []
        var cursor: String?
        repeat {
            let page = try await tickets.list(status: "open", scope: .tenant(tenant), limit: 3, cursor: cursor)
            #expect(page.tickets.count <= 3)
            seen += page.tickets.map(\.id)
            cursor = page.nextCursor
        } while cursor != nil
        #expect(seen == created.reversed())
        await #expect(throws: StoreError.self) {
            try await tickets.list(status: "nope", scope: .all, limit: 3, cursor: nil)
        }
        await #expect(throws: StoreError.self) {
            try await tickets.list(status: nil, scope: .all, limit: 0, cursor: nil)
        }
        await #expect(throws: StoreError.self) {
            try await tickets.list(status: nil, scope: .all, limit: 3, cursor: "garbage")
        }
        #expect(try await tickets.detail(UUID(), scope: .all) == nil)
        await pool.close()
    }
}
