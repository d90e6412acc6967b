import Foundation
import Logging
import Postgres
import TestSupport
import Testing

@Suite("LISTEN/NOTIFY")
struct ListenerTests {
    @Test("delivers notifications committed after subscribing, not rolled-back ones")
    func notifications() async throws {
        let conninfo = try await TestDatabase.shared.conninfo()
        let channel = "test_\(UInt32.random(in: 0...UInt32.max))"
        let listener = PostgresListener(conninfo: conninfo, channels: [channel], logger: Logger(label: "test"))
        listener.start()
        var events = listener.events.makeAsyncIterator()
        #expect(await events.next() == .connected(reconnect: false))
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        struct Abort: Error {}
        _ = try? await pool.transaction { tx in
            try await tx.query("SELECT pg_notify(\(channel), 'rolled-back')")
            throw Abort()
        }
        _ = try await pool.transaction { tx in
            try await tx.query("SELECT pg_notify(\(channel), 'first')")
        }
        try await pool.notify(channel: channel, payload: "second")
        #expect(await events.next() == .notification(channel: channel, payload: "first"))
        #expect(await events.next() == .notification(channel: channel, payload: "second"))
        listener.stop()
        #expect(await events.next() == nil, "the stream finishes after stop()")
        await pool.close()
    }
}
