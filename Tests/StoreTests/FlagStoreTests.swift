import Domain
import Foundation
import Logging
import Postgres
import Store
import TestSupport
import Testing

@Suite("Flags: settings, audit, snapshot")
struct FlagStoreTests {
    @Test("every change is audited old → new; per tenant beats global in the snapshot")
    func auditAndOverride() async throws {
        let pool = PostgresPool(.init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 2))
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(name: "flags", webhookURL: nil, by: .test)
            .id
        let flags = FlagStore(pool: pool)
        #expect(try await flags.snapshot() == FlagSnapshot(), "nothing set: everything on")

        let first = try await flags.set(
            .drafts, enabled: false, tenant: nil, by: .commandLine("ops"), reason: "incident 1")
        #expect(first.oldEnabled == nil && first.newEnabled == false)
        try await flags.set(.drafts, enabled: true, tenant: tenant, by: .commandLine("ops"), reason: "tenant trial")
        let again = try await flags.set(.drafts, enabled: true, tenant: nil, by: .commandLine("lead"), reason: "fixed")
        #expect(again.oldEnabled == false)
        try await flags.set(.drafts, enabled: false, tenant: nil, by: .commandLine("lead"), reason: "broken again")

        let snapshot = try await flags.snapshot()
        #expect(!snapshot.isEnabled(.drafts))
        #expect(snapshot.isEnabled(.drafts, tenant: tenant))

        let history = try await flags.history()
        #expect(history.count == 4)
        #expect(history.map(\.reason) == ["broken again", "fixed", "tenant trial", "incident 1"])
        #expect(history[0].actor == "lead" && history[0].oldEnabled == true && history[0].newEnabled == false)
        #expect(history[2].tenantID == tenant.lowercased)
        #expect(try await flags.list().count == 2, "one global row and one override")
        await pool.close()
    }

    @Test("a reason is required; an unknown tenant is refused; nothing is written")
    func refusals() async throws {
        let pool = PostgresPool(.init(conninfo: try await TestDatabase.freshDatabase(migrate: true), maxConnections: 2))
        let flags = FlagStore(pool: pool)
        await #expect(throws: StoreError.self) {
            try await flags.set(.ai, enabled: false, tenant: nil, by: .commandLine("ops"), reason: "  ")
        }
        await #expect(throws: StoreError.self) {
            try await flags.set(.ai, enabled: false, tenant: UUID(), by: .commandLine("ops"), reason: "why")
        }
        #expect(try await flags.history().isEmpty)
        #expect(try await flags.list().isEmpty)
        await pool.close()
    }

    @Test("a change notifies the flags channel at commit")
    func notifies() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let router = NotificationRouter(conninfo: conninfo, channels: ["flags"], logger: .init(label: "test"))
        var events = router.subscribe("flags").makeAsyncIterator()
        let running = Task { await router.run() }
        #expect(await events.next() == .connected(reconnect: false))
        try await FlagStore(pool: pool).set(.cache, enabled: false, tenant: nil, by: .commandLine("t"), reason: "r")
        #expect(await events.next() == .notification(channel: "flags", payload: "cache"))
        router.stop()
        await running.value
        await pool.close()
    }
}
