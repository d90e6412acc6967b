import Domain
import Foundation
import HTTPClient
import Postgres
import Store
import TestSupport
import Testing

/// Outbound webhooks end to end: real `serve` processes delivering to a real local receiver.
@Suite(.serialized) struct DeliveryProcessTests {
    @Test func signedDeliveriesVerifyAndTheSameIDIsSentUntilTheReceiverTakesIt() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([.status(500), .status(503)])
            let (server, _) = try await h.startServer()
            let id = try await h.insertEvent("ticket.triaged", data: #"{"category":"order_status","source":"model"}"#)
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            try await Task.sleep(for: .milliseconds(800))  // nothing more may come
            await h.stop(server)

            let received = h.receiver.received
            #expect(received.map(\.id) == [id, id, id])
            for request in received {
                #expect(throws: Never.self) {
                    try WebhookSignature.verify(
                        id: request.id, timestamp: request.timestamp, signatures: request.signature,
                        body: request.body, secrets: [h.secret])
                }
                #expect(try Self.independentlyVerified(request, secret: h.secret.encoded))
                #expect(request.type == "ticket.triaged")
                #expect((request.json?["data"] as? [String: Any])?["category"] as? String == "order_status")
                #expect((request.json?["timestamp"] as? String)?.hasSuffix("Z") == true)
            }
            #expect(Set(received.map { String(decoding: $0.body, as: UTF8.self) }).count == 1, "same bytes every time")
            let log = try await h.pool.query(
                "SELECT attempt, status FROM delivery_attempts WHERE event_id = \(id) ORDER BY id"
            ).rows.map { (try $0.decode("attempt", as: Int.self), try $0.decodeIfPresent("status", as: Int.self)) }
            #expect(log.map(\.0) == [1, 2, 3])
            #expect(log.map(\.1) == [500, 503, 200])
        }
    }

    @Test func aRedirectIsNotADeliveryAndRetryAfterIsHonoured() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([.status(302), .retryAfter(429, seconds: 2)])
            let (server, _) = try await h.startServer(schedule: "0,0.1,0.1,0.1")
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            await h.stop(server)
            let attempts = try await h.pool.query(
                "SELECT status, error, created_at FROM delivery_attempts WHERE event_id = \(id) ORDER BY id"
            ).rows
            #expect(try attempts.map { try $0.decodeIfPresent("status", as: Int.self) } == [302, 429, 200])
            #expect(try attempts[0].decode("error", as: String.self).contains("redirect"))
            // The schedule said 0.1 s; the receiver's Retry-After said 2 s, and won.
            let gap = try attempts[2].decode("created_at", as: Date.self)
                .timeIntervalSince(try attempts[1].decode("created_at", as: Date.self))
            #expect(gap >= 1.9, "\(gap) s between the 429 and the next attempt")
        }
    }

    @Test func theLastFailureDeadLettersAndReplaySendsTheSameID() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([], then: .status(500))
            let (server, _) = try await h.startServer(schedule: "0,0.1,0.1")
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "dead" })
            #expect(h.receiver.received.count == 3)
            let dead = try await JobStore(pool: h.pool).deadJobs()
            #expect(dead.count == 1 && dead.first?.kind == "deliver")
            h.receiver.script([], then: .status(204))
            _ = try await JobStore(pool: h.pool).replay(ids: nil, by: .test)
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            await h.stop(server)
            #expect(h.receiver.received.map(\.id) == Array(repeating: id, count: 4))
        }
    }

    @Test func aReceiverThatIsDownForAWhileGetsEverythingOnceItIsBack() async throws {
        try await DeliveryHarness.with(receiverUp: false) { h in
            let (server, _) = try await h.startServer(
                schedule: Array(repeating: "0.3", count: 30).joined(separator: ","))
            var ids: [String] = []
            for n in 0..<20 { ids.append(try await h.insertEvent(data: #"{"n":\#(n)}"#)) }
            try await Task.sleep(for: .seconds(1))
            #expect(try await h.deliveryState(ids[0]).attempts >= 1, "attempts were made while it was down")
            try await h.receiver.serve(port: h.receiverPort) {
                let delivered = try await h.eventually {
                    try await h.pool.query(
                        "SELECT count(*) AS n FROM events WHERE delivery_state = 'delivered'"
                    ).rows[0].decode("n", as: Int.self) == 20
                }
                #expect(delivered)
            }
            await h.stop(server)
            #expect(Set(h.receiver.received.map(\.id)) == Set(ids))
        }
    }

    @Test func killNineDuringADeliveryRedeliversTheSameID() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([.statusAfter(200, .seconds(3))])
            let (victim, _) = try await h.startServer()
            let id = try await h.insertEvent()
            #expect(try await h.eventually { h.receiver.received.count == 1 })
            await h.stop(victim, signal: SIGKILL)
            let (survivor, _) = try await h.startServer()
            // The lease (3 s) expires, the rescuer hands the job over, the same id goes out again.
            #expect(
                try await h.eventually(timeout: .seconds(30)) { try await h.deliveryState(id).state == "delivered" })
            await h.stop(survivor)
            #expect(h.receiver.received.map(\.id) == [id, id])
        }
    }

    @Test func goneDisablesTheEndpointAndQueuedDeliveriesResumeWhenItIsEnabledAgain() async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([.status(410)])
            let (server, _) = try await h.startServer()
            let first = try await h.insertEvent()
            let tenants = TenantStore(pool: h.pool, keyring: .test)
            #expect(try await h.eventually { try await !tenants.get(h.tenantID).webhookEnabled })
            #expect(try await tenants.get(h.tenantID).webhookDisabledReason.contains("410"))
            let second = try await h.insertEvent()
            try await Task.sleep(for: .seconds(1.5))
            #expect(h.receiver.received.count == 1, "nothing is sent to a disabled endpoint")
            #expect(try await h.deliveryState(second) == ("pending", 0))
            let status = try await StatusStore(pool: h.pool).report().webhooks
            #expect(status.pending == 2)
            #expect(status.disabledEndpoints.map(\.tenantID) == [h.tenantID])
            #expect(status.disabledEndpoints.first?.reason.contains("410 Gone") == true)

            _ = try await tenants.update(h.tenantID, enableWebhooks: true, by: .test)
            #expect(
                try await h.eventually {
                    let states = [try await h.deliveryState(first).state, try await h.deliveryState(second).state]
                    return states == ["delivered", "delivered"]
                })
            await h.stop(server)
        }
    }

    @Test func pausedDeliveriesStayQueuedWithoutSpendingAttemptsAndResumeInOrder() async throws {
        try await DeliveryHarness.with { h in
            let flags = FlagStore(pool: h.pool)
            try await flags.set(.webhooks, enabled: false, tenant: nil, by: .commandLine("test"), reason: "pause drill")
            // One delivery at a time, so arrival order is claim order (with more, deliveries start
            // in order but may overlap).
            let (server, _) = try await h.startServer(environment: ["SUPPORTBOT_LANE_DELIVERY": "1"])
            var ids: [String] = []
            for n in 0..<5 { ids.append(try await h.insertEvent(data: #"{"n":\#(n)}"#)) }
            try await Task.sleep(for: .seconds(1.5))
            #expect(h.receiver.received.isEmpty)
            for id in ids { #expect(try await h.deliveryState(id) == ("pending", 0)) }
            try await flags.set(.webhooks, enabled: true, tenant: nil, by: .commandLine("test"), reason: "resume")
            #expect(
                try await h.eventually {
                    try await h.pool.query(
                        "SELECT count(*) AS n FROM events WHERE delivery_state = 'delivered'"
                    ).rows[0].decode("n", as: Int.self) == 5
                })
            await h.stop(server)
            #expect(h.receiver.received.map(\.id) == ids, "in the order the events were written")
        }
    }

    @Test(arguments: [WebhookReceiver.Answer.huge(5 << 20), .endless, .binary])
    func aHugeOrEndlessResponseDoesNotHurtTheWorker(answer: WebhookReceiver.Answer) async throws {
        try await DeliveryHarness.with { h in
            h.receiver.script([answer])
            let (server, _) = try await h.startServer()
            let started = ContinuousClock.now
            let id = try await h.insertEvent()
            #expect(try await h.eventually { try await h.deliveryState(id).state == "delivered" })
            #expect(ContinuousClock.now - started < .seconds(10))
            #expect(try await h.deliveryState(id).attempts == 1, "delivered and logged by its first attempt")
            #expect(h.receiver.received.count == 1, "not sent again")
            // The worker goes on: the next delivery is prompt.
            let next = try await h.insertEvent()
            #expect(
                try await h.eventually(timeout: .seconds(5)) { try await h.deliveryState(next).state == "delivered" })
            let snippet: String = try await h.pool.query(
                "SELECT response_snippet FROM delivery_attempts WHERE event_id = \(id)"
            ).rows[0].decode("response_snippet")
            #expect(snippet.utf8.count <= 1024)
            await h.stop(server)
        }
    }

    /// Checks a request with a verifier written from the spec alone, in Python's standard library.
    static func independentlyVerified(_ request: WebhookReceiver.Received, secret: String) throws -> Bool {
        let bodyPath = NSTemporaryDirectory() + "webhook-body-\(UUID().uuidString)"
        try Data(request.body).write(to: URL(fileURLWithPath: bodyPath))
        defer { try? FileManager.default.removeItem(atPath: bodyPath) }
        let script = """
            import base64, hashlib, hmac, sys
            secret, msg_id, timestamp, signatures, path = sys.argv[1:6]
            key = base64.b64decode(secret.split("_", 1)[1])
            body = open(path, "rb").read()
            expected = base64.b64encode(
                hmac.new(key, msg_id.encode() + b"." + timestamp.encode() + b"." + body, hashlib.sha256).digest()
            ).decode()
            ok = any(s.startswith("v1,") and hmac.compare_digest(s[3:], expected) for s in signatures.split(" "))
            sys.exit(0 if ok else 1)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script, secret, request.id, request.timestamp, request.signature, bodyPath,
        ]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

extension WebhookReceiver.Answer: CustomTestStringConvertible {
    public var testDescription: String {
        switch self {
        case .huge(let bytes): "\(bytes >> 20) MB body"
        case .endless: "endless body"
        case .binary: "binary body"
        default: "\(self)"
        }
    }
}
