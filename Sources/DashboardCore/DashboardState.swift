import Foundation

/// Everything the dashboard shows, as one value. `reduce(_:_:)` is the only way it changes and
/// `render(_:size:options:)` draws it; neither does I/O, so both are tested without a terminal.
public struct DashboardState: Sendable, Equatable {
    /// The terminal size the scroll viewports are computed for; changed by `.key(.resize)`.
    public internal(set) var size: TerminalSize
    /// The injected clock, moved by `.tick`.
    public internal(set) var now: Date
    /// Times ("approved by X at 14:05") are shown in this zone; the app passes the local one.
    public var timeZone: TimeZone
    /// Whether `e` asks the app for `$EDITOR` (true) or opens the inline editor at once.
    public var useExternalEditor: Bool
    /// The inbox or the open ticket.
    public internal(set) var screen: Screen = .inbox
    /// Help, a prompt or the inline editor, on top of the screen; it takes the keys first.
    public internal(set) var overlay: Overlay?
    /// The review queue: query, loaded rows, cursor, scroll.
    public internal(set) var inbox = InboxState()
    /// The open ticket, while `screen` is `.ticket`.
    public internal(set) var ticket: TicketState?
    /// What the status bar shows, from the last `.statusUpdated`.
    public internal(set) var status = StatusSummary()
    /// The confirmation line.
    public internal(set) var notice: Notice?
    /// Approvals and rejections sent and not yet answered, by draft id: a second key press on the
    /// same draft waits instead of sending twice.
    public internal(set) var pendingReviews: [UUID: PendingReview] = [:]
    /// The draft handed to `$EDITOR`, until `.editorFinished` comes back.
    public internal(set) var externalEdit: ReviewTarget?
    /// Set once `q` (or Ctrl-C) was pressed; the app exits after running `.quit`.
    public internal(set) var hasQuit = false

    public init(
        size: TerminalSize = .standard, now: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        useExternalEditor: Bool = true
    ) {
        self.size = size
        self.now = now
        self.timeZone = timeZone
        self.useExternalEditor = useExternalEditor
    }

    /// The effects to run once at start: the first inbox page.
    public mutating func start() -> [Effect] {
        ensureInboxWindow()
    }

    /// Rows of the inbox list on screen.
    public var inboxViewportRows: Int { Layout(size).listBody.count }

    /// Lines of the ticket view on screen.
    public var ticketViewportRows: Int { Layout(size).pageBody.count }

    /// The window of inbox rows the view model needs now (the app may prefetch around it).
    public var neededWindow: RowWindow { inbox.neededWindow(viewportRows: inboxViewportRows) }

    /// The page request for the current query and window, e.g. to refresh on a timer.
    public var currentRequest: InboxRequest {
        InboxRequest(query: inbox.query, window: neededWindow, generation: inbox.generation)
    }

    /// Asks for the needed window unless it is loaded or already asked for.
    mutating func ensureInboxWindow() -> [Effect] {
        let request = currentRequest
        guard request.window != inbox.loadedWindow, request != inbox.requested else { return [] }
        inbox.requested = request
        return [.fetchInbox(request)]
    }

    mutating func show(_ text: String, _ kind: Notice.Kind) {
        notice = Notice(text, kind: kind, at: now)
    }
}
