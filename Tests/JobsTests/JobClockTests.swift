import Domain
import Foundation
import Jobs
import Postgres
import Store
import TestSupport
import Testing

/// Lease, retry and schedule logic on a manual clock: nothing here sleeps for the time it checks.
@Suite("Job time on an injected clock")
struct JobClockTests {
    @Test("a retry is due exactly its delay after the clock's now, and a claim on the clock takes it only then")
    func retryOnTheClock() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let clock = ManualClock()
        let lane = uniqueLane()
        let id = try await store.enqueue(NewJob(kind: "noop", lane: lane, runAt: clock.now))
        func claim() async throws -> [ClaimedJob] {
            try await store.claim(
                lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30), now: clock.now)
        }
        let job = try #require(try await claim().first)
        #expect(try await instant("locked_until", of: id, pool) == clock.now.addingTimeInterval(30))
        let state = try await pool.transaction {
            try await JobStore.retry(job, owner: "w", after: .seconds(60), error: "boom", now: clock.now, on: $0)
        }
        #expect(state == .available)
        #expect(try await instant("run_at", of: id, pool) == clock.now.addingTimeInterval(60))
        clock.advance(by: .seconds(59))
        #expect(try await claim().isEmpty, "not due a second early")
        clock.advance(by: .seconds(1))
        #expect(try await claim().map(\.id) == [id])
        await pool.close()
    }

    @Test("the rescuer returns a job only after its lease ran out on the clock; a completed one never")
    func rescueOnTheClock() async throws {
        // Rescue and pruning are global: a database of its own, or the clock's hour ahead would
        // take other tests' jobs.
        let pool = try await WorkerDatabase.make().pool
        let store = JobStore(pool: pool)
        let clock = ManualClock()
        let lane = uniqueLane()
        let id = try await store.enqueue(NewJob(kind: "noop", lane: lane, runAt: clock.now))
        let stale = try #require(
            try await store.claim(
                lane: lane, kinds: ["noop"], limit: 1, owner: "old", lease: .seconds(30), now: clock.now
            )
            .first)
        clock.advance(by: .seconds(30))
        #expect(try await store.rescueExpired(now: clock.now) == 0, "at the lease's end it is still held")
        clock.advance(by: .milliseconds(1))
        #expect(try await store.heartbeat(owner: "someone-else", ids: [id], lease: .seconds(30), now: clock.now) == 0)
        #expect(try await store.rescueExpired(now: clock.now) == 1)
        let fresh = try #require(
            try await store.claim(
                lane: lane, kinds: ["noop"], limit: 1, owner: "new", lease: .seconds(30), now: clock.now
            )
            .first)
        #expect(fresh.id == id && fresh.attempt == 2, "the rescue counted the lost attempt")
        #expect(!(try await pool.transaction { try await JobStore.complete(stale, owner: "old", on: $0) }))
        #expect(try await pool.transaction { try await JobStore.complete(fresh, owner: "new", now: clock.now, on: $0) })
        clock.advance(by: .seconds(3600))
        #expect(try await store.rescueExpired(now: clock.now) == 0)
        #expect(try await store.pruneFinished(olderThan: .seconds(3601), now: clock.now) == 0)
        clock.advance(by: .seconds(2))
        #expect(try await store.pruneFinished(olderThan: .seconds(3601), now: clock.now) == 1)
        await pool.close()
    }

    @Test("a worker on the clock: the heartbeat renews a running job's lease each beat, the rescuer returns an orphan")
    func workerHeartbeatAndRescuer() async throws {
        let database = try await WorkerDatabase.make()
        let store = JobStore(pool: database.pool)
        let clock = ManualClock()
        // An orphan: claimed by a process that died, lease 30 s from the clock's start.
        let orphan = try await store.enqueue(NewJob(kind: "quick", lane: "batch", runAt: clock.now))
        _ = try await store.claim(
            lane: "batch", kinds: ["quick"], limit: 1, owner: "dead", lease: .seconds(30), now: clock.now)
        let held = try await store.enqueue(NewJob(kind: "hold", lane: "interactive", runAt: clock.now))
        let (release, releaser) = AsyncStream.makeStream(of: Void.self)
        let handlers: [any JobHandler] = [
            TestHandler(kind: "hold", lane: "interactive") { _ in
                for await _ in release { break }
                return JobResult(.done)
            },
            TestHandler(kind: "quick", lane: "batch") { _ in JobResult(.done) },
        ]
        let configuration = WorkerConfiguration(
            laneLimits: ["interactive": 2, "batch": 2], lease: .seconds(30), heartbeatInterval: .seconds(10),
            rescueInterval: .seconds(15), pollInterval: .seconds(3600), housekeepingInterval: .seconds(3600))
        try await withWorker(database, configuration: configuration, handlers: handlers, clock: clock) { _ in
            #expect(try await database.eventually { try await state(of: held, database.pool) == "running" })
            // Heartbeat, rescuer, pruner, the deadline watcher and two lanes' polls.
            try await clock.waitForSleepers(6)
            let start = clock.now
            clock.advance(by: .seconds(10))
            #expect(
                try await database.eventually {
                    try await instant("locked_until", of: held, database.pool) == start.addingTimeInterval(40)
                }, "renewed by the beat at +10 s")
            try await clock.waitForSleepers(6)
            clock.advance(by: .seconds(5))
            try await clock.waitForSleepers(6)
            #expect(try await state(of: orphan, database.pool) == "running", "at +15 s the orphan's lease holds")
            clock.advance(by: .seconds(16))
            #expect(
                try await database.eventually { try await state(of: orphan, database.pool) == "completed" },
                "rescued at +31 s and run by the live worker")
            #expect(try await state(of: held, database.pool) == "running", "the running job was never rescued")
            #expect(
                try await database.count("SELECT attempt AS n FROM jobs WHERE id = \(orphan)::bigint") == 2)
            releaser.yield()
            #expect(try await database.eventually { try await state(of: held, database.pool) == "completed" })
        }
        await database.pool.close()
    }

    @Test("one pruner in a fleet: the lease row elects it, renewals keep it, another takes over after expiry")
    func electedPruner() async throws {
        let pool = try await TestDatabase.shared.pool()
        let leases = LeaderLeaseStore(pool: pool)
        let clock = ManualClock()
        let name = "test-\(UUID().uuidString.prefix(8))"
        func take(_ owner: String) async throws -> Bool {
            try await leases.acquire(name, owner: owner, ttl: .seconds(180), now: clock.now)
        }
        #expect(try await take("a"))
        #expect(!(try await take("b")))
        clock.advance(by: .seconds(60))
        #expect(try await take("a"), "the holder renews")
        clock.advance(by: .seconds(180))
        #expect(!(try await take("b")), "until the renewed lease's end")
        clock.advance(by: .seconds(1))
        #expect(try await take("b"), "a holder that stopped renewing loses the row")
        #expect(!(try await take("a")))
        try await leases.release(name, owner: "a")
        #expect(try await leases.holder(name)?.owner == "b", "only the holder can give it up")
        try await leases.release(name, owner: "b")
        #expect(try await leases.holder(name) == nil)
        await pool.close()
    }

    @Test("a worker prunes old finished jobs when it holds the pruner lease, and gives the lease up when it stops")
    func workerPrunesAsLeader() async throws {
        let database = try await WorkerDatabase.make()
        let clock = ManualClock()
        try await database.pool.query(
            """
            INSERT INTO jobs (kind, lane, state, finished_at, run_at)
            SELECT 'noop', 'batch', 'completed', \(clock.now)::timestamptz - interval '2 days', now()
            FROM generate_series(1, 3)
            """)
        let configuration = WorkerConfiguration(
            laneLimits: ["batch": 1], pollInterval: .seconds(3600), retention: .seconds(24 * 3600),
            housekeepingInterval: .seconds(60))
        let handlers: [any JobHandler] = [TestHandler(kind: "noop", lane: "batch") { _ in JobResult(.done) }]
        try await withWorker(database, configuration: configuration, handlers: handlers, owner: "leader", clock: clock)
        {
            _ in
            // Heartbeat, rescuer, pruner, the deadline watcher and the lane's poll.
            try await clock.waitForSleepers(5)
            #expect(try await database.count("SELECT count(*)::int AS n FROM jobs") == 3, "nothing before the round")
            clock.advance(by: .seconds(60))
            #expect(
                try await database.eventually { try await database.count("SELECT count(*)::int AS n FROM jobs") == 0 })
            #expect(try await LeaderLeaseStore(pool: database.pool).holder("pruner")?.owner == "leader")
        }
        #expect(try await LeaderLeaseStore(pool: database.pool).holder("pruner") == nil, "resigned at shutdown")
        await database.pool.close()
    }
}

private func instant(_ column: String, of id: Int64, _ pool: PostgresPool) async throws -> Date? {
    try await pool.query("SELECT \(unsafeRaw: column) AS t FROM jobs WHERE id = \(id)::bigint").first?.decodeIfPresent(
        "t")
}

private func state(of id: Int64, _ pool: PostgresPool) async throws -> String {
    try await pool.query("SELECT state FROM jobs WHERE id = \(id)::bigint").first!.decode("state")
}
