import Domain
import Foundation
import Postgres
import Store
import TestSupport
import Testing

/// The real `supportbot dashboard` in tmux against a real `serve`, a real Postgres and a real
/// webhook receiver: a ticket arrives live, one agent edits and approves its draft through
/// `$EDITOR`, a second agent looking at the same draft is told it was already handled, and the
/// receiver gets exactly one signed `draft.approved` with the edited text.
@Suite("Dashboard in a real terminal", .serialized)
struct DashboardProcessTests {
    static let subject = "👩‍💻 ❤️ Dashboard live test: ¿dónde? 注文 🚚"

    @Test func agentsReviewLiveAndTheReceiverGetsOneApproval() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: true)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 2))
        let receiver = WebhookReceiver()
        let receiverPort = try TemporaryPostgresCluster.freePort()
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "dashboard", webhookURL: "http://127.0.0.1:\(receiverPort)/hook", by: .test)
        let binary = try ChildProcess.supportbotBinary()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        try await receiver.serve(port: receiverPort) {
            let (server, port) = try await ChildProcess.startServe(environment: [
                "DATABASE_URL": conninfo, "LOG_LEVEL": "warning", "SUPPORTBOT_ADMIN_TOKEN": "dashboard-test",
                "SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE": "1", "SUPPORTBOT_WEBHOOK_SCHEDULE": "0,0.2,0.2",
                "SUPPORTBOT_WEBHOOK_JITTER": "0", "SUPPORTBOT_DB_POOL_SIZE": "4",
            ])
            // Whatever fails, the server and every tmux session started are stopped.
            var sessions: [TmuxSession] = []
            let outcome: Result<Void, any Error>
            do {
                // The agent's editor: appends a line to the draft, as an agent typing would. Run
                // through `sh`, not exec'd: while other tests spawn processes, a script just written
                // can fail to exec with ETXTBSY (its write descriptor leaked into a child).
                let editor = work.appendingPathComponent("editor.sh")
                try "#!/bin/sh\nprintf 'PS: checked by alice.\\n' >> \"$1\"\n".write(
                    to: editor, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: editor.path)
                // Each agent has a key of the tenant and nothing else: no database URL reaches the
                // dashboard, which reads and reviews through the API as the key's name.
                let url = "http://127.0.0.1:\(port)"
                let aliceKey = try await TestKeys.create(pool, "alice", .agent, tenant: tenant.id)
                let bobKey = try await TestKeys.create(pool, "bob", .agent, tenant: tenant.id)
                let noDatabase = "env -u DATABASE_URL -u SUPPORTBOT_TEST_DATABASE_URL -u SUPPORTBOT_SECRET_KEY"
                let alice = try await TmuxSession.start(
                    "\(noDatabase) \(binary) dashboard --log-file \(work.path)/alice.log",
                    environment: [
                        "SUPPORTBOT_URL": url, "SUPPORTBOT_API_KEY": aliceKey, "EDITOR": "/bin/sh \(editor.path)",
                        "LANG": "C.UTF-8",
                    ])
                sessions.append(alice)
                let bob = try await TmuxSession.start(
                    "\(noDatabase) \(binary) dashboard --url \(url) --log-file \(work.path)/bob.log",
                    environment: ["SUPPORTBOT_API_KEY": bobKey, "LANG": "C.UTF-8", "NO_COLOR": "1"])
                sessions.append(bob)
                try await Self.review(
                    alice: alice, bob: bob, receiver: receiver, tenant: tenant, binary: binary,
                    port: port, conninfo: conninfo, pool: pool, work: work)
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            for session in sessions { await session.kill() }
            server.signal(SIGTERM)
            _ = await server.wait()
            try outcome.get()
        }
        await pool.close()
    }

    static func review(
        alice: TmuxSession, bob: TmuxSession, receiver: WebhookReceiver, tenant: CreatedTenant, binary: String,
        port: Int, conninfo: String, pool: PostgresPool, work: URL
    ) async throws {
        do {
            for agent in [alice, bob] {
                let opened = try await agent.waitFor { $0.contains("pending 0") }
                #expect(opened.matched, "the dashboard did not open:\n\(opened.screen)")
            }

            // Colour is on for Alice (the status bar's "ok" is green), off for Bob (NO_COLOR).
            let coloured = try await alice.capture(escapes: true)
            #expect(!Self.colours(in: coloured).isEmpty, "no colour: \(coloured.debugDescription)")

            // Live: a ticket sent now shows up without a key press.
            let tickets = work.appendingPathComponent("ticket.jsonl")
            try Self.ticketLine.write(to: tickets, atomically: true, encoding: .utf8)
            let sent = ContinuousClock.now
            let send = try ChildProcess(
                binary, ["send", tickets.path, "--tenant", tenant.id.lowercased, "--url", "http://127.0.0.1:\(port)"],
                environment: ["DATABASE_URL": conninfo])
            #expect(await send.wait() == 0, "send failed: \(send.logTail())")
            let arrived = try await alice.waitFor { $0.contains("Dashboard live test") && $0.contains("pending 1") }
            #expect(arrived.matched, "the new draft did not appear:\n\(arrived.screen)")
            print("dashboard: ticket sent → draft on screen in \(ContinuousClock.now - sent)")
            // Wide and accented text keeps the columns aligned: the row ends where the header ends.
            let row = arrived.screen.split(separator: "\n").first { $0.contains("Dashboard live test") } ?? ""
            #expect(row.contains("¿dó"), "row: \(row)")
            let lastWord = row.split(separator: " ").last.map(String.init) ?? ""
            #expect(
                ["rules", "model", "cache", "CANNED"].contains(lastWord), "a row that does not end aligned: \(row)")

            // Bob opens the ticket and is looking at the draft when Alice approves it.
            #expect(try await bob.waitFor { $0.contains("Dashboard live test") }.matched)
            try await bob.send("Enter")
            #expect(try await bob.waitFor { $0.contains("Draft") && $0.contains("pending_review") }.matched)
            try await alice.send("Enter")
            #expect(try await alice.waitFor { $0.contains("Draft") }.matched)
            try await alice.send("e")
            let approved = try await alice.waitFor { $0.contains("Approved") && $0.contains("with your edits") }
            #expect(approved.matched, "no confirmation:\n\(approved.screen)")

            // Bob's screen refreshes by itself; his `a` is refused, and nothing is sent twice.
            let refreshed = try await bob.waitFor { $0.contains("approved") && !$0.contains("pending_review") }
            #expect(refreshed.matched, "bob's view did not refresh:\n\(refreshed.screen)")
            try await bob.send("a")
            let refused = try await bob.waitFor { $0.contains("Already approved by alice") }
            #expect(refused.matched, "bob was not told:\n\(refused.screen)")

            // The receiver: one draft.approved, signed with the tenant's secret, carrying the edit.
            let deadline = ContinuousClock.now + .seconds(20)
            while receiver.received.filter({ $0.type == "draft.approved" }).isEmpty, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
            }
            try await Task.sleep(for: .seconds(1))
            let approvals = receiver.received.filter { $0.type == "draft.approved" }
            #expect(approvals.count == 1)
            let delivery = try #require(approvals.first)
            let secret = try #require(WebhookSecret(encoded: tenant.outboundSecret))
            #expect(
                throws: Never.self,
                performing: {
                    try WebhookSignature.verify(
                        id: delivery.id, timestamp: delivery.timestamp, signatures: delivery.signature,
                        body: delivery.body, secrets: [secret])
                })
            let data = try #require(delivery.json?["data"] as? [String: Any])
            #expect((data["body"] as? String)?.hasSuffix("PS: checked by alice.") == true)
            #expect(data["agent"] as? String == "alice")
            #expect(data["edited"] as? Bool == true)
            let reviewedBy: String = try await pool.query(
                "SELECT reviewed_by FROM drafts WHERE status = 'approved'"
            ).rows[0].decode("reviewed_by")
            #expect(reviewedBy == "alice")

            // Resize: the screen follows the terminal.
            try await alice.send("Escape")
            try await alice.resize(columns: 100, rows: 30)
            let wide = try await alice.waitFor { screen in
                (screen.split(separator: "\n").first.map { $0.count > 90 } ?? false)
            }
            #expect(wide.matched, "not redrawn at 100 columns:\n\(wide.screen)")

            // Help, then quit: the terminal is given back and the exit status is 0.
            try await alice.send("?")
            #expect(try await alice.waitFor { $0.lowercased().contains("help") }.matched)
            try await alice.send("Escape")
            try await alice.send("q")
            let quit = try await alice.waitFor { $0.contains("dashboard exited with") }
            #expect(quit.screen.contains("dashboard exited with 0"), "\(quit.screen)")

            // NO_COLOR: Bob's screen has attributes (bold, reverse) but not one colour; Alice's had.
            let plain = try await bob.capture(escapes: true)
            #expect(Self.colours(in: plain).isEmpty, "colour despite NO_COLOR")
            #expect(plain.contains("\u{1B}[1m") || plain.contains(";1m"), "no bold at all")
            // SIGTERM quits cleanly too: the terminal is restored and the exit status is 0.
            try await bob.signalProgram("TERM")
            let terminated = try await bob.waitFor { $0.contains("dashboard exited with") }
            #expect(terminated.screen.contains("dashboard exited with 0"), "\(terminated.screen)")
        }
    }

    static let ticketLine =
        #"{"type":"ticket.created","ticket":{"external_id":"DASH-1","subject":"\#(subject)","customer":{"email":"lucia@example.com","name":"Lucía Fernández"},"channel":"email"},"message":{"external_id":"m-1","author":"customer","body":"Hola, pedí unas zapatillas hace dos semanas y todavía no han llegado. ¿Dónde está mi pedido?","created_at":"2026-11-20T10:00:00Z"}}"#
        + "\n"

    /// The foreground colours (SGR 30–38, 90–97) in a `capture-pane -e` screen. tmux writes 39 and
    /// 49 (the defaults) everywhere, so those do not count.
    static func colours(in screen: String) -> Set<Int> {
        var found: Set<Int> = []
        for sequence in screen.split(separator: "\u{1B}").dropFirst() where sequence.hasPrefix("[") {
            guard let end = sequence.firstIndex(of: "m") else { continue }
            for parameter in sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";") {
                if let code = Int(parameter), (30...38).contains(code) || (90...97).contains(code) {
                    found.insert(code)
                }
            }
        }
        return found
    }
}
