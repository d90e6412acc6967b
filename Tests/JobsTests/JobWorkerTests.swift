import Domain
import Foundation
import Jobs
import Postgres
import Store
import Synchronization
import Testing

@Suite("Job worker")
struct JobWorkerTests {
    /// Long fallback poll: only a NOTIFY can start jobs quickly.
    static let notifyOnly = WorkerConfiguration(
        laneLimits: ["interactive": 4, "batch": 2], pollInterval: .seconds(60),
        retry: RetryPolicy(base: .milliseconds(5), cap: .milliseconds(20)))

    @Test("runs every job once, commits effects with completion, and wakes on NOTIFY")
    func runsJobsOnNotify() async throws {
        let db = try await WorkerDatabase.make()
        let handler = TestHandler(kind: "work", lane: "interactive") { job in
            JobResult(.done, effects: WorkerDatabase.effect(job, owner: "test"))
        }
        // The fallback poll is an hour away: if the jobs finish at all, a NOTIFY woke the worker.
        // No wall-clock bound, so a loaded CI machine cannot fail it.
        var configuration = Self.notifyOnly
        configuration.pollInterval = .seconds(3600)
        try await withWorker(db, configuration: configuration, handlers: [handler]) { _ in
            try await db.waitForListeners()
            let store = JobStore(pool: db.pool)
            for n in 0..<50 {
                try await store.enqueue(NewJob(kind: "work", lane: "interactive", idempotencyKey: "k\(n)"))
            }
            let done = try await db.eventually(timeout: .seconds(120)) {
                try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == 50
            }
            #expect(done, "NOTIFY woke the worker; the hourly poll did not")
        }
        #expect(try await db.count("SELECT count(*) AS n FROM effects") == 50)
        #expect(try await db.count("SELECT count(DISTINCT job_id) AS n FROM effects") == 50)
        await db.pool.close()
    }

