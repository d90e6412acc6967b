import Domain
import Foundation
import Jobs
import Postgres
import Store
import TestSupport
import Testing

/// Each test works in a lane of its own, so tests sharing the database never claim each other's jobs.
func uniqueLane() -> JobLane { JobLane("test-\(UUID().uuidString.prefix(8).lowercased())") }

/// `workers` claimers taking `limit` at a time until the lane is empty; every id they got.
func claimConcurrently(_ store: JobStore, lane: JobLane, workers: Int, limit: Int) async throws -> [Int64] {
    try await withThrowingTaskGroup(of: [Int64].self) { group in
        for worker in 0..<workers {
            group.addTask {
                var mine: [Int64] = []
                while true {
                    let jobs = try await store.claim(
                        lane: lane, kinds: ["noop"], limit: limit, owner: "w\(worker)", lease: .seconds(30))
                    if jobs.isEmpty { return mine }
                    mine += jobs.map(\.id)
                }
            }
        }
        return try await group.reduce(into: [Int64]()) { $0 += $1 }
    }
}

@Suite("Job store: claim, outcomes, leases, dead letters")
struct JobStoreTests {
    @Test("enqueueing an existing idempotency key returns the existing job")
    func uniqueJobs() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let key = "unique:\(lane)"
        let first = try await store.enqueue(NewJob(kind: "noop", lane: lane, idempotencyKey: key))
        let second = try await store.enqueue(
            NewJob(kind: "noop", lane: lane, payload: #"{"other":1}"#, idempotencyKey: key))
        #expect(first == second)
        let concurrent = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<20 {
                group.addTask { try await store.enqueue(NewJob(kind: "noop", lane: lane, idempotencyKey: key + ":c")) }
            }
            return try await group.reduce(into: Set<Int64>()) { $0.insert($1) }
        }
        #expect(concurrent.count == 1)
        await pool.close()
    }

    @Test("claims take due jobs in priority, run_at, id order, and concurrent claims never overlap")
    func claimOrderAndSkipLocked() async throws {
        let pool = try await TestDatabase.shared.pool(maxConnections: 8)
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let low = try await store.enqueue(NewJob(kind: "noop", lane: lane, priority: 200))
        let high = try await store.enqueue(NewJob(kind: "noop", lane: lane, priority: 10))
        _ = try await store.enqueue(NewJob(kind: "noop", lane: lane, runAt: Date().addingTimeInterval(3600)))
        _ = try await store.enqueue(NewJob(kind: "other", lane: lane))
        let claimed = try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "a", lease: .seconds(30))
        #expect(claimed.map(\.id) == [high])
        #expect(claimed.first?.attempt == 1)
        let rest = try await store.claim(lane: lane, kinds: ["noop"], limit: 10, owner: "a", lease: .seconds(30))
        #expect(rest.map(\.id) == [low], "the future job and the other kind stay queued")

