import Foundation
import Testing

@testable import DashboardCore

@Suite struct ReviewTests {
    let app = FakeApp(rows: Fixtures.sampleRows)

    func fetches(_ effects: [Effect]) -> Int {
        effects.filter { if case .fetchInbox = $0 { true } else { false } }.count
    }

    @Test func approveSendsOnceAndConfirms() {
        var state = app.start()
        #expect(reduce(&state, .key(.character("a"))) == [.approve(draftID: Fixtures.id(1), editedBody: nil)])
        #expect(state.notice?.text == "Approving “Charged twice for order #4411”…")
        // A second press while waiting sends nothing.
        #expect(reduce(&state, .key(.character("a"))).isEmpty)
        #expect(state.notice?.text.hasPrefix("Still waiting") == true)

        let effects = reduce(&state, .reviewFinished(draftID: Fixtures.id(1), outcome: .approved))
        #expect(state.notice == Notice("✓ Approved “Charged twice for order #4411”", kind: .success, at: Fixtures.now))
        #expect(fetches(effects) == 1)  // The queue changed: refresh.
        #expect(render(state, size: state.size).lines[21] == " ✓ Approved “Charged twice for order #4411”")
    }

    @Test func theSecondAgentSeesWhoWasFirst() {
        var state = app.start()
        _ = reduce(&state, .key(.character("a")))
        let at = Fixtures.now.addingTimeInterval(-125)  // 11:57:55
        _ = reduce(
            &state,
            .reviewFinished(draftID: Fixtures.id(1), outcome: .alreadyReviewed(status: .approved, by: "alice", at: at)))
        #expect(state.notice?.text == "Already approved by alice at 11:57 — nothing changed")
        #expect(state.notice?.kind == .warning)
        // The row now knows; pressing again answers locally without asking the store.
        #expect(reduce(&state, .key(.character("r"))).isEmpty)
        #expect(state.notice?.text == "Already approved by alice at 11:57")
        #expect(state.overlay == nil)
    }

    @Test func alreadyHandledOnAnotherDayShowsTheDate() {
        var state = app.start()
        _ = reduce(&state, .key(.character("a")))
        let at = Fixtures.now.addingTimeInterval(-86_400 * 2)
        _ = reduce(
            &state,
            .reviewFinished(draftID: Fixtures.id(1), outcome: .alreadyReviewed(status: .rejected, by: "bo", at: at)))
        #expect(state.notice?.text == "Already rejected by bo at 2024-05-30 12:00 — nothing changed")
    }

    @Test func rejectAsksForAnOptionalReason() {
        var state = app.start()
        _ = app.press(.down, .character("r"), on: &state)
        guard case .reject(let target, _) = state.overlay else {
            Issue.record("no reject prompt")
            return
        }
        #expect(target.draftID == Fixtures.id(2))
        app.type("wrong tone — 不適切", on: &state)
        #expect(
            render(state, size: state.size).lines[21].hasPrefix(" Reject “配送が遅れています” — reason (optional): wrong tone"))
        let effects = app.press(.enter, on: &state)
        #expect(effects == [.reject(draftID: Fixtures.id(2), reason: "wrong tone — 不適切")])
        _ = reduce(&state, .reviewFinished(draftID: Fixtures.id(2), outcome: .rejected))
        #expect(state.notice?.text == "✓ Rejected “配送が遅れています”")

        _ = app.press(.down, .character("r"), on: &state)
        #expect(app.press(.enter, on: &state) == [.reject(draftID: Fixtures.id(3), reason: nil)])

