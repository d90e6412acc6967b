import DashboardCore
import Domain
import Foundation
import Testing

@testable import Dashboard

@Suite("API answers to the view model")
struct DashboardMappingTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try WireJSON.decode(type, from: Array(json.utf8))
    }

    @Test func theTicketViewShowsTheNewestDraftAndTheOrderFieldsItCites() throws {
        let ticket = try Self.decode(
            TicketWire.self,
            """
            {"id":"3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f16","tenant_id":"3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f17",
             "external_id":"ZD-1","subject":"Late","status":"open","customer":{"email":"ana@example.com","name":"  "},
             "order_id":"1049","channel":null,"correlation_id":null,"created_at":"2026-12-01T10:00:00.123Z",
             "updated_at":"2026-12-01T10:00:00Z","messages":[],"triage":null,"summary":null,
             "drafts":[
               {"id":"3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f18","body":"old","language":"en","status":"superseded",
                "source":"model","model":null,"reason":"","created_at":"2026-12-01T10:00:00Z","citations":[],
                "approved_body":null,"reviewed_by":null,"reviewed_at":null,"superseded_by":null},
               {"id":"3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f19","body":"Hi","language":"en","status":"approved",
                "source":"canned","model":null,"reason":"breaker_open","created_at":"2026-12-01T10:00:01Z",
                "citations":["order:1049.carrier","policy:shipping"],"approved_body":"Hi, edited",
                "reviewed_by":"alice","reviewed_at":"2026-12-01T10:05:00Z","superseded_by":null}],
             "cited_order":{"order_id":"1049","fields":[{"name":"carrier","value":"UPS"}]},
             "deliveries":[{"event_id":"msg_1","type":"draft.approved","state":"pending","created_at":"2026-12-01T10:05:00Z",
                            "delivered_at":null,"attempts":[{"attempt":1,"url":"https://x","status":503,"latency_ms":3,
                            "error":"HTTP 503","response_snippet":"","created_at":"2026-12-01T10:05:01Z"}]}]}
            """)
        let view = DashboardCore.TicketDetail(ticket)
        #expect(view.customer == "ana@example.com")
        #expect(view.orderFields == [.init(name: "carrier", value: "UPS")])
        #expect(view.citations == ["order:1049.carrier", "policy:shipping"])
        // The newest draft, with the text that was sent.
        #expect(view.draft?.body == "Hi, edited" && view.draft?.status == .approved && view.draft?.source == .canned)
        #expect(view.draft?.reviewedBy == "alice")
        #expect(view.deliveries.first?.attempts == 1 && view.deliveries.first?.lastStatus == 503)
    }

    @Test func statusSumsSpendAndNamesWhatIsOff() throws {
        let report = try Self.decode(
            StatusWire.self,
            """
            {"lanes":[{"lane":"interactive","due":3,"oldest_due_seconds":1}],
             "flags":[{"key":"drafts","tenant_id":null,"enabled":false},{"key":"cache","tenant_id":null,"enabled":true},
                      {"key":"ai","tenant_id":"3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f16","enabled":false}],
             "breakers":[{"model":"gpt-4o","state":"open"}],
             "spend":[{"today_usd":1.5,"daily_budget_usd":5},{"today_usd":0.5,"daily_budget_usd":null}],
             "webhooks":{"pending":2,"dead":0}}
            """)
        let summary = StatusSummary(report)
        #expect(summary.queues == [.init(name: "interactive", depth: 3), .init(name: "webhooks", depth: 2)])
        #expect(summary.flagsOff == ["drafts", "ai@3f0e1c9a"])
        #expect(summary.breakers == [.init(model: "gpt-4o", state: .open)])
        #expect(summary.spendTodayUSD == 2 && summary.dailyBudgetUSD == 5)
    }

    @Test func reviewAnswersKeepWhoWasFirst() throws {
        func body(_ json: String) -> [UInt8] { Array(json.utf8) }
        #expect(try DashboardData.outcome(status: 200, body: body(#"{"id":"x","status":"approved"}"#)) == .approved)
        #expect(try DashboardData.outcome(status: 200, body: body(#"{"id":"x","status":"rejected"}"#)) == .rejected)
        #expect(
            try DashboardData.outcome(
                status: 409,
                body: body(
                    #"{"error":{"code":"already_reviewed","message":"…","details":{"status":"rejected","reviewed_by":"bob","reviewed_at":"2026-12-01T10:05:00Z"}}}"#
                ))
                == .alreadyReviewed(status: .rejected, by: "bob", at: RFC3339.parse("2026-12-01T10:05:00Z")!))
        #expect(
            try DashboardData.outcome(
                status: 409,
                body: body(
                    #"{"error":{"code":"draft_superseded","message":"…","details":{"status":"superseded","superseded_at":"2026-12-01T10:05:00Z"}}}"#
                )) == .superseded(at: RFC3339.parse("2026-12-01T10:05:00Z")!))
        #expect(
            try DashboardData.outcome(status: 404, body: body(#"{"error":{"code":"not_found","message":"…"}}"#))
                == .notFound)
        #expect(throws: DashboardAPIError.self) {
            try DashboardData.outcome(
                status: 401, body: body(#"{"error":{"code":"unauthorized","message":"revoked"}}"#))
        }
    }
}

@Suite("$EDITOR")
struct ExternalEditorTests {
    func editor(_ script: String) throws -> ExternalEditor {
        let path = NSTemporaryDirectory() + "supportbot-editor-\(UUID().uuidString).sh"
        try ("#!/bin/sh\n" + script + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        // Through `sh`: exec'ing a script just written can fail with ETXTBSY while other tests spawn.
        return try #require(ExternalEditor(environment: ["EDITOR": "/bin/sh \(path)"]))
    }

    @Test func theEditedTextComesBackWithoutTheEditorsFinalNewline() throws {
        let outcome = try editor(#"sed -i 's/Hi/Hello/' "$1""#).edit("Hi Ana,\nyour order shipped.")
        #expect(outcome == .edited("Hello Ana,\nyour order shipped."))
    }

    @Test func failuresFallBackToTheInlineEditor() throws {
        #expect(ExternalEditor(environment: [:]) == nil)
        #expect(ExternalEditor(environment: ["EDITOR": "  "]) == nil)
        #expect(ExternalEditor(environment: ["VISUAL": "vi", "EDITOR": "nano"])?.command == "vi")
        guard case .unavailable = try editor("exit 3").edit("Hi") else {
            Issue.record("a failing editor must not approve anything")
            return
        }
        guard case .unavailable(let why) = ExternalEditor(environment: ["EDITOR": "/nonexistent/editor"])!.edit("Hi")
        else {
            Issue.record("a missing editor must fall back")
            return
        }
        #expect(why.contains("not found"))
    }
}

@Suite("Terminal text")
struct TerminalTextTests {
    @Test func emojiSequencesAreDrawnByTheirFirstScalarAndAccentsStay() {
        #expect(Terminal.drawable("👩‍💻".unicodeScalars) == ["👩"])
        #expect(Terminal.drawable("❤️".unicodeScalars) == ["\u{2764}"])
        #expect(Terminal.drawable("👍🏽".unicodeScalars) == ["👍"])
        #expect(Terminal.drawable("e\u{0301}".unicodeScalars) == ["e", "\u{0301}"])
        #expect(Terminal.drawable("注".unicodeScalars) == ["注"])
    }
}
