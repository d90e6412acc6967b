import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// The address policy in a real `serve` process: a tenant URL naming a host that resolves to
/// loopback is refused at the socket on every attempt, and nothing reaches the receiver.
@Suite(.serialized) struct AddressPolicyDeliveryTests {
    @Test func aNameResolvingToLoopbackIsRefusedAtTheSocketAndRetriedOnTheSchedule() async throws {
        try #require(
            ProcessInfo.processInfo.environment["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE"] == nil,
            "the serve process must not inherit SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE")
        try await DeliveryHarness.with { h in
            // `tenant update` would refuse this; the row is written directly, as an old URL or a
            // name whose DNS changed later would be.
            try await h.setWebhookURL("http://localhost:\(h.receiverPort)/hook")
            let (server, _) = try await h.startServer(schedule: "0,0.3,60", allowPrivate: false)
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).attempts == 2 })
            #expect(try await h.deliveryState(id).state == "pending", "retried on the schedule, not dead yet")

            let rows = try await h.pool.query(
                "SELECT status, error FROM delivery_attempts WHERE event_id = \(id) ORDER BY id"
            ).rows
            #expect(rows.count == 2)
            for row in rows {
                #expect(try row.decodeIfPresent("status", as: Int.self) == nil)
                let error = try row.decode("error", as: String.self)
                #expect(
                    error == "refused: the host resolved to a loopback address (127.0.0.1)"
                        || error == "refused: the host resolved to a loopback address (::1)", "\(error)")
            }
            // `supportbot status` and GET /v1/status name the tenant and the refusal.
            let status = try await StatusStore(pool: h.pool).report().webhooks
            let refused = try #require(status.refusedEndpoints.first)
            #expect(status.refusedEndpoints.count == 1)
            #expect(refused.tenantID == h.tenantID)
            #expect(refused.events == 1)
            #expect(refused.lastError.hasPrefix("refused: the host resolved to a loopback address"))
            await h.stop(server)

            #expect(h.receiver.received.isEmpty, "nothing was sent")
            let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
            #expect(log.contains("webhook delivery refused, nothing sent"))
            #expect(!log.contains("/hook"), "the log names the tenant, not the URL")
        }
    }

    @Test func theLastRefusedAttemptDeadLettersWithTheReason() async throws {
        try await DeliveryHarness.with { h in
            try await h.setWebhookURL("http://localhost:\(h.receiverPort)/hook")
            let (server, _) = try await h.startServer(schedule: "0,0.1", allowPrivate: false)
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "dead" })
            await h.stop(server)
            #expect(h.receiver.received.isEmpty)
            let reason: String = try await h.pool.query(
                "SELECT last_error FROM jobs WHERE kind = 'deliver' AND correlation_id = \(id)"
            ).rows[0].decode("last_error")
            #expect(
                reason.hasPrefix("last of 2 attempts: refused: the host resolved to a loopback address"), "\(reason)")
            #expect(try await StatusStore(pool: h.pool).report().webhooks.refusedEndpoints.isEmpty, "dead, not pending")
        }
    }

    @Test func withThePrivateTargetsAllowedTheSameNameIsDelivered() async throws {
        try await DeliveryHarness.with { h in
            try await h.setWebhookURL("http://localhost:\(h.receiverPort)/hook")
            let (server, _) = try await h.startServer()
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            await h.stop(server)
            #expect(h.receiver.received.map(\.id) == [id])
        }
    }

    @Test func deliveriesIgnoreTheEnvironmentsProxy() async throws {
        try await DeliveryHarness.with { h in
            // Nothing listens there: a delivery sent through it would fail.
            let proxy = "http://127.0.0.1:\(try TemporaryPostgresCluster.freePort())"
            let (server, _) = try await h.startServer(
                environment: [
                    "http_proxy": proxy, "https_proxy": proxy, "all_proxy": proxy, "ALL_PROXY": proxy,
                    "HTTPS_PROXY": proxy, "no_proxy": "",
                ])
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            await h.stop(server)
            #expect(h.receiver.received.map(\.id) == [id])
            let statuses = try await h.pool.query(
                "SELECT status FROM delivery_attempts WHERE event_id = \(id) ORDER BY id"
            ).rows.map { try $0.decodeIfPresent("status", as: Int.self) }
            #expect(statuses == [200], "the first attempt went straight to the receiver")
        }
    }
}
