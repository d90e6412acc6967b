import Domain
import Foundation
import Jobs
import Logging
import Postgres
import ServiceLifecycle
import Store
import TestSupport

/// A handler whose behaviour the test supplies.
struct TestHandler: JobHandler {
    let kind: JobKind
    let lane: JobLane
    let body: @Sendable (ClaimedJob) async throws -> JobResult

    func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult {
        try await body(job)
    }
}

/// A fresh migrated database with a table where handlers record their effects.
struct WorkerDatabase {
    let conninfo: String
    let pool: PostgresPool

    static func make() async throws -> WorkerDatabase {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 16))
        try await pool.query("CREATE TABLE effects (job_id bigint NOT NULL, owner text NOT NULL)")
        return WorkerDatabase(conninfo: conninfo, pool: pool)
    }

    /// The effect a handler commits together with its outcome.
    static func effect(_ job: ClaimedJob, owner: String) -> @Sendable (PostgresConnection) async throws -> Void {
        { tx in try await tx.query("INSERT INTO effects (job_id, owner) VALUES (\(job.id)::bigint, \(owner))") }
    }

    func count(_ sql: PostgresQuery) async throws -> Int {
        try await pool.query(sql).first!.decode("n")
    }

    /// Waits until `count` processes listen for jobs on this database (their first NOTIFY will reach them).
    func waitForListeners(_ count: Int = 1, timeout: Duration = .seconds(30)) async throws {
        let listening = try await eventually(timeout: timeout) {
            try await self.count(
                """
                SELECT count(*) AS n FROM pg_stat_activity
                WHERE datname = current_database() AND query ILIKE 'LISTEN%'
                """) >= count
        }
        guard listening else { throw TestSupportError("\(count) listener(s) did not connect within \(timeout)") }
    }

    /// Polls `condition` every 10 ms until it holds or `timeout` passes.
    func eventually(
        timeout: Duration = .seconds(10), _ condition: @Sendable () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return try await condition()
    }
}

/// Runs a worker in a ServiceGroup for the duration of `body`, then shuts it down gracefully.
func withWorker<T: Sendable>(
    _ database: WorkerDatabase, configuration: WorkerConfiguration, handlers: [any JobHandler], owner: String = "test",
    clock: any JobClock = SystemJobClock(), _ body: @Sendable (JobWorker) async throws -> T
) async throws -> T {
    var logger = Logger(label: "test.worker")
    logger.logLevel =
        ProcessInfo.processInfo.environment["TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
    let worker = JobWorker(
        pool: database.pool, listenerConninfo: database.conninfo, configuration: configuration, handlers: handlers,
        logger: logger, owner: owner, clock: clock)
    let group = ServiceGroup(configuration: .init(services: [worker], gracefulShutdownSignals: [], logger: logger))
    return try await withThrowingTaskGroup(of: T?.self) { tasks in
        tasks.addTask {
            try await group.run()
            return nil
        }
        let result: Result<T, any Error>
        do { result = .success(try await body(worker)) } catch { result = .failure(error) }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return try result.get()
    }
}
