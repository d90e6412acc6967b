import DashboardCore
import Domain
import Foundation
import Testing

@testable import Dashboard
@testable import Store

@Suite("Store rows to the view model")
struct DashboardMappingTests {
    @Test func orderCitationsSplitOnTheLastDot() {
        #expect(DashboardCore.TicketDetail.orderCitation("order:1049.status")! == ("1049", "status"))
        #expect(
            DashboardCore.TicketDetail.orderCitation("order:A.B-7.tracking_number")! == ("A.B-7", "tracking_number"))
        #expect(DashboardCore.TicketDetail.orderCitation("policy:shipping") == nil)
        #expect(DashboardCore.TicketDetail.orderCitation("order:.status") == nil)
        #expect(DashboardCore.TicketDetail.orderCitation("order:1049.") == nil)
    }

    @Test func theTicketViewShowsOnlyTheOrderFieldsTheDraftCites() {
        let now = Date()
        let detail = Store.TicketDetail(
            id: UUID(), tenantID: UUID(), externalID: "ZD-1", subject: "Late", status: "open",
            customer: .init(email: "ana@example.com", name: "  "), orderID: "1049", channel: nil, correlationID: nil,
            createdAt: now, updatedAt: now, messages: [], triage: nil, summary: nil,
            drafts: [
                .init(
                    id: UUID(), body: "old", language: "en", status: "rejected", source: "model", model: nil,
                    reason: "",
                    createdAt: now),
                .init(
                    id: UUID(), body: "Hi", language: "en", status: "approved", source: "canned", model: nil,
                    reason: "breaker_open", createdAt: now, citations: ["order:1049.carrier", "policy:shipping"],
                    approvedBody: "Hi, edited", reviewedBy: "alice", reviewedAt: now),
            ])
        let order = OrderRecord(orderID: "1049", customerEmail: "ana@example.com", status: "shipped", carrier: "UPS")
        let view = DashboardCore.TicketDetail(detail, order: order)
        #expect(view.customer == "ana@example.com")
        #expect(view.orderFields == [.init(name: "carrier", value: "UPS")])
        #expect(view.citations == ["order:1049.carrier", "policy:shipping"])
        // The newest draft, with the text that was sent.
        #expect(view.draft?.body == "Hi, edited" && view.draft?.status == .approved && view.draft?.source == .canned)
        #expect(view.draft?.reviewedBy == "alice")
    }

    @Test func statusSumsSpendAndNamesWhatIsOff() throws {
        let report = StatusReport(
            generatedAt: Date(), queue: [], lanes: [.init(lane: "interactive", due: 3, oldestDueSeconds: 1)],
            deadLetters: 0,
            flags: [
                FlagSetting(
                    key: "drafts", tenantID: nil, enabled: false, updatedBy: "ops", reason: "", updatedAt: Date()),
                FlagSetting(
                    key: "cache", tenantID: nil, enabled: true, updatedBy: "ops", reason: "", updatedAt: Date()),
                FlagSetting(
                    key: "ai", tenantID: "3f0e1c9a-6b2d-4e8f-9a51-0c7d2b8e4f16", enabled: false, updatedBy: "ops",
                    reason: "", updatedAt: Date()),
            ],
            breakers: [
                BreakerRecord(
                    model: "gpt-4o", state: "open", openUntil: nil, reason: "", updatedBy: "", updatedAt: Date())
            ],
            spend: [
                TenantSpend(
                    tenantID: "a", name: "a", todayUSD: 1.5, monthUSD: 3, dailyBudgetUSD: 5, monthlyBudgetUSD: nil,
                    percent: nil),
                TenantSpend(
                    tenantID: "b", name: "b", todayUSD: 0.5, monthUSD: 1, dailyBudgetUSD: nil, monthlyBudgetUSD: nil,
                    percent: nil),
            ],
            webhooks: .init(pending: 2, dead: 0, oldestPendingSeconds: 0, disabledEndpoints: []))
        let summary = StatusSummary(report)
        #expect(summary.queues == [.init(name: "interactive", depth: 3), .init(name: "webhooks", depth: 2)])
        #expect(summary.flagsOff == ["drafts", "ai@3f0e1c9a"])
        #expect(summary.breakers == [.init(model: "gpt-4o", state: .open)])
        #expect(summary.spendTodayUSD == 2 && summary.dailyBudgetUSD == 5)
    }

    @Test func reviewResultsKeepWhoWasFirst() {
        let at = Date()
        #expect(ReviewOutcome(.approved(eventID: "msg_1")) == .approved)
        #expect(
            ReviewOutcome(.alreadyReviewed(status: "rejected", by: "bob", at: at))
                == .alreadyReviewed(status: .rejected, by: "bob", at: at))
        #expect(ReviewOutcome(.notFound) == .notFound)
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
