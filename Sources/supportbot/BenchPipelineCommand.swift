import ArgumentParser
import Domain
import Foundation
import HTTPClient
import Postgres
import Webhooks

/// `supportbot bench pipeline`: tickets fully processed per second (triage, summary and draft
/// committed) by a running `serve`, and ticket → draft latency, measured from the database's own
/// commit-side timestamps.
struct BenchPipeline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Tickets fully processed per second (triage + summary + draft) and ticket → draft latency.",
        discussion: """
            Posts --tickets new tickets to a running server (all at once through 16 clients, or paced at \
            --rate per second), waits until each has its triage, summary and draft, and reads the timings \
            from the rows: latency runs from the ticket's intake transaction to the draft's transaction, \
            throughput from the first ticket to the last one finished. Every ticket's text is unique, so no \
            model answer comes from the cache. Benchmarks/pipeline.sh runs it against the fake provider at \
            0 and 300 ms latency.
            """
    )

    @OptionGroup var target: IntakeTargetOptions

    @Option(help: "Tickets to send")
    var tickets = 300

    @Option(help: "Tickets offered per second; 0 sends them all at once (16 at a time)")
    var rate = 0.0

    @Option(help: "Seconds to wait for the last ticket to finish")
    var timeout = 300.0

    @Option(help: "A label for this run, printed in the JSON")
    var label = ""

    @Flag(help: "One JSON object instead of text")
    var json = false

    func validate() throws {
        _ = try target.endpoint
        guard (1...100_000).contains(tickets) else { throw ValidationError("--tickets must be 1 to 100000") }
        guard rate >= 0, timeout > 0 else { throw ValidationError("--rate must be ≥ 0 and --timeout > 0") }
    }

    struct Result: Encodable {
        var label: String
        var tickets: Int
        var offeredPerSecond: Double
        var seconds: Double
        var processedPerSecond: Double
        var draftP50Milliseconds: Double
        var draftP99Milliseconds: Double
        var doneP50Milliseconds: Double
        var doneP99Milliseconds: Double
        var draftSources: [String: Int]

        enum CodingKeys: String, CodingKey {
            case label, tickets, seconds
            case offeredPerSecond = "offered_per_second"
            case processedPerSecond = "processed_per_second"
            case draftP50Milliseconds = "draft_p50_ms"
            case draftP99Milliseconds = "draft_p99_ms"
            case doneP50Milliseconds = "done_p50_ms"
            case doneP99Milliseconds = "done_p99_ms"
            case draftSources = "draft_sources"
        }
    }

    func run() async throws {
        let secret = try await target.resolveSecret()
        let tenant = try target.tenantID
        let prefix = "pipe-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))-"
        let poster = SignedWebhookPoster(
            client: HTTPClient(maxConnections: 16), url: try target.endpoint, secrets: [secret])
        defer { poster.client.shutdown() }
        try await target.database.withPool(maxConnections: 2) { pool in
            let rejected = try await post(poster, prefix: prefix)
            if rejected > 0 { throw CLIError("\(rejected) of \(tickets) tickets were not accepted by the server") }
            try await waitUntilProcessed(pool, tenant: tenant, prefix: prefix)
            let result = try await measure(pool, tenant: tenant, prefix: prefix)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            } else {
                print(
                    String(
                        format: """
                            %d tickets in %.1f s: %.1f fully processed/s
                            ticket → draft  p50 %.0f ms, p99 %.0f ms
                            ticket → done   p50 %.0f ms, p99 %.0f ms (triage, summary and draft committed)
                            """, result.tickets, result.seconds, result.processedPerSecond,
                        result.draftP50Milliseconds, result.draftP99Milliseconds, result.doneP50Milliseconds,
                        result.doneP99Milliseconds))
                print(
                    "draft sources: \(result.draftSources.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))"
                )
            }
        }
    }

    /// Sends the tickets; returns how many the server refused.
    private func post(_ poster: SignedWebhookPoster, prefix: String) async throws -> Int {
        let pacer = Pacer(perSecond: rate)
        let clients = 16
        let count = tickets
        return try await withThrowingTaskGroup(of: Int.self) { group in
            for client in 0..<clients {
                group.addTask {
                    var refused = 0
                    for n in stride(from: client, to: count, by: clients) {
                        try await pacer.wait()
                        let result = await poster.post(
                            body: Self.ticket(externalID: "\(prefix)\(n)", n: n), webhookID: "msg_\(prefix)\(n)")
                        if result.status != 202 { refused += 1 }
                    }
                    return refused
                }
            }
            return try await group.reduce(0, +)
        }
    }

    private func waitUntilProcessed(_ pool: PostgresPool, tenant: UUID, prefix: String) async throws {
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        var lastReport = ContinuousClock.now
        while true {
            let done: Int = try await pool.query(
                """
                SELECT count(*) AS n FROM tickets t
                WHERE t.tenant_id = \(tenant)::uuid AND t.external_id LIKE \(prefix + "%")
                  AND EXISTS (SELECT 1 FROM ticket_triage WHERE ticket_id = t.id)
                  AND EXISTS (SELECT 1 FROM ticket_summaries WHERE ticket_id = t.id)
                  AND EXISTS (SELECT 1 FROM drafts WHERE ticket_id = t.id)
                """
            ).rows[0].decode("n")
            if done == tickets { return }
            if ContinuousClock.now > deadline {
                throw CLIError("only \(done) of \(tickets) tickets were processed within \(Int(timeout)) s")
            }
            if !json, ContinuousClock.now - lastReport > .seconds(5) {
                FileHandle.standardError.write(Data("… \(done)/\(tickets) processed\n".utf8))
                lastReport = ContinuousClock.now
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    private func measure(_ pool: PostgresPool, tenant: UUID, prefix: String) async throws -> Result {
        let rows = try await pool.query(
            """
            SELECT extract(epoch FROM d.created_at - t.created_at)::float8 * 1000 AS draft_ms,
                   extract(epoch FROM greatest(tr.updated_at, s.updated_at, d.created_at) - t.created_at)::float8 * 1000
                       AS done_ms,
                   extract(epoch FROM t.created_at)::float8 AS started,
                   extract(epoch FROM greatest(tr.updated_at, s.updated_at, d.created_at))::float8 AS finished,
                   d.source
            FROM tickets t
            JOIN ticket_triage tr ON tr.ticket_id = t.id
            JOIN ticket_summaries s ON s.ticket_id = t.id
            JOIN LATERAL (SELECT created_at, source FROM drafts WHERE ticket_id = t.id ORDER BY created_at LIMIT 1) d
                ON true
            WHERE t.tenant_id = \(tenant)::uuid AND t.external_id LIKE \(prefix + "%")
            """
        ).rows
        var draft: [Double] = []
        var done: [Double] = []
        var started = Double.infinity
        var finished = 0.0
        var sources: [String: Int] = [:]
        for row in rows {
            draft.append(try row.decode("draft_ms"))
            done.append(try row.decode("done_ms"))
            started = min(started, try row.decode("started"))
            finished = max(finished, try row.decode("finished"))
            sources[try row.decode("source"), default: 0] += 1
        }
        draft.sort()
        done.sort()
        let seconds = max(finished - started, 0.001)
        return Result(
            label: label, tickets: rows.count, offeredPerSecond: rate, seconds: seconds,
            processedPerSecond: Double(rows.count) / seconds, draftP50Milliseconds: percentile(draft, 0.5),
            draftP99Milliseconds: percentile(draft, 0.99), doneP50Milliseconds: percentile(done, 0.5),
            doneP99Milliseconds: percentile(done, 0.99), draftSources: sources)
    }

    /// A new ticket whose text no other ticket shares (so the model cache never answers), drawn
    /// from a few everyday requests.
    static func ticket(externalID: String, n: Int) -> [UInt8] {
        let asks = [
            (
                "Where is my order?",
                "Hi, my order 1042 has not arrived and the tracking page has not changed since Monday."
            ),
            ("Refund", "Hello, I returned the jacket two weeks ago and I am still waiting for the refund."),
            ("Wrong size", "The shoes I received are a size 44 but I ordered a 42. Can you exchange them?"),
            ("Cancel please", "Please cancel my order 1043, I ordered the wrong colour by mistake."),
            ("Charged twice", "My card was charged twice for the same order. Please refund one of the payments."),
        ]
        let (subject, body) = asks[n % asks.count]
        let object: [String: Any] = [
            "type": "ticket.created",
            "ticket": [
                "external_id": externalID, "subject": subject,
                "customer": ["email": "bench-\(n)@example.com", "name": "Bench \(n)"],
            ],
            "message": [
                "external_id": "m-1", "author": "customer", "body": "\(body) (Ticket reference \(externalID).)",
                "created_at": RFC3339.format(Date()),
            ],
        ]
        return Array((try? JSONSerialization.data(withJSONObject: object)) ?? Data())
    }
}
