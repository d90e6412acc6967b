import Foundation
import Postgres
import TestSupport
import Testing

/// Real `supportbot serve --role worker` processes sharing one queue: concurrency, `kill -9`, SIGTERM.
/// The `noop` drill job records a `started` row when it begins and an `effect` row committed with
/// its completion (schema/0003_job_runtime.sql).
@Suite("Worker processes", .serialized)
struct WorkerProcessTests {
    static func startWorkers(
        _ count: Int, _ db: WorkerDatabase, environment: [String: String] = [:]
    ) throws -> [ChildProcess] {
        let binary = try ChildProcess.supportbotBinary()
        return try (0..<count).map { _ in
            try ChildProcess(
                binary, ["serve", "--role", "worker"],
                environment: [
                    "DATABASE_URL": db.conninfo, "LOG_LEVEL": "warning", "SUPPORTBOT_LANE_BATCH": "8",
                ].merging(environment) { $1 })
        }
    }

    static func enqueueDrills(_ count: Int, sleepMilliseconds: Int, _ db: WorkerDatabase) async throws {
        try await db.pool.transaction { tx in
            try await tx.query(
                """
                INSERT INTO jobs (kind, lane, payload)
                SELECT 'noop', 'batch', jsonb_build_object('record', true, 'sleep_ms', \(sleepMilliseconds)::int)
                FROM generate_series(1, \(count)::int)
                """)
            try await tx.query("SELECT pg_notify('jobs', 'batch')")
        }
    }

    static func stop(_ workers: [ChildProcess], signal: Int32 = SIGTERM) async -> [Int32] {
        for worker in workers { worker.signal(signal) }
        var codes: [Int32] = []
        for worker in workers { codes.append(await worker.wait()) }
        return codes
    }

    @Test("two and four worker processes sharing one queue never run a job twice", arguments: [2, 4])
    func sharedQueue(processes: Int) async throws {
        let db = try await WorkerDatabase.make()
        let workers = try Self.startWorkers(processes, db)
        try await db.waitForListeners(processes)
        let jobs = 600
        try await Self.enqueueDrills(jobs, sleepMilliseconds: 2, db)
        let finished = try await db.eventually(timeout: .seconds(60)) {
            try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == jobs
        }
        let codes = await Self.stop(workers)
        #expect(finished, "\(workers.first?.logTail() ?? "")")
        #expect(codes == Array(repeating: 0, count: processes), "SIGTERM drains and exits 0")
        #expect(try await db.count("SELECT count(*) AS n FROM job_drill_runs WHERE phase = 'started'") == jobs)
        #expect(
            try await db.count("SELECT count(DISTINCT job_id) AS n FROM job_drill_runs WHERE phase = 'started'") == jobs
        )
        #expect(try await db.count("SELECT count(*) AS n FROM job_drill_runs WHERE phase = 'effect'") == jobs)
        #expect(try await db.count("SELECT count(*) AS n FROM jobs WHERE attempt <> 1") == 0)
        #expect(
            try await db.count("SELECT count(DISTINCT owner) AS n FROM job_drill_runs") >= 2,
            "the processes shared the work")
        await db.pool.close()
    }

    @Test("kill -9 mid-batch, then another worker: every job completes, its effect applied once")
    func killNine() async throws {
        let db = try await WorkerDatabase.make()
        // A short lease so the test waits seconds, not the default 30 s + rescue interval.
        let fast = ["SUPPORTBOT_JOB_LEASE_SECONDS": "3", "SUPPORTBOT_LANE_BATCH": "16"]
        let victim = try Self.startWorkers(1, db, environment: fast.merging(["PGAPPNAME": "victim"]) { $1 })
        try await db.waitForListeners(1)
        // Handlers of a second: a handler seen running (begun) is still running when the kill
        // lands, however loaded the machine.
        let jobs = 120
        try await Self.enqueueDrills(jobs, sleepMilliseconds: 1000, db)
        // Mid-batch, and at a moment when a running job's handler has begun (its `started` row is
        // in), so that job is seen to run twice and commit its effect once.
        let midBatch = try await db.eventually(timeout: .seconds(30)) {
            try await db.count(
                """
                SELECT count(*) AS n FROM job_drill_runs r JOIN jobs j ON j.id = r.job_id
                WHERE r.phase = 'started' AND j.state = 'running'
                  AND (SELECT count(*) FROM job_drill_runs WHERE phase = 'effect') >= 40
                """) > 0
        }
        #expect(midBatch)
        _ = await Self.stop(victim, signal: SIGKILL)
        // A COMMIT the victim sent just before dying still lands: count once its backends are gone.
        #expect(
            try await db.eventually {
                try await db.count("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'victim'") == 0
            })
        let orphaned = try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'running'")
        #expect(orphaned > 0, "the kill left jobs running under a dead owner")

        let survivor = try Self.startWorkers(1, db, environment: fast)
        let finished = try await db.eventually(timeout: .seconds(60)) {
            try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == jobs
        }
        _ = await Self.stop(survivor)
        #expect(finished, "\(survivor.first?.logTail() ?? "")")
        #expect(try await db.count("SELECT count(*) AS n FROM job_drill_runs WHERE phase = 'effect'") == jobs)
        #expect(
            try await db.count("SELECT count(DISTINCT job_id) AS n FROM job_drill_runs WHERE phase = 'effect'") == jobs)
        // The jobs running at the kill were rescued with their attempt counted; those whose
        // handler had begun ran twice, yet (above) committed their effect once.
        let attempts = try await db.pool.query(
            "SELECT attempt, count(*)::int AS n FROM jobs GROUP BY attempt ORDER BY attempt"
        ).rows.map { "\(try $0.decode("attempt", as: Int.self)): \(try $0.decode("n", as: Int.self))" }
        #expect(
            try await db.count("SELECT count(*) AS n FROM jobs WHERE attempt = 2") >= orphaned,
            "\(orphaned) orphaned; jobs by attempt \(attempts)")
        #expect(
            try await db.count(
                "SELECT count(*) AS n FROM (SELECT job_id FROM job_drill_runs WHERE phase = 'started' GROUP BY job_id HAVING count(*) > 1) s"
            ) >= 1)
        await db.pool.close()
    }

    @Test("SIGTERM to a worker process releases the leases of jobs it cannot finish in its grace period")
    func sigtermReleases() async throws {
        let db = try await WorkerDatabase.make()
        let workers = try Self.startWorkers(1, db, environment: ["SUPPORTBOT_SHUTDOWN_GRACE_SECONDS": "0.5"])
        try await db.waitForListeners(1)
        try await Self.enqueueDrills(3, sleepMilliseconds: 60_000, db)
        #expect(
            try await db.eventually {
                try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'running'") == 3
            })
        let started = ContinuousClock.now
        let codes = await Self.stop(workers)
        #expect(codes == [0])
        #expect(ContinuousClock.now - started < .seconds(30), "the grace period, not the 60 s handler")
        #expect(
            try await db.count(
                "SELECT count(*) AS n FROM jobs WHERE state = 'available' AND attempt = 0 AND lease_owner IS NULL")
                == 3)
        await db.pool.close()
    }
}
