import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing
import Webhooks

/// Every event type CONTRACT.md names reaches the receiver signed, from the component that
/// causes it: the pipeline (local provider), the review API and the budget.
@Suite(.serialized) struct EventDeliveryTests {
    @Test func everyEventTypeReachesTheReceiverSignedAsTheContractSays() async throws {
        try await DeliveryHarness.with { h in
            let (server, port) = try await h.startServer()
            let http = HTTPClient(maxConnections: 4)
            defer { http.shutdown() }
            let inbound = try await TenantStore(pool: h.pool, keyring: .test).inboundSecret(h.tenantID)
            let poster = SignedWebhookPoster(
                client: http, url: "http://127.0.0.1:\(port)/v1/tenants/\(h.tenantID.lowercased)/webhooks/tickets",
                secrets: [inbound])
            let ticket = #"""
                {"type":"ticket.created","ticket":{"external_id":"EV-1","subject":"Where is my order?",
                 "customer":{"email":"ana@example.com","name":"Ana"}},
                 "message":{"external_id":"m-1","author":"customer","body":"Hi, where is my order 1042?",
                 "created_at":"2026-11-20T10:00:00Z"}}
                """#
            #expect(await poster.post(body: Array(ticket.utf8), webhookID: "msg_in_1").status == 202)
            #expect(
                try await h.eventually {
                    Set(h.receiver.received.compactMap(\.type)).isSuperset(of: [
                        "ticket.triaged", "ticket.summarized", "draft.created",
                    ])
                })
            let created = try #require(h.receiver.received.first { $0.type == "draft.created" }?.json)
            let data = try #require(created["data"] as? [String: Any])
            let draftID = try #require(data["draft_id"] as? String)
            #expect(data["source"] as? String == "rules")
            #expect(data["body"] is String)

            // Two agents approve at once: one wins, the other is told; one delivery.
            func approve(_ agent: String) async throws -> Int {
                try await http.execute(
                    HTTPRequest(
                        method: "POST", url: "http://127.0.0.1:\(port)/v1/drafts/\(draftID)/approve",
                        headers: [
                            HTTPHeader(name: "Authorization", value: "Bearer \(DeliveryHarness.token)"),
                            HTTPHeader(name: "Content-Type", value: "application/json"),
                        ],
                        body: Array(#"{"body":"Hi Ana, it ships today.","agent":"\#(agent)"}"#.utf8))
                ).status
            }
            async let first = approve("ana")
            async let second = approve("ben")
            #expect(try await [first, second].sorted() == [200, 409])

            try await h.pool.query(
                "SELECT llm_announce_threshold(\(h.tenantID)::uuid, 'day', current_date, 80, 8.1, 10)")
            #expect(
                try await h.eventually {
                    Set(h.receiver.received.compactMap(\.type)).isSuperset(of: ["draft.approved", "budget.threshold"])
                })
            try await Task.sleep(for: .milliseconds(500))

            let received = h.receiver.received
            #expect(received.filter { $0.type == "draft.approved" }.count == 1, "approved and delivered once")
            let approved = try #require(received.first { $0.type == "draft.approved" }?.json?["data"] as? [String: Any])
            #expect(approved["body"] as? String == "Hi Ana, it ships today.")
            #expect(approved["draft_id"] as? String == draftID)
            let budget = try #require(received.first { $0.type == "budget.threshold" }?.json?["data"] as? [String: Any])
            #expect(budget["percent"] as? Int == 80)
            #expect(budget["tenant_id"] as? String == h.tenantID.lowercased)
            for request in received {
                #expect(request.id.hasPrefix("msg_"))
                #expect(
                    (try? WebhookSignature.verify(
                        id: request.id, timestamp: request.timestamp, signatures: request.signature,
                        body: request.body, secrets: [h.secret])) != nil)
                #expect(Set(request.json?.keys.map { $0 } ?? []) == ["type", "timestamp", "data"])
            }
            // The ticket shows its delivery log.
            let ticketID = try #require(data["ticket_id"] as? String)
            let detail = try await http.execute(
                HTTPRequest(
                    url: "http://127.0.0.1:\(port)/v1/tickets/\(ticketID)",
                    headers: [HTTPHeader(name: "Authorization", value: "Bearer \(DeliveryHarness.token)")]))
            let json = try JSONSerialization.jsonObject(with: Data(detail.body)) as? [String: Any]
            let deliveries = try #require(json?["deliveries"] as? [[String: Any]])
            #expect(deliveries.count == 4)
            #expect(deliveries.allSatisfy { $0["state"] as? String == "delivered" })
            #expect(deliveries.allSatisfy { (($0["attempts"] as? [[String: Any]])?.first?["status"] as? Int) == 200 })
            await h.stop(server)
        }
    }

    @Test func duringARotationBothSecretsSignAndEitherVerifies() async throws {
        try await DeliveryHarness.with { h in
            let fresh = try await TenantStore(pool: h.pool, keyring: .test).rotateSecret(
                h.tenantID, kind: .outbound, overlap: .seconds(3600), by: .test)
            let (server, _) = try await h.startServer()
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            await h.stop(server)
            let request = try #require(h.receiver.received.first)
            #expect(request.signature.split(separator: " ").count == 2)
            for secret in [h.secret, fresh] {
                #expect(
                    (try? WebhookSignature.verify(
                        id: request.id, timestamp: request.timestamp, signatures: request.signature,
                        body: request.body, secrets: [secret])) != nil)
            }
        }
    }

    @Test func aPrivateAddressIsRefusedUnlessTheOperatorAllowsIt() async throws {
        try await DeliveryHarness.with { h in
            let (server, _) = try await h.startServer(
                schedule: "0,0.1", environment: ["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE": "0"])
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "dead" })
            await h.stop(server)
            #expect(h.receiver.received.isEmpty)
            let rows = try await h.pool.query(
                "SELECT status, error FROM delivery_attempts WHERE event_id = \(id) ORDER BY id"
            ).rows
            #expect(rows.count == 2, "refused attempts are retried on the schedule, then dead-lettered")
            for row in rows {
                #expect(try row.decodeIfPresent("status", as: Int.self) == nil)
                #expect(
                    try row.decode("error", as: String.self)
                        == "refused: the host resolved to a loopback address (127.0.0.1)")
            }
        }
    }

    @Test func anEndpointFailingPastTheGracePeriodIsDisabled() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([], then: .status(500))
            let (server, _) = try await h.startServer(
                schedule: Array(repeating: "0.2", count: 30).joined(separator: ","),
                environment: ["SUPPORTBOT_WEBHOOK_DISABLE_AFTER_SECONDS": "1"])
            let id = try await h.insertEvent()
            let tenants = TenantStore(pool: h.pool, keyring: .test)
            #expect(try await h.eventually { try await !tenants.get(h.tenantID).webhookEnabled })
            #expect(try await tenants.get(h.tenantID).webhookDisabledReason.hasPrefix("failing continuously since"))
            let sent = h.receiver.received.count
            try await Task.sleep(for: .seconds(1))
            #expect(h.receiver.received.count == sent, "no more attempts at a disabled endpoint")
            #expect(try await h.deliveryState(id).state == "pending")
            await h.stop(server)
            let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
            #expect(log.contains("webhook endpoint disabled: failing continuously since"))
        }
    }
}
