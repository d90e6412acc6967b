import Domain
import Foundation
import HTTPClient
import Jobs
import Logging
import Postgres
import ServiceLifecycle
import Store
import Synchronization
import Telemetry
import TestSupport
import Testing

/// Logs that follow one ticket, and the Prometheus endpoint of a real `supportbot serve`.
@Suite("Observability", .serialized)
struct ObservabilityTests {
    /// A worker handler standing in for triage: it logs through the logger the worker gives it.
    struct LoggingTriage: JobHandler {
        let kind = JobKind.triage
        let lane = JobKind.triage.lane
        func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult {
            logger.info("triaging")
            return .done
        }
    }

    @Test("the inbound webhook-id is the correlation id on every log line of the ticket's path")
    func correlation() async throws {
        let lines = Mutex<[String]>([])
        var logger = Logger(label: "test") { label in
            JSONLogHandler(label: label) { line in lines.withLock { $0.append(line) } }
        }
        logger.logLevel = .debug
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 8))
        let worker = JobWorker(
            pool: pool, listenerConninfo: conninfo, configuration: WorkerConfiguration(),
            handlers: [LoggingTriage()], logger: logger)
        let group = ServiceGroup(configuration: .init(services: [worker], gracefulShutdownSignals: [], logger: logger))
        let webhookID = "msg_correlation_\(UUID().uuidString.prefix(8))"
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await IntakeClient.withServer(pool: pool, name: "corr", logger: logger) {
                (client: IntakeClient) async throws in
                #expect(try await client.post(Bodies.created(ticket: "CORR-1"), id: webhookID).status == 202)
                let deadline = ContinuousClock.now + .seconds(10)
                while !lines.withLock({ $0.contains { $0.contains("\"triaging\"") } }) {
                    guard ContinuousClock.now < deadline else { throw TestFailure("the triage job did not run") }
                    try await Task.sleep(for: .milliseconds(20))
                }
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        await pool.close()

        let records = try lines.withLock { $0 }.map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let ticket = try #require(
            records.first { $0["msg"] as? String == "ticket webhook accepted" }?["ticket.id"] as? String)
        let path = records.filter { $0["ticket.id"] as? String == ticket }
        #expect(path.contains { $0["source"] as? String == "API" }, "the intake logged")
        #expect(path.contains { $0["msg"] as? String == "triaging" }, "the job logged")
        #expect(path.count >= 3)
        for record in path {
            #expect(record["correlation_id"] as? String == webhookID, "\(record)")
        }
        #expect(!lines.withLock { $0 }.contains { $0.contains("ana@example.com") }, "no customer email in the logs")
    }

    @Test(
        "GET /metrics of a running server is Prometheus text with the documented series; a flag shows within a second")
    func metrics() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let port = try TemporaryPostgresCluster.freePort()
        let binary = try ChildProcess.supportbotBinary()
        let server = try ChildProcess(
            binary, ["serve", "--port", "\(port)"],
            environment: [
                "DATABASE_URL": conninfo, "SUPPORTBOT_ADMIN_TOKEN": RunningServer.adminToken, "LOG_LEVEL": "warning",
            ])
        let http = HTTPClient(maxConnections: 2)
        defer { http.shutdown() }
        do {
            try await Self.checkMetrics(
                http: http, base: "http://127.0.0.1:\(port)", conninfo: conninfo, binary: binary)
        } catch {
            server.signal(SIGKILL)
            await server.wait()
            throw TestFailure("\(error)\n\(server.logTail())")
        }
        server.signal(SIGTERM)
        #expect(await server.wait() == 0)
    }

    static func checkMetrics(http: HTTPClient, base: String, conninfo: String, binary: String) async throws {
        func scrape() async throws -> String {
            let response = try await http.execute(HTTPRequest(url: base + "/metrics", timeout: .seconds(2)))
            guard response.status == 200 else { throw TestFailure("/metrics answered \(response.status)") }
            #expect(
                response.headers.first { $0.name.lowercased() == "content-type" }?.value.hasPrefix("text/plain") == true
            )
            return response.text
        }
        let deadline = ContinuousClock.now + .seconds(30)
        while (try? await scrape()) == nil {
            guard ContinuousClock.now < deadline else { throw TestFailure("the server did not start") }
            try await Task.sleep(for: .milliseconds(50))
        }
        // Traffic for every family: jobs that succeed and one that dies, an admin request.
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
        try await pool.query(
            """
            WITH j AS (
                INSERT INTO jobs (kind, lane, max_attempts, payload)
                VALUES ('noop', 'batch', 3, '{}'), ('noop', 'batch', 3, '{}'), ('noop', 'batch', 1, '{"sleep_ms": "x"}')
                RETURNING lane
            ) SELECT pg_notify('jobs', 'batch') FROM j LIMIT 1
            """)
        _ = try await http.execute(HTTPRequest(url: base + "/v1/tickets"))
        var text = ""
        while ContinuousClock.now < deadline {
            text = try await scrape()
            // Queue depth is read at most once a second, so it may trail the job counters by that.
            if text.contains("supportbot_jobs_dead_total{kind=\"noop\"} 1")
                && text.contains("supportbot_queue_depth{kind=\"noop\",state=\"dead\"} 1.0")
            {
                break
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        try PrometheusText.validate(text)
        for series in [
            #"supportbot_http_requests_total{route="/v1/tickets",method="GET",status="401"} 1"#,
            #"supportbot_http_request_duration_seconds_count{route="/v1/tickets",method="GET"} 1"#,
            #"supportbot_jobs_started_total{kind="noop"} 3"#,
            #"supportbot_jobs_succeeded_total{kind="noop"} 2"#,
            #"supportbot_jobs_dead_total{kind="noop"} 1"#,
            #"supportbot_job_duration_seconds_count{kind="noop"} 3"#,
            #"supportbot_queue_depth{kind="noop",state="dead"} 1.0"#,
            #"supportbot_queue_depth{kind="triage",state="available"} 0.0"#,
            #"supportbot_flag_enabled{key="ai"} 1.0"#,
            "supportbot_flags_loaded 1.0",
        ] {
            #expect(text.contains(series), "missing \(series)")
        }

        let cli = try ChildProcess(
            binary, ["flags", "set", "ai", "off", "--reason", "metrics test"], environment: ["DATABASE_URL": conninfo])
        #expect(await cli.wait() == 0)
        let flipped = ContinuousClock.now
        var seen = false
        while ContinuousClock.now - flipped < .seconds(3) {
            text = try await scrape()
            seen = text.contains(#"supportbot_flag_enabled{key="ai"} 0.0"#)
            if seen { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(seen && ContinuousClock.now - flipped < .seconds(1), "ai off reached /metrics")
        #expect(text.contains(#"supportbot_flag_enabled{key="drafts"} 0.0"#), "ai off turns the AI features off")
        #expect(text.contains(#"supportbot_flag_enabled{key="webhooks"} 1.0"#))
        await pool.close()
    }
}

/// A strict reader of the Prometheus text exposition format (0.0.4): every line is a comment
/// (`# HELP`, `# TYPE`) or `name{label="value",…} number`, and every sample's family was typed.
enum PrometheusText {
    static func validate(_ text: String) throws {
        let sample =
            /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)$/
        let typeLine = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/
        var typed: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if let match = line.wholeMatch(of: typeLine) {
                typed.insert(String(match.1))
            } else if line.hasPrefix("# HELP ") {
                continue
            } else if let match = line.wholeMatch(of: sample) {
                let name = String(match.1)
                let family = ["_bucket", "_sum", "_count"].reduce(name) { family, suffix in
                    family.hasSuffix(suffix) && typed.contains(String(family.dropLast(suffix.count)))
                        ? String(family.dropLast(suffix.count)) : family
                }
                guard typed.contains(family) else { throw TestFailure("sample before its # TYPE: \(line)") }
            } else {
                throw TestFailure("not Prometheus text: \(line)")
            }
        }
        guard !typed.isEmpty else { throw TestFailure("no metric families") }
    }
}