        _ = app.press(.down, .character("r"), on: &state)
        app.type("x", on: &state)
        #expect(app.press(.escape, on: &state).isEmpty)
        #expect(state.notice?.text == "Reject cancelled")
    }

    @Test func failuresAndMissingDraftsAreShown() {
        var state = app.start()
        _ = reduce(&state, .key(.character("a")))
        let effects = reduce(
            &state, .reviewFinished(draftID: Fixtures.id(1), outcome: .failed(message: "database unavailable")))
        #expect(state.notice?.text == "Approve failed: database unavailable")
        #expect(state.notice?.kind == .failure)
        #expect(effects.isEmpty)
        // Failures stay until replaced; other notices fade.
        _ = reduce(&state, .tick(now: Fixtures.now.addingTimeInterval(60)))
        #expect(state.notice != nil)
        // …and the draft can be approved again.
        #expect(reduce(&state, .key(.character("a"))) == [.approve(draftID: Fixtures.id(1), editedBody: nil)])
        _ = reduce(&state, .reviewFinished(draftID: Fixtures.id(1), outcome: .notFound))
        #expect(state.notice?.text == "The draft “Charged twice for order #4411” no longer exists")
    }

    @Test func confirmationsFade() {
        var state = app.start()
        _ = reduce(&state, .key(.character("a")))
        _ = reduce(&state, .reviewFinished(draftID: Fixtures.id(1), outcome: .approved))
        _ = reduce(&state, .tick(now: Fixtures.now.addingTimeInterval(3)))
        #expect(state.notice != nil)
        _ = reduce(&state, .tick(now: Fixtures.now.addingTimeInterval(Notice.lifetime)))
        #expect(state.notice == nil)
    }

    @Test func editOpensEditorThenApprovesWithTheEdit() {
        var state = app.start()
        let body = Fixtures.sampleRows[0].draftBody
        #expect(reduce(&state, .key(.character("e"))) == [.openEditor(draftID: Fixtures.id(1), body: body)])
        let effects = reduce(&state, .editorFinished(draftID: Fixtures.id(1), body: body + "\nBest, Ana"))
        #expect(effects == [.approve(draftID: Fixtures.id(1), editedBody: body + "\nBest, Ana")])
        _ = reduce(&state, .reviewFinished(draftID: Fixtures.id(1), outcome: .approved))
        #expect(state.notice?.text == "✓ Approved “Charged twice for order #4411” with your edits")
    }

    @Test func anUnchangedOrEmptyEditApprovesNothing() {
        var state = app.start()
        let body = Fixtures.sampleRows[0].draftBody
        _ = reduce(&state, .key(.character("e")))
        #expect(reduce(&state, .editorFinished(draftID: Fixtures.id(1), body: body)).isEmpty)
        #expect(state.notice?.text == "Edit cancelled — the draft is unchanged")
        _ = reduce(&state, .key(.character("e")))
        #expect(reduce(&state, .editorFinished(draftID: Fixtures.id(1), body: " \n ")).isEmpty)
        #expect(state.notice?.text == "Not approved: the reply is empty")
        _ = reduce(&state, .key(.character("e")))
        #expect(reduce(&state, .editorFinished(draftID: Fixtures.id(1), body: nil)).isEmpty)
    }

    @Test func withoutEditorTheInlineEditorOpens() {
        var state = app.start()
        _ = reduce(&state, .key(.character("e")))
        _ = reduce(&state, .editorUnavailable(draftID: Fixtures.id(1)))
        guard case .editor(let editor) = state.overlay else {
            Issue.record("no inline editor")
            return
        }
        #expect(editor.buffer.text == Fixtures.sampleRows[0].draftBody)
        #expect(state.notice?.text == "$EDITOR could not run; editing inline")
    }

    @Test func actionsInTheTicketViewUseItsDraft() {
        var state = app.start()
        _ = app.press(.enter, on: &state)
        #expect(app.press(.character("a"), on: &state) == [.approve(draftID: Fixtures.id(1), editedBody: nil)])
        let effects = reduce(&state, .reviewFinished(draftID: Fixtures.id(1), outcome: .approved))
        #expect(effects.contains(.loadTicket(ticketID: Fixtures.id(100_001))))
        #expect(state.ticket?.detail?.draft?.status == .approved)
        #expect(state.screen == .ticket)
    }
}
