import ArgumentParser
import Domain
import Foundation
import Jobs
import Postgres
import Store
import TestSupport

/// `supportbot bench jobs`: no-op jobs per second through the real claim → run → complete path
/// with 1, 2, 4… worker processes, and enqueue→start latency when the workers are idle.
struct BenchJobs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "No-op jobs per second with N worker processes, and idle enqueue→start latency (p50/p99).",
        discussion: """
            Starts `supportbot serve --role worker` processes against DATABASE_URL, queues --jobs no-op jobs \
            at once and times them from the first claim to the last completion (database clocks), then \
            queues --samples single jobs one at a time and measures the time from the enqueue to the claim. \
            Benchmarks/jobs.sh runs this next to pgbench executing the same claim and complete statements.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Comma-separated worker process counts")
    var workers = "1,2,4"

    @Option(help: "No-op jobs queued per worker count")
    var jobs = 20_000

    @Option(help: "Concurrent handlers per worker process (its batch lane limit)")
    var concurrency = 64

    @Option(help: "Single jobs timed for enqueue→start latency per worker count")
    var samples = 200

    @Option(help: "Spread the jobs over this many new tenants (0: jobs without a tenant)")
    var tenants = 0

    @Flag(help: "One JSON object per worker count instead of a table")
    var json = false

    var workerCounts: [Int] {
        get throws { try countList(workers, option: "--workers", range: 1...32, example: "1,2,4") }
    }

    func validate() throws {
        _ = try workerCounts
        guard (1...1_000_000).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 1000000") }
        guard (1...1024).contains(concurrency) else { throw ValidationError("--concurrency must be from 1 to 1024") }
        guard (0...100_000).contains(samples) else { throw ValidationError("--samples must be from 0 to 100000") }
        guard (0...10_000).contains(tenants) else { throw ValidationError("--tenants must be from 0 to 10000") }
    }

    struct Result: Encodable {
        let workers: Int
        let tenants: Int
        let jobs: Int
        let seconds: Double
        let jobsPerSecond: Double
        let samples: Int
        let startP50Milliseconds: Double
        let startP99Milliseconds: Double

        enum CodingKeys: String, CodingKey {
            case workers, tenants, jobs, seconds, samples
            case jobsPerSecond = "jobs_per_second"
            case startP50Milliseconds = "start_p50_ms"
            case startP99Milliseconds = "start_p99_ms"
        }
    }

    func run() async throws {
        _ = LogSetup.bootstrap()
        let conninfo = try database.conninfo()
        let counts = try workerCounts
        try await database.withPool(maxConnections: 2) { pool in
            let busy: Int =
                try await pool.query(
                    "SELECT count(*) AS n FROM jobs WHERE kind = \(JobKind.noop.rawValue) AND state IN ('available', 'running')"
                ).first?.decode("n") ?? 0
            guard busy == 0 else {
                throw CLIError("\(busy) noop jobs are already queued or running; wait for them or delete them first")
            }
            var owners: [String] = []
            if tenants > 0 {
                let store = TenantStore(pool: pool, keyring: try SecretKeys.require())
                for n in 0..<tenants {
                    let created = try await store.create(
                        name: "bench-jobs-\(n)", webhookURL: nil, by: OperatorIdentity.principal())
                    owners.append(created.id.lowercased)
                }
            }
            if !json { print("workers     jobs/s   seconds   start p50 ms   start p99 ms") }
            for count in counts {
                let result = try await measure(workers: count, conninfo: conninfo, owners: owners, pool: pool)
                if json {
                    print(try jsonLine(result))
                } else {
                    print(
                        String(
                            format: "%7d %10.0f %9.2f %14.2f %14.2f", result.workers, result.jobsPerSecond,
                            result.seconds, result.startP50Milliseconds, result.startP99Milliseconds))
                }
            }
        }
    }

    private func measure(
        workers count: Int, conninfo: String, owners: [String], pool: PostgresPool
    ) async throws -> Result {
        let run = "bench-\(UInt32.random(in: 0...UInt32.max))"
        let appName = "supportbot-\(run)"
        let children = try (0..<count).map { _ in
            try ChildProcess(
                "/proc/self/exe", ["serve", "--role", "worker"],
                environment: [
                    "DATABASE_URL": conninfo, "PGAPPNAME": appName, "LOG_LEVEL": "warning",
                    "SUPPORTBOT_LANE_BATCH": "\(concurrency)", "SUPPORTBOT_LANE_INTERACTIVE": "0",
                    "SUPPORTBOT_LANE_DELIVERY": "0", "SUPPORTBOT_DB_POOL_SIZE": "\(min(32, concurrency + 2))",
                ])
        }
        do {
            let result = try await measure(
                workers: count, run: run, appName: appName, children: children, owners: owners, pool: pool)
            await stop(children)
            return result
        } catch {
            await stop(children)
            throw error
        }
    }

    private func measure(
        workers count: Int, run: String, appName: String, children: [ChildProcess], owners: [String],
        pool: PostgresPool
    ) async throws -> Result {
        try await waitUntilListening(count, appName: appName, children: children, pool: pool)

        // Warm-up: connections opened, code paths hot, and table statistics that describe a
        // busy queue (without them the planner guesses one available row and sorts them all).
        let warmup = run + "-warmup"
        try await enqueue(max(1000, jobs / 10), tag: warmup, owners: owners, pool: pool)
        try await waitUntilDrained(pool: pool, children: children)
        try await pool.query("ANALYZE jobs")

        // Throughput: everything queued in one transaction, timed by the database from the first
        // claim to the last completion.
        try await enqueue(jobs, tag: run, owners: owners, pool: pool)
        try await waitUntilDrained(pool: pool, children: children)
        let span = try await pool.query(
            """
            SELECT count(*) FILTER (WHERE state = 'completed') AS done,
                   extract(epoch FROM max(finished_at) - min(attempted_at))::float8 AS seconds
            FROM jobs WHERE correlation_id = \(run)
            """
        ).first!
        let done: Int = try span.decode("done")
        let seconds: Double = try span.decode("seconds")
        guard done == jobs else { throw CLIError("only \(done) of \(jobs) jobs completed") }

        // Latency: one job at a time into idle workers; enqueue (its commit sends the NOTIFY) to claim.
        let sampleRun = run + "-latency"
        var latencies: [Double] = []
        for _ in 0..<samples {
            try await Task.sleep(for: .milliseconds(Int.random(in: 5...15)))
            let id: Int64 = try await pool.query(
                """
                SELECT jobs_enqueue(\(JobKind.noop.rawValue), 'batch', \(JobKind.noop.maxAttempts)::int,
                                    p_correlation => \(sampleRun)) AS id
                """
            ).first!.decode("id")
            let deadline = ContinuousClock.now + .seconds(10)
            while true {
                let row = try await pool.query(
                    """
                    SELECT state, extract(epoch FROM attempted_at - created_at)::float8 * 1000 AS ms
                    FROM jobs WHERE id = \(id)::bigint
                    """
                ).first!
                if try row.decode("state", as: String.self) == "completed" {
                    latencies.append(try row.decode("ms"))
                    break
                }
                guard ContinuousClock.now < deadline else { throw CLIError("job \(id) did not run within 10 s") }
                try await Task.sleep(for: .milliseconds(1))
            }
        }
        try await pool.query("DELETE FROM jobs WHERE correlation_id IN (\(run), \(sampleRun), \(warmup))")
        latencies.sort()
        return Result(
            workers: count, tenants: owners.count, jobs: jobs, seconds: seconds,
            jobsPerSecond: Double(jobs) / max(seconds, 1e-9),
            samples: latencies.count, startP50Milliseconds: percentile(latencies, 0.5),
            startP99Milliseconds: percentile(latencies, 0.99))
    }

    /// Queues `count` no-op jobs in one transaction through `jobs_enqueue()`, round-robin over
    /// `owners` (tenant ids), if any; the lane is notified once, at commit.
    private func enqueue(_ count: Int, tag: String, owners: [String], pool: PostgresPool) async throws {
        try await pool.query(
            """
            SELECT count(jobs_enqueue(
                       \(JobKind.noop.rawValue), 'batch', \(JobKind.noop.maxAttempts)::int, p_correlation => \(tag),
                       p_tenant => CASE WHEN cardinality(\(owners)::uuid[]) > 0
                                        THEN (\(owners)::uuid[])[1 + g % cardinality(\(owners)::uuid[])] END))
            FROM generate_series(1, \(count)::int) g
            """)
    }

    /// Every worker has its LISTEN connection open (it is idle and will hear the first NOTIFY).
    private func waitUntilListening(
        _ count: Int, appName: String, children: [ChildProcess], pool: PostgresPool
    )
        async throws
    {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let listening: Int = try await pool.query(
                """
                SELECT count(*) AS n FROM pg_stat_activity
                WHERE application_name = \(appName) AND query ILIKE 'LISTEN%'
                """
            ).first!.decode("n")
            if listening >= count { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CLIError("worker processes did not start within 30 s:\n\(children.first?.logTail() ?? "")")
    }

    private func waitUntilDrained(pool: PostgresPool, children: [ChildProcess]) async throws {
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            let left: Int = try await pool.query(
                "SELECT count(*) AS n FROM jobs WHERE kind = \(JobKind.noop.rawValue) AND state IN ('available', 'running')"
            ).first!.decode("n")
            if left == 0 { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CLIError("the jobs did not finish within 10 minutes:\n\(children.first?.logTail() ?? "")")
    }

    private func stop(_ children: [ChildProcess]) async {
        for child in children { child.signal(SIGTERM) }
        for child in children {
            await child.wait()
            try? FileManager.default.removeItem(atPath: child.logPath)
        }
    }
}
