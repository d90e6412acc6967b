import Foundation

/// Applies `event` to `state` and returns the effects the app must perform. Pure: no I/O, no
/// clock (time comes in with `.tick`), so every behaviour is a unit test.
public func reduce(_ state: inout DashboardState, _ event: Event) -> [Effect] {
    var effects: [Effect]
    switch event {
    case .key(let key):
        effects = state.handle(key)
    case .inboxLoaded(let page):
        state.receive(page)
        effects = []
    case .dataChanged:
        effects = state.refresh()
    case .ticketLoaded(let detail):
        state.receive(detail)
        effects = []
    case .statusUpdated(let summary):
        state.status = summary
        effects = []
    case .reviewFinished(let draftID, let outcome):
        effects = state.finishReview(draftID, outcome)
    case .editorFinished(let draftID, let body):
        effects = state.finishExternalEdit(draftID, body: body)
    case .editorUnavailable(let draftID):
        state.fallBackToInlineEditor(draftID)
        effects = []
    case .loadFailed(let message):
        // The request stays marked as sent, so a failing database is not asked again in a tight
        // loop; the next `.dataChanged` (the app may send one on a timer) retries.
        state.show("Could not load: \(message)", .failure)
        effects = []
    case .tick(let now):
        state.now = now
        if let notice = state.notice, notice.kind != .failure, now.timeIntervalSince(notice.shownAt) >= Notice.lifetime
        {
            state.notice = nil
        }
        effects = []
    }
    // Whatever happened (a scroll, a resize, a new filter), the rows on screen must be asked for.
    if !state.hasQuit { effects += state.ensureInboxWindow() }
    return effects
}

/// `reduce(_:_:)` for callers that prefer values: the new state and the effects.
public func reduce(_ state: DashboardState, _ event: Event) -> (state: DashboardState, effects: [Effect]) {
    var state = state
    let effects = reduce(&state, event)
    return (state, effects)
}

extension DashboardState {
    /// Keys go to the overlay first, then to the screen; resize and Ctrl-C work everywhere.
    mutating func handle(_ key: Key) -> [Effect] {
        switch key {
        case .resize(let newSize):
            resize(to: newSize)
            return []
        case .control("c"):
            return quit()
        default:
            break
        }
        switch overlay {
        case .help:
            // Any key closes help; it must never trap the agent.
            overlay = nil
            return []
        case .filter(let input):
            return handleFilterPrompt(key, input)
        case .reject(let target, let input):
            return handleRejectPrompt(key, target, input)
        case .editor(let editor):
            return handleEditor(key, editor)
        case nil:
            switch screen {
            case .inbox: return handleInboxKey(key)
            case .ticket: return handleTicketKey(key)
            }
        }
    }

    mutating func quit() -> [Effect] {
        hasQuit = true
        return [.quit]
    }

    mutating func resize(to newSize: TerminalSize) {
        size = newSize
        inbox.clampScroll(viewportRows: inboxViewportRows)
        if ticket != nil { layOutTicket() }
        if case .editor(var editor) = overlay {
            editor.scrollToCursor(size: size)
            overlay = .editor(editor)
        }
    }

    /// Something changed in the database: ask again for what is on screen.
    mutating func refresh() -> [Effect] {
        inbox.requested = currentRequest
        var effects: [Effect] = [.fetchInbox(currentRequest)]
        if screen == .ticket, let ticket { effects.append(.loadTicket(ticketID: ticket.ticketID)) }
        return effects
    }

    /// Takes a page; keeps the cursor on the same draft and the screen still.
    mutating func receive(_ page: InboxPage) {
        // An answer for an older query: its positions mean nothing now.
        guard page.generation == inbox.generation else { return }
        let previousCursor = inbox.cursor
        let previousID = inbox.cursorID ?? inbox.row(at: inbox.cursor)?.id
        inbox.rows = page.rows
        inbox.loadedOffset = page.window.offset
        inbox.loadedWindow = page.window
        inbox.total = page.total
        inbox.counts = page.counts
        if inbox.requested?.window == page.window { inbox.requested = nil }
        let height = inboxViewportRows
        if let previousID, let index = page.rows.firstIndex(where: { $0.id == previousID }) {
            let position = page.window.offset + index
            let shift = position - previousCursor
            // Rows arriving above move the list under the agent's eyes; shifting the scroll by the
            // same amount keeps every visible row where it was. At the very top the new rows are
            // shown instead (that is where urgent work appears), as long as the cursor stays visible.
            if inbox.scroll > 0 || position >= height { inbox.scroll += shift }
            inbox.cursor = position
        }
        inbox.moveCursor(to: inbox.cursor, viewportRows: height)
        if inbox.cursorID == nil { inbox.cursorID = previousID }
    }

    mutating func receive(_ detail: TicketDetail) {
        // A late answer for a ticket the agent has left.
        guard var ticket, ticket.ticketID == detail.id else { return }
        ticket.detail = detail
        self.ticket = ticket
        layOutTicket()
    }

    /// Lays the ticket out for the current width, keeping the scroll position.
    mutating func layOutTicket() {
        guard var ticket else { return }
        let width = size.columns
        if let detail = ticket.detail {
            (ticket.lines, ticket.sectionStarts) = TicketLayout.lines(for: detail, width: width, timeZone: timeZone)
        }
        ticket.layoutWidth = width
        ticket.clampScroll(viewportRows: ticketViewportRows)
        self.ticket = ticket
    }
}
