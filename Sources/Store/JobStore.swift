import Domain
import Foundation
import Postgres

/// All SQL of the job queue (the `jobs` outbox): enqueue, claim, outcomes, leases, dead letters.
///
/// Outcome updates are guarded by `state = 'running' AND lease_owner = owner AND attempt = n`: when
/// a lease was lost (rescued, replayed) the update touches no row and the caller drops its result.
///
/// Every time-dependent statement takes `now`: nil (production) measures leases, schedules and
/// retention by the database's `now()`, one clock for all processes; a test passes its manual
/// clock's instant (`jobs_now()` in schema/0016) and checks lease and retry logic without sleeping.
public struct JobStore: Sendable {
    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    // MARK: Enqueue

    /// Inserts `job` on `connection` (inside the caller's transaction, so it commits with the change
    /// that called for it) through `jobs_enqueue()`, the queue's one way in, which notifies its
    /// lane at commit. Returns the new or existing job id.
    @discardableResult
    public static func enqueue(_ job: NewJob, on connection: PostgresConnection) async throws -> Int64 {
        // A key committed by a concurrent transaction after this statement's snapshot makes the
        // INSERT do nothing while the SELECT cannot see the row yet; the next statement can.
        for _ in 0..<3 {
            let rows = try await connection.query(
                """
                SELECT jobs_enqueue(\(job.kind.rawValue), \(job.lane.rawValue), \(job.maxAttempts)::int,
                                    \(job.payload)::jsonb, \(job.priority)::smallint, \(job.runAt)::timestamptz,
                                    \(job.tenantID)::uuid, \(job.ticketID)::uuid, \(job.correlationID),
                                    \(job.idempotencyKey)) AS id
                """
            ).rows
            if let id: Int64 = try rows.first?.decodeIfPresent("id") { return id }
        }
        throw StoreError(.notFound, "the job with idempotency key \(job.idempotencyKey ?? "") could not be read back")
    }

    /// Enqueues in its own transaction.
    @discardableResult
    public func enqueue(_ job: NewJob) async throws -> Int64 {
        try await pool.transaction { try await Self.enqueue(job, on: $0) }
    }

    // MARK: Claim

    /// Claims up to `limit` due jobs of `lane` (of the given kinds) for `owner`, fairly across
    /// tenants, in one call of `jobs_claim()` (schema/0018_jobs_claim.sql: a function, so its
    /// statements' plans are kept per session instead of planned on every claim).
    ///
    /// A skip scan over the claim index lists the tenants with work in the lane (one index probe
    /// per tenant, however deep a backlog); each contributes its next `limit` due jobs in
    /// (priority, run_at, id) order. Candidates are then taken in order of
    /// `(jobs the tenant runs now + rank among its candidates) / plan weight`, so a quiet tenant's
    /// first job goes before a busy tenant's next one and, under contention, tenants hold slots in
    /// proportion to their weights. Jobs without a tenant (drills) form one group of their own.
    /// Rows are locked with `FOR NO KEY UPDATE SKIP LOCKED` in that order, one primary-key lookup
    /// each, so concurrent claimers never block on, or take, the same job; excluded tenants are
    /// dropped per tenant, before any of their jobs is read.
    ///
    /// When one group has all the lane's work (only tenant-less jobs, or one tenant's), there is
    /// nothing to be fair about: the claim locks that group's index range in order directly, as a
    /// first-come, first-served queue would, and the ranking is never run. Tenant-less jobs weigh
    /// as the default plan (`Plan.default`, 'standard' in the function).
    public func claim(
        lane: JobLane, kinds: [JobKind], limit: Int, owner: String, lease: Duration,
        filter: ClaimFilter = ClaimFilter(),
        now: Date? = nil
    ) async throws -> [ClaimedJob] {
        guard limit > 0, !filter.paused else { return [] }
        let excluded = filter.excludedTenants.map(\.lowercased)
        let only = filter.onlyTenants?.map(\.lowercased)
        let laneName = lane.rawValue
        let kindNames = kinds.map(\.rawValue)
        let capped = filter.tenantLimits.sorted { $0.key.uuidString < $1.key.uuidString }
        let capTenants = capped.map(\.key.lowercased)
        let caps = capped.map(\.value)
        let rows = try await pool.query(
            """
            SELECT id, kind, lane, payload::text AS payload, tenant_id, ticket_id, correlation_id, attempt,
                   max_attempts, created_at, run_at
            FROM jobs_claim(\(laneName), \(kindNames)::text[], \(limit)::int, \(owner),
                            \(Self.interval(lease))::interval, \(excluded)::uuid[], \(only)::uuid[],
                            \(capTenants)::uuid[], \(caps)::int[], \(filter.defaultTenantLimit)::int,
                            \(Self.candidateMargin)::int, \(now)::timestamptz)
            """
        ).rows
        return try rows.map { row in
            ClaimedJob(
                id: try row.decode("id"), kind: JobKind(try row.decode("kind", as: String.self)),
                lane: JobLane(try row.decode("lane", as: String.self)),
                payload: try row.decode("payload"), tenantID: try row.decodeIfPresent("tenant_id"),
                ticketID: try row.decodeIfPresent("ticket_id"),
                correlationID: try row.decodeIfPresent("correlation_id"),
                attempt: try row.decode("attempt"), maxAttempts: try row.decode("max_attempts"),
                createdAt: try row.decode("created_at"), runAt: try row.decode("run_at"))
        }.sorted { $0.id < $1.id }
    }

