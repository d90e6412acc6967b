import ArgumentParser
import Foundation
import Postgres

/// `supportbot bench deliveries`: webhook deliveries per second from running workers to a
/// receiver, and event commit → first attempt latency, read from the delivery log.
struct BenchDeliveries: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries",
        abstract: "Webhook deliveries per second, and event commit → first attempt latency (p50/p99).",
        discussion: """
            Writes --events events for --tenant (whose webhook URL points at a receiver, such as \
            `supportbot fake-llm`'s /_fake/hooks) in one transaction, or paced at --rate per second in \
            transactions of 10, waits until each is delivered, and reads the timings from the rows: \
            the first attempt starts at its logged time minus its latency. Benchmarks/deliveries.sh \
            runs it at 16 and 256 concurrent deliveries.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Tenant id the events are for")
    var tenant: String

    @Option(help: "Events to write")
    var events = 5000

    @Option(help: "Events per second; 0 writes them all in one transaction")
    var rate = 0.0

    @Option(help: "Seconds to wait for the last delivery")
    var timeout = 300.0

    @Option(help: "A label for this run, printed in the JSON")
    var label = ""

    func validate() throws {
        guard UUID(uuidString: tenant) != nil else { throw ValidationError("--tenant must be a tenant's UUID") }
        guard (1...1_000_000).contains(events) else { throw ValidationError("--events must be 1 to 1000000") }
        guard rate >= 0, timeout > 0 else { throw ValidationError("--rate must be ≥ 0 and --timeout > 0") }
    }

    struct Result: Encodable {
        var label: String
        var events: Int
        var seconds: Double
        var deliveredPerSecond: Double
        var firstAttemptP50Milliseconds: Double
        var firstAttemptP99Milliseconds: Double
        var attempts: Int

        enum CodingKeys: String, CodingKey {
            case label, events, seconds, attempts
            case deliveredPerSecond = "delivered_per_second"
            case firstAttemptP50Milliseconds = "first_attempt_p50_ms"
            case firstAttemptP99Milliseconds = "first_attempt_p99_ms"
        }
    }

    func run() async throws {
        let tenantID = UUID(uuidString: tenant)!
        let run = "bench-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
        try await database.withPool(maxConnections: 2) { pool in
            try await write(pool, tenant: tenantID, run: run)
            let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
            while true {
                let pending: Int = try await pool.query(
                    """
                    SELECT count(*) AS n FROM events
                    WHERE tenant_id = \(tenantID)::uuid AND payload->>'run' = \(run) AND delivery_state <> 'delivered'
                    """
                ).rows[0].decode("n")
                if pending == 0 { break }
                guard ContinuousClock.now < deadline else {
                    throw CLIError("\(pending) of \(events) events were not delivered within \(Int(timeout)) s")
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            let rows = try await pool.query(
                """
                SELECT extract(epoch FROM e.created_at)::float8 AS committed,
                       extract(epoch FROM e.delivered_at)::float8 AS delivered,
                       (SELECT extract(epoch FROM a.created_at)::float8 - a.latency_ms / 1000
                        FROM delivery_attempts a WHERE a.event_id = e.id ORDER BY a.id LIMIT 1) AS first_attempt,
                       e.attempts
                FROM events e WHERE e.tenant_id = \(tenantID)::uuid AND e.payload->>'run' = \(run)
                """
            ).rows
            var latencies: [Double] = []
            var started = Double.infinity
            var finished = 0.0
            var attempts = 0
            for row in rows {
                let committed: Double = try row.decode("committed")
                latencies.append((try row.decode("first_attempt", as: Double.self) - committed) * 1000)
                started = min(started, committed)
                finished = max(finished, try row.decode("delivered"))
                attempts += try row.decode("attempts", as: Int.self)
            }
            latencies.sort()
            let seconds = max(finished - started, 0.001)
            let result = Result(
                label: label, events: rows.count, seconds: seconds, deliveredPerSecond: Double(rows.count) / seconds,
                firstAttemptP50Milliseconds: percentile(latencies, 0.5),
                firstAttemptP99Milliseconds: percentile(latencies, 0.99), attempts: attempts)
            print(try jsonLine(result))
        }
    }

    /// The events, as the pipeline writes them: each queues its delivery in its own transaction.
    private func write(_ pool: PostgresPool, tenant: UUID, run: String) async throws {
        let batch = rate > 0 ? 10 : events
        let pacer = Pacer(perSecond: rate > 0 ? rate / Double(batch) : 0)
        var written = 0
        while written < events {
            let count = min(batch, events - written)
            try await pacer.wait()
            try await pool.query(
                """
                INSERT INTO events (tenant_id, type, payload)
                SELECT \(tenant)::uuid, 'ticket.triaged',
                       jsonb_build_object('run', \(run)::text, 'n', g, 'category', 'order_status', 'source', 'model')
                FROM generate_series(\(written + 1)::int, \(written + count)::int) g
                """)
            written += count
        }
    }
}
