import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// Every job enters through `jobs_enqueue()`: these check the paths that are SQL (the deliveries
/// trigger) agree with the kinds' Swift contract.
@Suite("The queue's one way in")
struct EnqueuePathTests {
    @Test("an event's delivery job has the deliver kind's lane and attempt ceiling, and its key")
    func deliveryJobsFollowTheKind() async throws {
        let pool = try await TestDatabase.shared.pool()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "enqueue-path", webhookURL: "https://hooks.example.com/x", by: .test
        ).id
        let event: String = try await pool.query(
            """
            INSERT INTO events (tenant_id, type, payload) VALUES (\(tenant)::uuid, 'ticket.triaged', '{}'::jsonb)
            RETURNING id
            """
        ).rows[0].decode("id")
        let row = try await pool.query(
            "SELECT kind, lane, max_attempts, idempotency_key FROM jobs WHERE correlation_id = \(event)"
        ).rows[0]
        #expect(try row.decode("kind", as: String.self) == JobKind.deliver.rawValue)
        #expect(try row.decode("lane", as: String.self) == JobKind.deliver.lane.rawValue)
        #expect(try row.decode("max_attempts", as: Int.self) == JobKind.deliver.maxAttempts)
        #expect(try row.decode("idempotency_key", as: String.self) == "deliver:\(event)")
        await pool.close()
    }

    @Test("jobs_enqueue returns the existing job for a key it has seen, without a second row")
    func idempotent() async throws {
        let pool = try await TestDatabase.shared.pool()
        let key = "enqueue-path:\(UUID().uuidString)"
        let store = JobStore(pool: pool)
        let first = try await store.enqueue(NewJob(.noop, idempotencyKey: key))
        let again: Int64 = try await pool.query(
            "SELECT jobs_enqueue('noop', 'batch', 3, p_key => \(key)) AS id"
        ).rows[0].decode("id")
        #expect(again == first)
        #expect(
            try await pool.query("SELECT count(*) AS n FROM jobs WHERE idempotency_key = \(key)").rows[0]
                .decode("n", as: Int.self) == 1)
        try await pool.query("DELETE FROM jobs WHERE idempotency_key = \(key)")
        await pool.close()
    }
}