    // MARK: Outcomes (guarded)

    /// Marks the job completed. Returns false when the lease was lost (nothing changed).
    public static func complete(
        _ job: ClaimedJob, owner: String, now: Date? = nil, on connection: PostgresConnection
    ) async throws -> Bool {
        try await connection.query(
            """
            UPDATE jobs SET state = 'completed', finished_at = jobs_now(\(now)), updated_at = jobs_now(\(now)),
                   lease_owner = NULL, locked_until = NULL
            WHERE id = \(job.id)::bigint AND state = 'running' AND lease_owner = \(owner) AND attempt = \(job.attempt)::int
            """
        ).affectedRows == 1
    }

    /// Marks many jobs completed in one statement (jobs without effects: the batch completer).
    /// Returns the ids that were still held by `owner` at their attempt; the others lost their lease.
    public func complete(
        _ jobs: [(id: Int64, attempt: Int)], owner: String, now: Date? = nil
    ) async throws -> Set<Int64> {
        guard !jobs.isEmpty else { return [] }
        let rows = try await pool.query(
            """
            UPDATE jobs j SET state = 'completed', finished_at = jobs_now(\(now)), updated_at = jobs_now(\(now)),
                   lease_owner = NULL, locked_until = NULL
            FROM unnest(\(jobs.map(\.id))::bigint[], \(jobs.map(\.attempt))::int[]) AS d(id, attempt)
            WHERE j.id = d.id AND j.state = 'running' AND j.lease_owner = \(owner) AND j.attempt = d.attempt
            RETURNING j.id
            """
        ).rows
        return Set(try rows.map { try $0.decode("id", as: Int64.self) })
    }

    /// Schedules another attempt `delay` from now (or at `notBefore`, when given), or dead-letters
    /// when attempts are used up. Returns the new state, or nil when the lease was lost.
    public static func retry(
        _ job: ClaimedJob, owner: String, after delay: Duration, notBefore: Date? = nil, error: String,
        now: Date? = nil, on connection: PostgresConnection
    ) async throws -> JobState? {
        try await connection.query(
            """
            UPDATE jobs SET state = CASE WHEN attempt >= max_attempts THEN 'dead' ELSE 'available' END,
                   finished_at = CASE WHEN attempt >= max_attempts THEN jobs_now(\(now)) END,
                   run_at = COALESCE(\(notBefore)::timestamptz, jobs_now(\(now)) + \(Self.interval(delay))::interval),
                   last_error = \(String(error.prefix(2000))),
                   lease_owner = NULL, locked_until = NULL, updated_at = jobs_now(\(now))
            WHERE id = \(job.id)::bigint AND state = 'running' AND lease_owner = \(owner) AND attempt = \(job.attempt)::int
            RETURNING state
            """
        ).first.map { JobState(rawValue: try $0.decode("state", as: String.self)) } ?? nil
    }

    /// Puts the job back for `delay` without spending an attempt.
    public static func snooze(
        _ job: ClaimedJob, owner: String, for delay: Duration, now: Date? = nil, on connection: PostgresConnection
    ) async throws -> Bool {
        try await connection.query(
            """
            UPDATE jobs SET state = 'available', attempt = attempt - 1,
                   run_at = jobs_now(\(now)) + \(Self.interval(delay))::interval,
                   lease_owner = NULL, locked_until = NULL, updated_at = jobs_now(\(now))
            WHERE id = \(job.id)::bigint AND state = 'running' AND lease_owner = \(owner) AND attempt = \(job.attempt)::int
            """
        ).affectedRows == 1
    }