    @Test("the fallback poll finds a job whose notification was lost")
    func fallbackPoll() async throws {
        let db = try await WorkerDatabase.make()
        let handler = TestHandler(kind: "work", lane: "interactive") { _ in .done }
        var configuration = Self.notifyOnly
        configuration.pollInterval = .milliseconds(200)
        try await withWorker(db, configuration: configuration, handlers: [handler]) { _ in
            // Inserted without pg_notify, as if the notification were lost.
            try await db.pool.query("INSERT INTO jobs (kind, lane) VALUES ('work', 'interactive')")
            #expect(
                try await db.eventually(timeout: .seconds(5)) {
                    try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == 1
                })
        }
        await db.pool.close()
    }

    @Test("a handler that hangs, even one that ignores cancellation, is cut off at its deadline and retried")
    func hangingHandlerTimesOut() async throws {
        let db = try await WorkerDatabase.make()
        let attempts = Mutex<[Int]>([])
        // Ignores cancellation on its first attempt: only the deadline frees its slot.
        let handler = TestHandler(kind: "stuck", lane: "batch") { job in
            attempts.withLock { $0.append(job.attempt) }
            if job.attempt == 1 {
                while true { try? await Task.sleep(for: .milliseconds(50)) }
            }
            return .done
        }
        var configuration = Self.notifyOnly
        configuration.laneLimits = ["batch": 1]
        configuration.pollInterval = .milliseconds(200)
        configuration.jobTimeouts = ["stuck": .milliseconds(500)]
        try await withWorker(db, configuration: configuration, handlers: [handler]) { _ in
            try await db.waitForListeners()
            let id = try await JobStore(pool: db.pool).enqueue(NewJob(kind: "stuck", lane: "batch"))
            #expect(
                try await db.eventually(timeout: .seconds(20)) {
                    try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == 1
                }, "the second attempt ran in the slot the stuck one held")
            let error: String = try await db.pool.query("SELECT last_error FROM jobs WHERE id = \(id)::bigint")
                .rows[0].decode("last_error")
            #expect(error.contains("deadline") && error.contains("SUPPORTBOT_JOB_TIMEOUT_STUCK_SECONDS"), "\(error)")
        }
        #expect(attempts.withLock { $0 } == [1, 2])
        await db.pool.close()
    }

    @Test("a poison job retries with backoff, dead-letters with its error after max_attempts, and replays")
    func poisonJob() async throws {
        let db = try await WorkerDatabase.make()
        let fail = Atomic<Bool>(true)
        struct Boom: Error, CustomStringConvertible { var description: String { "the handler exploded" } }
        let runs = Mutex<[Int]>([])
        let handler = TestHandler(kind: "poison", lane: "interactive") { job in
            runs.withLock { $0.append(job.attempt) }
            if fail.load(ordering: .acquiring) { throw Boom() }
            return .done
        }
        var configuration = Self.notifyOnly
        configuration.pollInterval = .milliseconds(20)
        try await withWorker(db, configuration: configuration, handlers: [handler]) { _ in
            let store = JobStore(pool: db.pool)
            let id = try await store.enqueue(NewJob(kind: "poison", lane: "interactive", maxAttempts: 3))
            #expect(
                try await db.eventually {
                    try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'dead'") == 1
                })
            let dead = try #require(try await store.deadJobs().first)
            #expect(dead.id == id && dead.attempt == 3 && dead.lastError == "the handler exploded")
            #expect(runs.withLock { $0 } == [1, 2, 3])
            fail.store(false, ordering: .releasing)
            _ = try await store.replay(ids: [id], by: .test)
            #expect(
                try await db.eventually {
                    try await db.count("SELECT count(*) AS n FROM jobs WHERE state = 'completed'") == 1
                })
        }
        await db.pool.close()
    }

    @Test("handler outcomes: retry not before, snooze, discard")
    func outcomes() async throws {
        let db = try await WorkerDatabase.make()
        let later = Date().addingTimeInterval(3600)
        let handlers: [any JobHandler] = [
            TestHandler(kind: "later", lane: "interactive") { _ in JobResult(.retry(reason: "429", notBefore: later)) },
            TestHandler(kind: "snooze", lane: "interactive") { _ in JobResult(.snooze(.seconds(3600))) },
            TestHandler(kind: "discard", lane: "interactive") { _ in JobResult(.discard(reason: "not ours")) },
        ]
        try await withWorker(db, configuration: Self.notifyOnly, handlers: handlers) { _ in
            try await db.waitForListeners()
            let store = JobStore(pool: db.pool)
            for kind: JobKind in ["later", "snooze", "discard"] {
                try await store.enqueue(NewJob(kind: kind, lane: "interactive"))
            }
            #expect(
                try await db.eventually {
                    try await db.count(
                        "SELECT count(*) AS n FROM jobs WHERE state <> 'running' AND attempt > 0 OR state = 'discarded' OR (kind = 'snooze' AND run_at > now())"
                    ) == 3
                })
        }
        let rows = try await db.pool.query("SELECT kind, state, attempt, last_error, run_at FROM jobs ORDER BY kind")
            .rows
        let byKind = Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode("kind", as: String.self), $0) })
        #expect(try byKind["discard"]!.decode("state", as: String.self) == "discarded")
        #expect(try byKind["discard"]!.decode("last_error", as: String.self) == "not ours")
        #expect(try byKind["later"]!.decode("state", as: String.self) == "available")
        #expect(abs(try byKind["later"]!.decode("run_at", as: Date.self).timeIntervalSince(later)) < 1)
        #expect(try byKind["snooze"]!.decode("attempt", as: Int.self) == 0, "a snooze spends no attempt")
        await db.pool.close()
    }

    @Test("SIGTERM (graceful shutdown) lets short handlers finish and releases the leases of long ones")
    func gracefulShutdownReleases() async throws {
        let db = try await WorkerDatabase.make()
        // Both handlers report that they started; the short one then waits for the shutdown to begin, so it is
        // certainly mid-flight when the grace period starts, however slowly the machine schedules the test.
        let started = Atomic<Int>(0)
        let shuttingDown = Atomic<Bool>(false)
        let handlers: [any JobHandler] = [
            TestHandler(kind: "long", lane: "batch") { _ in
                started.add(1, ordering: .sequentiallyConsistent)
                try await Task.sleep(for: .seconds(60))
                return .done
            },
            TestHandler(kind: "short", lane: "interactive") { job in
                started.add(1, ordering: .sequentiallyConsistent)
                while !shuttingDown.load(ordering: .sequentiallyConsistent) {
                    try await Task.sleep(for: .milliseconds(5))
                }
                try await Task.sleep(for: .milliseconds(300))
                return JobResult(.done, effects: WorkerDatabase.effect(job, owner: "test"))
            },
        ]
        var configuration = Self.notifyOnly
        configuration.shutdownGrace = .seconds(1)
        let store = JobStore(pool: db.pool)
        let long = try await store.enqueue(NewJob(kind: "long", lane: "batch"))
        let short = try await store.enqueue(NewJob(kind: "short", lane: "interactive"))
        let shutdownStarted = try await withWorker(db, configuration: configuration, handlers: handlers) {
            (worker: JobWorker) async throws in
            #expect(
                try await db.eventually(timeout: .seconds(30)) { started.load(ordering: .sequentiallyConsistent) == 2 })
            #expect(worker.runningCount == 2)
            shuttingDown.store(true, ordering: .sequentiallyConsistent)
            return ContinuousClock.now
        }
        #expect(ContinuousClock.now - shutdownStarted < .seconds(30), "the long handler was not waited for")
        let states = try await db.pool.query("SELECT id, state, attempt, lease_owner FROM jobs ORDER BY id").rows
        #expect(
            try states.first { try $0.decode("id", as: Int64.self) == short }?.decode("state", as: String.self)
                == "completed")
        let released = try #require(try states.first { try $0.decode("id", as: Int64.self) == long })
        #expect(try released.decode("state", as: String.self) == "available")
        #expect(try released.decode("attempt", as: Int.self) == 0)
        #expect(try released.decodeIfPresent("lease_owner", as: String.self) == nil)
        await db.pool.close()
    }

    @Test("lanes are bulkheads: a flood of batch jobs does not delay interactive ones")
    func lanes() async throws {
        let db = try await WorkerDatabase.make()
        let handlers: [any JobHandler] = [
            TestHandler(kind: "slow", lane: "batch") { _ in
                try await Task.sleep(for: .milliseconds(500))
                return .done
            },
            TestHandler(kind: "quick", lane: "interactive") { _ in .done },
        ]
        var configuration = Self.notifyOnly
        configuration.shutdownGrace = .milliseconds(100)
        try await withWorker(db, configuration: configuration, handlers: handlers) { _ in
            try await db.waitForListeners()
            let store = JobStore(pool: db.pool)
            for _ in 0..<40 { try await store.enqueue(NewJob(kind: "slow", lane: "batch")) }
            try await store.enqueue(NewJob(kind: "quick", lane: "interactive"))
            let quickDone = try await db.eventually(timeout: .seconds(3)) {
                try await db.count("SELECT count(*) AS n FROM jobs WHERE kind = 'quick' AND state = 'completed'") == 1
            }
            #expect(quickDone, "the interactive job ran while most batch jobs waited")
            // Half the batch flood (500 ms each, a few at a time) would take seconds to drain.
            #expect(
                try await db.count("SELECT count(*) AS n FROM jobs WHERE kind = 'slow' AND state = 'available'") > 20)
        }
        await db.pool.close()
    }

    @Test("a lane more than half busy still claims a new job at once when there is no backlog")
    func busyLaneClaimsNewJob() async throws {
        let db = try await WorkerDatabase.make()
        let handlers: [any JobHandler] = [
            TestHandler(kind: "long", lane: "interactive") { _ in
                try await Task.sleep(for: .seconds(30))
                return .done
            },
            TestHandler(kind: "quick", lane: "interactive") { _ in .done },
        ]
        var configuration = Self.notifyOnly
        configuration.laneLimits = ["interactive": 4]
        configuration.shutdownGrace = .milliseconds(100)
        try await withWorker(db, configuration: configuration, handlers: handlers) { (worker: JobWorker) async throws in
            try await db.waitForListeners()
            let store = JobStore(pool: db.pool)
            for _ in 0..<3 { try await store.enqueue(NewJob(kind: "long", lane: "interactive")) }
            #expect(try await db.eventually { worker.runningCount == 3 })
            try await store.enqueue(NewJob(kind: "quick", lane: "interactive"))
            // The long jobs hold their slots for 30 s and the poll is 60 s: done within a few
            // seconds (a loaded machine) means the free slot claimed it on the notification.
            #expect(
                try await db.eventually(timeout: .seconds(5)) {
                    try await db.count("SELECT count(*) AS n FROM jobs WHERE kind = 'quick' AND state = 'completed'")
                        == 1
                }, "the fourth slot took the job without waiting for half the lane to free up")
        }
        await db.pool.close()
    }
}