        for _ in 0..<100 { try await store.enqueue(NewJob(kind: "noop", lane: lane)) }
        let all = try await claimConcurrently(store, lane: lane, workers: 8, limit: 7)
        #expect(all.count == 100 && Set(all).count == 100, "every job claimed exactly once")
        await pool.close()
    }

    @Test("a rescued job's old owner cannot complete it; a completed job is never rescued")
    func guardedOutcomes() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let id = try await store.enqueue(NewJob(kind: "noop", lane: lane))
        let stale = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "old", lease: .milliseconds(1)).first)
        try await Task.sleep(for: .milliseconds(20))
        #expect(try await store.heartbeat(owner: "someone-else", ids: [id], lease: .seconds(30)) == 0)
        #expect(try await store.rescueExpired() >= 1)
        let fresh = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "new", lease: .seconds(30)).first)
        #expect(fresh.id == id && fresh.attempt == 2, "the rescue counted the lost attempt")
        let oldCompleted = try await pool.transaction { try await JobStore.complete(stale, owner: "old", on: $0) }
        #expect(!oldCompleted, "zero rows: the lease was lost, the result is dropped")
        let newCompleted = try await pool.transaction { try await JobStore.complete(fresh, owner: "new", on: $0) }
        #expect(newCompleted)
        try await pool.query("UPDATE jobs SET locked_until = now() - interval '1 hour' WHERE id = \(id)::bigint")
        _ = try await store.rescueExpired()
        let state: String = try await pool.query("SELECT state FROM jobs WHERE id = \(id)::bigint").first!.decode(
            "state")
        #expect(state == "completed")
        await pool.close()
    }

    @Test("retries dead-letter after max_attempts with the last error; replay requeues with fresh attempts")
    func deadLetterAndReplay() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let id = try await store.enqueue(NewJob(kind: "noop", lane: lane, maxAttempts: 2))
        var states: [JobState?] = []
        for attempt in 1...2 {
            let job = try #require(
                try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30)).first)
            #expect(job.attempt == attempt)
            states.append(
                try await pool.transaction {
                    try await JobStore.retry(job, owner: "w", after: .zero, error: "boom \(attempt)", on: $0)
                })
        }
        #expect(states == [.available, .dead])
        let dead = try #require(try await store.deadJobs().first { $0.id == id })
        #expect(dead.attempt == 2 && dead.lastError == "boom 2" && dead.kind == "noop")
        #expect(try await store.replay(ids: [id], by: .test) == [id])
        let again = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30)).first)
        #expect(again.id == id && again.attempt == 1)
        #expect(try await store.replay(ids: [id], by: .test).isEmpty, "only dead jobs are replayed")
        await pool.close()
    }

    @Test("snooze does not spend an attempt; release hands jobs back at once")
    func snoozeAndRelease() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        let id = try await store.enqueue(NewJob(kind: "noop", lane: lane))
        let job = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30)).first)
        #expect(try await pool.transaction { try await JobStore.snooze(job, owner: "w", for: .zero, on: $0) })
        let again = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "w", lease: .seconds(30)).first)
        #expect(again.id == id && again.attempt == 1)
        #expect(try await store.release(owner: "w", ids: [id]) == 1)
        let third = try #require(
            try await store.claim(lane: lane, kinds: ["noop"], limit: 1, owner: "x", lease: .seconds(30)).first)
        #expect(third.attempt == 1, "a released job keeps its attempts")
        await pool.close()
    }

    @Test("housekeeping deletes finished jobs past retention; depth counts per kind and state")
    func pruneAndDepth() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let store = JobStore(pool: pool)
        for _ in 0..<5 { try await store.enqueue(NewJob(kind: "noop", lane: "l")) }
        let jobs = try await store.claim(lane: "l", kinds: ["noop"], limit: 3, owner: "w", lease: .seconds(30))
        for job in jobs { _ = try await pool.transaction { try await JobStore.complete(job, owner: "w", on: $0) } }
        #expect(
            try await store.depth() == [
                QueueDepth(kind: "noop", state: .available, count: 2),
                QueueDepth(kind: "noop", state: .completed, count: 3),
            ])
        #expect(try await store.pruneFinished(olderThan: .seconds(3600)) == 0)
        try await pool.query("UPDATE jobs SET finished_at = now() - interval '2 hours' WHERE state = 'completed'")
        #expect(try await store.pruneFinished(olderThan: .seconds(3600), batch: 2) == 2)
        #expect(try await store.pruneFinished(olderThan: .seconds(3600), batch: 2) == 1)
        await pool.close()
    }
}

@Suite("Heartbeats")
struct HeartbeatTests {
    @Test("a heartbeat extends only the leases of the jobs it names")
    func onlyNamedJobs() async throws {
        let pool = try await TestDatabase.shared.pool()
        let store = JobStore(pool: pool)
        let lane = uniqueLane()
        _ = try await store.enqueue(NewJob(kind: "noop", lane: lane))
        _ = try await store.enqueue(NewJob(kind: "noop", lane: lane))
        let claimed = try await store.claim(lane: lane, kinds: ["noop"], limit: 2, owner: "hb", lease: .seconds(5))
        #expect(claimed.count == 2)
        let (kept, orphan) = (claimed[0].id, claimed[1].id)
        #expect(try await store.heartbeat(owner: "hb", ids: [kept], lease: .seconds(600)) == 1)
        let leases = try await pool.query(
            """
            SELECT id, extract(epoch FROM locked_until - now())::float8 AS left FROM jobs
            WHERE id = ANY(\([kept, orphan] as [Int64])::bigint[])
            """
        ).rows.reduce(into: [Int64: Double]()) { $0[try $1.decode("id")] = try $1.decode("left") }
        #expect(leases[kept]! > 500, "the running job's lease was extended")
        #expect(leases[orphan]! < 10, "the orphan's lease was left to expire")
        #expect(try await store.heartbeat(owner: "hb", ids: [], lease: .seconds(600)) == 0)
        await pool.close()
    }
}