    /// Dead-letters the job now, with the reason.
    public static func deadLetter(
        _ job: ClaimedJob, owner: String, reason: String, now: Date? = nil, on connection: PostgresConnection
    ) async throws -> Bool {
        try await end(job, state: .dead, owner: owner, reason: reason, now: now, on: connection)
    }

    /// Gives the job up for good, with the reason.
    public static func discard(
        _ job: ClaimedJob, owner: String, reason: String, now: Date? = nil, on connection: PostgresConnection
    ) async throws -> Bool {
        try await end(job, state: .discarded, owner: owner, reason: reason, now: now, on: connection)
    }

    static func end(
        _ job: ClaimedJob, state: JobState, owner: String, reason: String, now: Date?,
        on connection: PostgresConnection
    ) async throws -> Bool {
        try await connection.query(
            """
            UPDATE jobs SET state = \(state.rawValue), finished_at = jobs_now(\(now)), last_error = \(String(reason.prefix(2000))),
                   lease_owner = NULL, locked_until = NULL, updated_at = jobs_now(\(now))
            WHERE id = \(job.id)::bigint AND state = 'running' AND lease_owner = \(owner) AND attempt = \(job.attempt)::int
            """
        ).affectedRows == 1
    }

    // MARK: Leases

    /// Extends the leases `owner` holds for `ids`: one statement per process, however many jobs run.
    ///
    /// Only the jobs in `ids` (the handlers actually running in the process): a job whose
    /// outcome could not be written must not be kept alive by the process's other work, or the
    /// rescuer would never hand it to anyone while the process stays busy.
    @discardableResult
    public func heartbeat(owner: String, ids: [Int64], lease: Duration, now: Date? = nil) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await pool.query(
            """
            UPDATE jobs SET locked_until = jobs_now(\(now)) + \(Self.interval(lease))::interval
            WHERE state = 'running' AND lease_owner = \(owner) AND id = ANY(\(ids)::bigint[])
            """
        ).affectedRows
    }

    /// Returns jobs whose lease expired to the queue (their attempt was counted when claimed), or
    /// dead-letters them when that was the last attempt. State and expiry are checked again in the
    /// UPDATE itself, so a job that completed meanwhile is never resurrected. Returns how many.
    @discardableResult
    public func rescueExpired(limit: Int = 500, now: Date? = nil) async throws -> Int {
        try await pool.query(
            """
            WITH expired AS MATERIALIZED (
                SELECT id FROM jobs WHERE state = 'running' AND locked_until < jobs_now(\(now))
                ORDER BY locked_until LIMIT \(limit)::int
                FOR NO KEY UPDATE SKIP LOCKED
            )
            UPDATE jobs j SET state = CASE WHEN j.attempt >= j.max_attempts THEN 'dead' ELSE 'available' END,
                   finished_at = CASE WHEN j.attempt >= j.max_attempts THEN jobs_now(\(now)) END,
                   run_at = jobs_now(\(now)), lease_owner = NULL, locked_until = NULL, updated_at = jobs_now(\(now)),
                   last_error = 'lease expired (worker ' || j.lease_owner || ' stopped heartbeating)'
            FROM expired WHERE j.id = expired.id AND j.state = 'running' AND j.locked_until < jobs_now(\(now))
            """
        ).affectedRows
    }

    /// Hands back what `owner` still runs (graceful shutdown), without spending attempts, and
    /// notifies the lanes so another process picks them up at once.
    @discardableResult
    public func release(owner: String, ids: [Int64], now: Date? = nil) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await pool.query(
            """
            WITH released AS (
                UPDATE jobs SET state = 'available', attempt = GREATEST(attempt - 1, 0), run_at = jobs_now(\(now)),
                       lease_owner = NULL, locked_until = NULL, updated_at = jobs_now(\(now))
                WHERE state = 'running' AND lease_owner = \(owner) AND id = ANY(\(ids)::bigint[])
                RETURNING lane
            )
            SELECT pg_notify('jobs', lane) FROM (SELECT DISTINCT lane FROM released) l
            """
        ).rows.count
    }

    // MARK: Dead letters

    /// Dead-lettered jobs, newest first.
    public func deadJobs(limit: Int = 100) async throws -> [DeadJob] {
        try await pool.query(
            """
            SELECT id, kind, ticket_id::text AS ticket_id, attempt, max_attempts, last_error, created_at, finished_at
            FROM jobs WHERE state = 'dead' ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT \(limit)::int
            """
        ).rows.map { row in
            DeadJob(
                id: try row.decode("id"), kind: JobKind(try row.decode("kind", as: String.self)),
                ticketID: try row.decodeIfPresent("ticket_id"),
                attempt: try row.decode("attempt"), maxAttempts: try row.decode("max_attempts"),
                lastError: try row.decodeIfPresent("last_error"), createdAt: try row.decode("created_at"),
                finishedAt: try row.decodeIfPresent("finished_at"))
        }
    }

    /// Requeues dead jobs (`ids`, or all when nil) with fresh attempts. Returns the ids requeued.
    ///
    /// Each replayed job gets an audit row naming `principal`.
    public func replay(ids: [Int64]?, by principal: Principal) async throws -> [Int64] {
        try await pool.transaction { tx in
            let rows = try await tx.query(
                """
                UPDATE jobs SET state = 'available', attempt = 0, run_at = now(), finished_at = NULL,
                       updated_at = now()
                WHERE state = 'dead' AND (\(ids == nil)::boolean OR id = ANY(\(ids ?? [])::bigint[]))
                RETURNING id, lane, kind, tenant_id, payload->>'event_id' AS event_id
                """
            ).rows
            for row in rows {
                let id: Int64 = try row.decode("id")
                try await AuditStore.record(
                    .dlqReplay, by: principal, target: String(id), tenantID: try row.decodeIfPresent("tenant_id"),
                    detail: [
                        "kind": .string(try row.decode("kind")),
                        "event_id": try row.decodeIfPresent("event_id", as: String.self).map { .string($0) } ?? .null,
                    ], on: tx)
            }
            // A replayed delivery is pending again; it goes out with the same webhook-id.
            let events = try rows.compactMap { try $0.decodeIfPresent("event_id", as: String.self) }
            if !events.isEmpty {
                try await tx.query(
                    "UPDATE events SET delivery_state = 'pending' WHERE id = ANY(\(events)::text[])")
            }
            for lane in Set(try rows.map { try $0.decode("lane", as: String.self) }) {
                try await tx.query("SELECT pg_notify('jobs', \(lane))")
            }
            return try rows.map { try $0.decode("id", as: Int64.self) }.sorted()
        }
    }

    // MARK: Housekeeping and depth

    /// Deletes up to `batch` completed or discarded jobs finished before `olderThan` ago.
    @discardableResult
    public func pruneFinished(olderThan retention: Duration, batch: Int = 1000, now: Date? = nil) async throws -> Int {
        try await pool.query(
            """
            DELETE FROM jobs WHERE id IN (
                SELECT id FROM jobs
                WHERE state IN ('completed', 'discarded') AND finished_at < jobs_now(\(now)) - \(Self.interval(retention))::interval
                ORDER BY finished_at LIMIT \(batch)::int
            )
            """
        ).affectedRows
    }

    /// Jobs per kind and state, from indexes; `tenant` counts that tenant's jobs only.
    public func depth(tenant: UUID? = nil) async throws -> [QueueDepth] {
        // Two partial indexes, one per half (see schema/0003_job_runtime.sql).
        try await pool.query(
            """
            SELECT kind, state, n FROM (
                SELECT kind, 'available' AS state, count(*) AS n FROM jobs
                WHERE state = 'available' AND (\(tenant)::uuid IS NULL OR tenant_id = \(tenant)::uuid) GROUP BY kind
                UNION ALL
                SELECT kind, state, count(*) FROM jobs
                WHERE state <> 'available' AND (\(tenant)::uuid IS NULL OR tenant_id = \(tenant)::uuid)
                GROUP BY kind, state
            ) d ORDER BY kind, state
            """
        )
        .rows.compactMap { row -> QueueDepth? in
            guard let state = JobState(rawValue: try row.decode("state")) else { return nil }
            return QueueDepth(
                kind: JobKind(try row.decode("kind", as: String.self)), state: state, count: try row.decode("n"))
        }
    }

    /// Candidates per tenant, as a multiple of the claim's size: claimers in other processes lock
    /// the front of each tenant's queue at the same moment, and a claim that found only their
    /// locked rows would take nothing and sleep until the next wake-up. A capped tenant (an
    /// endpoint's free slots) offers exactly its cap, so a claim never takes more than the cap.
    static let candidateMargin = 4

    static func interval(_ duration: Duration) -> String {
        "\(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000) milliseconds"
    }
}
