import Foundation

/// Approve, edit and reject: sending them once, and turning their outcomes into confirmation lines.
extension DashboardState {
    /// The store's limit on an approved body.
    static let maxBodyLength = 20_000

    mutating func approveSelected() -> [Effect] {
        guard let target = currentTarget, checkReviewable(target) else { return [] }
        return send(.approve, target, effect: .approve(draftID: target.draftID, editedBody: nil))
    }

    mutating func editSelected() -> [Effect] {
        guard let target = currentTarget, checkReviewable(target) else { return [] }
        if useExternalEditor {
            externalEdit = target
            return [.openEditor(draftID: target.draftID, body: target.body)]
        }
        openInlineEditor(target)
        return []
    }

    /// Whether the draft can still be reviewed; if not, says why instead of sending a request the
    /// store would refuse anyway.
    mutating func checkReviewable(_ target: ReviewTarget) -> Bool {
        if pendingReviews[target.draftID] != nil {
            show("Still waiting for the last action on “\(Self.short(target.subject))”", .info)
            return false
        }
        guard target.status == .pendingReview else {
            show(alreadyHandled(target.status, by: target.reviewedBy, at: target.reviewedAt), .warning)
            return false
        }
        return true
    }

    mutating func send(_ action: PendingReview.Action, _ target: ReviewTarget, effect: Effect) -> [Effect] {
        pendingReviews[target.draftID] = PendingReview(action: action, target: target)
        let verb = action == .reject ? "Rejecting" : "Approving"
        show("\(verb) “\(Self.short(target.subject))”…", .info)
        return [effect]
    }

    mutating func finishReview(_ draftID: UUID, _ outcome: ReviewOutcome) -> [Effect] {
        let pending = pendingReviews.removeValue(forKey: draftID)
        let subject = pending.map { "“\(Self.short($0.target.subject))”" } ?? "the draft"
        switch outcome {
        case .approved:
            show("✓ Approved \(subject)\(pending?.action == .approveEdited ? " with your edits" : "")", .success)
            markReviewed(draftID, status: .approved, by: nil, at: now)
        case .rejected:
            show("✓ Rejected \(subject)", .success)
            markReviewed(draftID, status: .rejected, by: nil, at: now)
        case .alreadyReviewed(let status, let by, let at):
            // The second of two agents: nothing changed, and the screen says who was first.
            show(alreadyHandled(status, by: by, at: at) + " — nothing changed", .warning)
            markReviewed(draftID, status: status, by: by, at: at)
        case .superseded(let at):
            show("A newer draft replaced \(subject) — review that one; nothing changed", .warning)
            markReviewed(draftID, status: .superseded, by: nil, at: at)
        case .notFound:
            show("The draft \(subject) no longer exists", .failure)
        case .failed(let message):
            let verb = pending?.action == .reject ? "Reject" : "Approve"
            show("\(verb) failed: \(message)", .failure)
            return []
        }
        // The queue changed: ask again for what is on screen (and the ticket, for its deliveries).
        return refresh()
    }

    /// "Already approved by alice at 14:05".
    func alreadyHandled(_ status: DraftStatus, by: String?, at: Date?) -> String {
        var text = "Already \(status.verb)"
        if let by { text += " by \(by)" }
        if let at { text += " at \(TimeFormat.clock(at, now: now, timeZone: timeZone))" }
        return text
    }

    /// Records the outcome on the rows shown until the refreshed page arrives, so a second `a`
    /// on the same row answers at once.
    mutating func markReviewed(_ draftID: UUID, status: DraftStatus, by: String?, at: Date) {
        if let index = inbox.rows.firstIndex(where: { $0.id == draftID }) {
            inbox.rows[index].status = status
            inbox.rows[index].reviewedBy = by ?? inbox.rows[index].reviewedBy
            inbox.rows[index].reviewedAt = at
        }
        if var ticket, ticket.row?.id == draftID || ticket.detail?.draft?.id == draftID {
            ticket.row?.status = status
            ticket.row?.reviewedBy = by
            ticket.row?.reviewedAt = at
            ticket.detail?.draft?.status = status
            ticket.detail?.draft?.reviewedBy = by
            ticket.detail?.draft?.reviewedAt = at
            self.ticket = ticket
        }
    }

    mutating func finishExternalEdit(_ draftID: UUID, body: String?) -> [Effect] {
        guard let target = externalEdit, target.draftID == draftID else { return [] }
        externalEdit = nil
        guard let body, body != target.body else {
            // Quitting the editor without saving leaves the text as it was: treat it as cancel, as git does.
            show("Edit cancelled — the draft is unchanged", .info)
            return []
        }
        return approveEdited(target, body: body)
    }

    mutating func approveEdited(_ target: ReviewTarget, body: String) -> [Effect] {
        if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            show("Not approved: the reply is empty", .warning)
            return []
        }
        if body.count > Self.maxBodyLength {
            show("Not approved: the reply is over \(Self.maxBodyLength) characters", .warning)
            return []
        }
        // Saving unchanged text approves the draft as written; the store records it as not edited.
        let edited = body == target.body ? nil : body
        return send(
            edited == nil ? .approve : .approveEdited, target,
            effect: .approve(draftID: target.draftID, editedBody: edited))
    }

    mutating func fallBackToInlineEditor(_ draftID: UUID) {
        guard let target = externalEdit, target.draftID == draftID else { return }
        externalEdit = nil
        openInlineEditor(target)
        show("$EDITOR could not run; editing inline", .info)
    }

    mutating func openInlineEditor(_ target: ReviewTarget) {
        var editor = EditorState(target: target)
        editor.scrollToCursor(size: size)
        overlay = .editor(editor)
    }

    /// Subjects in confirmation lines are cut so the line keeps the verb and the name.
    static func short(_ subject: String) -> String {
        TextLayout.truncate(subject, width: 32)
    }
}
