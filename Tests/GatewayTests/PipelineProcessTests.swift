import Domain
import FakeLLM
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing
import Webhooks

/// The pipeline end to end: a signed webhook into a real `supportbot serve` process, its workers
/// triaging, summarizing and drafting through the fake provider, and the results read back
/// through `GET /v1/tickets/{id}`.
@Suite(.serialized) struct PipelineProcessTests {
    static let token = "pipeline-test-token"

    struct Server {
        let process: ChildProcess
        let baseURL: String
        let poster: SignedWebhookPoster
        let http: HTTPClient
        /// The server's own database: workers claim every job in it, so tests never share one.
        let pool: PostgresPool
        let tenantID: UUID

        /// The ticket as the API shows it, once `ready` says so.
        func ticket(_ id: String, until ready: ([String: Any]) -> Bool) async throws -> [String: Any] {
            let deadline = ContinuousClock.now + .seconds(20)
            while ContinuousClock.now < deadline {
                let response = try await http.execute(
                    HTTPRequest(
                        url: "\(baseURL)/v1/tickets/\(id)",
                        headers: [HTTPHeader(name: "Authorization", value: "Bearer \(PipelineProcessTests.token)")]))
                if response.status == 200,
                    let body = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
                    ready(body)
                {
                    return body
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw TestSupportError("ticket \(id) not processed in time: \(process.logTail())")
        }

        /// Posts one new ticket with one customer message (or, with `message` > 1, a further
        /// message on it); returns the ticket's id.
        @discardableResult
        func post(
            _ external: String, subject: String, body: String, email: String = "ana@example.com", message: Int = 1,
            author: String = "customer"
        ) async throws
            -> String
        {
            let json: [String: Any] = [
                "type": message == 1 ? "ticket.created" : "ticket.message_added",
                "ticket": [
                    "external_id": external, "subject": subject,
                    "customer": ["email": email, "name": "Ana"],
                ],
                "message": [
                    "external_id": "m-\(message)", "author": author, "body": body,
                    "created_at": "2026-11-20T1\(message / 60):\(String(format: "%02d", message % 60)):00Z",
                ],
            ]
            let result = await poster.post(
                body: Array(try JSONSerialization.data(withJSONObject: json)), webhookID: "msg_\(UUID().uuidString)")
            guard case .response(let response) = result.outcome, response.status == 202,
                let answer = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any],
                let id = answer["ticket_id"] as? String
            else { throw TestSupportError("intake refused the ticket: \(result)") }
            return id
        }
    }

