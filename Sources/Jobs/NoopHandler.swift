import Domain
import Foundation
import Logging
import Postgres
import Store

/// The `noop` drill job: does nothing, optionally sleeps, optionally records that it ran. It
/// measures the runtime itself (benchmarks) and proves crash and concurrency guarantees (tests,
/// drills) through the real claim → run → complete path.
///
/// Payload (all optional): `{"sleep_ms": 200, "record": true}`. Recording writes a `started` row
/// to `job_drill_runs` when the handler begins and an `effect` row committed with the completion.
public struct NoopHandler: JobHandler {
    public var kind: JobKind { .noop }
    public let lane: JobLane
    let pool: PostgresPool
    let owner: String

    struct Payload: Decodable {
        var sleepMilliseconds: Int?
        var record: Bool?

        enum CodingKeys: String, CodingKey {
            case sleepMilliseconds = "sleep_ms"
            case record
        }
    }

    /// - Parameter owner: written into drill rows; use the worker's lease owner.
    public init(pool: PostgresPool, owner: String, lane: JobLane = JobKind.noop.lane) {
        self.pool = pool
        self.owner = owner
        self.lane = lane
    }

    public func run(_ job: ClaimedJob, logger: Logger) async throws -> JobResult {
        let payload = try JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8))
        let record = payload.record ?? false
        let owner = owner
        if record {
            try await pool.query(
                """
                INSERT INTO job_drill_runs (job_id, attempt, owner, phase)
                VALUES (\(job.id)::bigint, \(job.attempt)::int, \(owner), 'started')
                """)
        }
        if let sleep = payload.sleepMilliseconds, sleep > 0 {
            try await Task.sleep(for: .milliseconds(sleep))
        }
        guard record else { return .done }
        return JobResult(.done) { tx in
            try await tx.query(
                """
                INSERT INTO job_drill_runs (job_id, attempt, owner, phase)
                VALUES (\(job.id)::bigint, \(job.attempt)::int, \(owner), 'effect')
                """)
        }
    }
}