    /// `serve --role all` on a database of its own, against the harness's fake (or the local
    /// provider when `local`).
    /// `prepare` runs against the server's database before the server starts (flags, budgets,
    /// breaker rows the server must find on its first claim).
    static func withServer(
        _ h: GatewayHarness, local: Bool = false,
        prepare: (PostgresPool, UUID) async throws -> Void = { _, _ in },
        _ body: (Server) async throws -> Void
    ) async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        defer { Task { await pool.close() } }
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "pipeline", webhookURL: nil, by: .test)
        try await prepare(pool, tenant.id)
        let port = try TemporaryPostgresCluster.freePort()
        var environment = [
            "DATABASE_URL": conninfo, "SUPPORTBOT_ADMIN_TOKEN": token,
            "LOG_LEVEL": "warning", "SUPPORTBOT_MODEL_MINI": h.mini, "SUPPORTBOT_MODEL_FULL": h.full,
            // The fake has no limits; the production defaults would pace a long test thread.
            "SUPPORTBOT_TPM_MINI": "1e9", "SUPPORTBOT_TPM_FULL": "1e9",
            // Many servers run at once in the suite; keep each one's share of connections small.
            "SUPPORTBOT_DB_POOL_SIZE": "4",
        ]
        if !local {
            environment["OPENAI_API_KEY"] = "test"
            environment["LLM_BASE_URL"] = h.baseURL
        }
        let process = try ChildProcess(
            try ChildProcess.supportbotBinary(), ["serve", "--role", "all", "--port", "\(port)"],
            environment: environment)
        let http = HTTPClient(maxConnections: 4)
        let server = Server(
            process: process, baseURL: "http://127.0.0.1:\(port)",
            poster: SignedWebhookPoster(
                client: http,
                url: "http://127.0.0.1:\(port)/v1/tenants/\(tenant.id.uuidString.lowercased())/webhooks/tickets",
                secrets: [WebhookSecret(encoded: tenant.inboundSecret)!]),
            http: http, pool: pool, tenantID: tenant.id)
        defer { http.shutdown() }
        do {
            let deadline = ContinuousClock.now + .seconds(30)
            while (try? await http.execute(HTTPRequest(url: "\(server.baseURL)/healthz")))?.status != 200 {
                guard ContinuousClock.now < deadline else {
                    throw TestSupportError("server did not start: \(process.logTail())")
                }
                try await Task.sleep(for: .milliseconds(50))
            }
            try await body(server)
        } catch {
            process.signal(SIGKILL)
            await process.wait()
            throw error
        }
        process.signal(SIGTERM)
        #expect(await process.wait() == 0, "\(process.logTail())")
    }

    static func isDone(_ ticket: [String: Any]) -> Bool {
        ticket["triage"] is [String: Any] && ticket["summary"] is [String: Any]
            && !((ticket["drafts"] as? [[String: Any]]) ?? []).isEmpty
    }

    @Test func aTicketIsTriagedSummarizedAndDraftedThroughTheProvider() async throws {
        try await GatewayHarness.with { (h: GatewayHarness) async throws in
            try await Self.withServer(h) { server in
                let id = try await server.post(
                    "PIPE-1", subject: "Where is my order?",
                    body: "Hi, my order 1042 has not arrived and it was due last week. This is really annoying!")
                let ticket = try await server.ticket(id, until: Self.isDone)
                let triage = try #require(ticket["triage"] as? [String: Any])
                #expect(triage["source"] as? String == "model")
                #expect(triage["model"] as? String == h.mini)
                #expect(triage["language"] as? String == "en")
                #expect(triage["order_id"] as? String == "1042")
                let summary = try #require(ticket["summary"] as? [String: Any])
                #expect(summary["source"] as? String == "model")
                let draft = try #require((ticket["drafts"] as? [[String: Any]])?.first)
                #expect(draft["status"] as? String == "pending_review")
                #expect(draft["source"] as? String == "model")
                let events: [String] = try await server.pool.query(
                    "SELECT type FROM events WHERE ticket_id = \(UUID(uuidString: id)!)::uuid ORDER BY created_at, type"
                ).rows.map { try $0.decode("type") }
                #expect(Set(events) == ["ticket.triaged", "ticket.summarized", "draft.created"])
            }
        }
    }

    @Test func anOutageYieldsRulesTriageAndACannedDraftMarkedAsSuch() async throws {
        var fake = FakeConfiguration()
        fake.failRate = 1
        fake.failStatus = 503
        try await GatewayHarness.with(fake: fake) { (h: GatewayHarness) async throws in
            try await Self.withServer(h) { server in
                let id = try await server.post(
                    "PIPE-2", subject: "Pedido retrasado", body: "Hola, mi pedido 1043 no ha llegado todavía.")
                let ticket = try await server.ticket(id, until: Self.isDone)
                let triage = try #require(ticket["triage"] as? [String: Any])
                #expect(triage["source"] as? String == "rules")
                #expect((triage["reason"] as? String)?.contains("provider_failed") == true)
                let draft = try #require((ticket["drafts"] as? [[String: Any]])?.first)
                #expect(draft["source"] as? String == "canned")
                #expect((draft["reason"] as? String)?.isEmpty == false)
                #expect((draft["body"] as? String)?.hasPrefix("Hola") == true)
            }
        }
    }

    @Test func withoutAnAPIKeyTheWholePipelineRunsOnTheLocalProvider() async throws {
        try await GatewayHarness.with { (h: GatewayHarness) async throws in
            try await Self.withServer(h, local: true) { server in
                let id = try await server.post(
                    "PIPE-3", subject: "Paket beschädigt",
                    body: "Guten Tag, das Paket kam beschädigt an, der Krug ist zerbrochen.")
                let ticket = try await server.ticket(id, until: Self.isDone)
                let triage = try #require(ticket["triage"] as? [String: Any])
                #expect(triage["source"] as? String == "rules")
                #expect(triage["language"] as? String == "de")
                #expect(((ticket["drafts"] as? [[String: Any]])?.first?["source"] as? String) == "rules")
                #expect(try await h.fakeRequests() == 0)
            }
        }
    }

    @Test func localDraftsAreGroundedInTheCustomersOwnOrderAndNeverInAnothers() async throws {
        try await GatewayHarness.with { (h: GatewayHarness) async throws in
            try await Self.withServer(h, local: true) { server in
                let data = StoreDataStore(pool: server.pool)
                try await data.load(
                    canned: [
                        CannedReply(
                            category: "order_status", language: "en",
                            body:
                                "Hi {customer_name},\nYour order {order_id} is {order_status}, with {carrier}.\nThe team"
                        )
                    ])
                let raw = #"{"order_id":"1042","customer_email":"ana@example.com","status":"shipped","carrier":"DHL"}"#
                let order = try JSONDecoder().decode(OrderRecord.self, from: Data(raw.utf8))
                try await data.load(orders: [(order, raw)], tenantID: server.tenantID)

                let own = try await server.post(
                    "PIPE-4", subject: "Where is my order?", body: "Hi, where is my order 1042? It has not arrived yet."
                )
                let ownDraft = try #require(
                    (try await server.ticket(own, until: Self.isDone)["drafts"] as? [[String: Any]])?.first)
                #expect((ownDraft["body"] as? String)?.contains("Your order 1042 is shipped, with DHL.") == true)
                let citations: String = try await server.pool.query(
                    "SELECT citations::text AS c FROM drafts WHERE ticket_id = \(UUID(uuidString: own)!)::uuid"
                ).rows[0].decode("c")
                #expect(citations == #"["order:1042.status", "order:1042.carrier"]"#)

                let other = try await server.post(
                    "PIPE-5", subject: "Where is my order?",
                    body: "Hi, where is my order 1042? It has not arrived yet.",
                    email: "mallory@example.net")
                let otherDraft = try #require(
                    (try await server.ticket(other, until: Self.isDone)["drafts"] as? [[String: Any]])?.first)
                let body = otherDraft["body"] as? String ?? ""
                #expect(!body.contains("shipped") && !body.contains("DHL"), "\(body)")
            }
        }
    }

    @Test func aSixtyMessageThreadIsSummarizedWithinTheContextBudget() async throws {
        try await GatewayHarness.with { (h: GatewayHarness) async throws in
            try await Self.withServer(h) { server in
                let filler = String(repeating: "The tracking page has not changed since Monday. ", count: 12)
                var id = ""
                for n in 1...60 {
                    let author = n.isMultiple(of: 2) ? "agent" : "customer"
                    id = try await server.post(
                        "PIPE-60", subject: "Parcel stuck", body: "Message \(n). \(filler)", message: n,
                        author: n == 60 ? "customer" : author)
                }
                let ticket = try await server.ticket(id) {
                    (($0["summary"] as? [String: Any])?["messages"] as? Int) == 60
                }
                let summary = try #require(ticket["summary"] as? [String: Any])
                // Triage of message 59 may already have seen all 60: the same prompt is then a cache hit.
                #expect(["model", "cache"].contains(summary["source"] as? String ?? ""), "\(summary)")
                // Every prompt the provider saw kept the thread within its token budget, folded
                // the oldest messages and quoted the latest verbatim.
                let summarize = try await h.wireBodies().filter { $0.contains("summarize customer-support threads") }
                let last = try #require(summarize.last { $0.contains("Message 60.") })
                #expect(last.contains("(Earlier messages, summarized)"))
                #expect(!last.contains("Message 30. "))
                for body in summarize {
                    let user = try #require(Self.userContent(body))
                    #expect(TokenEstimate.tokens(user) <= 3000 + 200, "\(TokenEstimate.tokens(user)) tokens")
                }
            }
        }
    }

    /// The user message of a chat-completions request body.
    static func userContent(_ body: String) -> String? {
        let json = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        return (json?["messages"] as? [[String: Any]])?.last?["content"] as? String
    }
}
