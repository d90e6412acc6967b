/// Keys on the inbox list.
extension DashboardState {
    mutating func handleInboxKey(_ key: Key) -> [Effect] {
        let height = inboxViewportRows
        switch key {
        case .up, .character("k"): inbox.moveCursor(to: inbox.cursor - 1, viewportRows: height)
        case .down, .character("j"): inbox.moveCursor(to: inbox.cursor + 1, viewportRows: height)
        case .pageUp, .control("b"):
            // Page keys move the view and the cursor together, as in less and htop.
            inbox.scroll = max(0, inbox.scroll - height)
            inbox.moveCursor(to: inbox.cursor - height, viewportRows: height)
        case .pageDown, .control("f"), .character(" "):
            inbox.scroll += height
            inbox.moveCursor(to: inbox.cursor + height, viewportRows: height)
        case .home, .character("g"): inbox.moveCursor(to: 0, viewportRows: height)
        case .end, .character("G"): inbox.moveCursor(to: inbox.total - 1, viewportRows: height)
        case .enter, .right, .character("l"): return openTicket()
        case .character("a"): return approveSelected()
        case .character("e"): return editSelected()
        case .character("r"): openRejectPrompt()
        case .character("/"): overlay = .filter(LineInput(inbox.query.filterText, maxLength: 200))
        case .character("s"):
            var query = inbox.query
            query.sort = query.sort.next
            apply(query)
            show("Sorted by \(query.sort.rawValue)", .info)
        case .tab, .backTab:
            let all = DraftStatus.listed
            let step = key == .tab ? 1 : all.count - 1
            var query = inbox.query
            query.status = all[((all.firstIndex(of: query.status) ?? 0) + step) % all.count]
            apply(query)
        case .escape:
            // Esc clears the filter first: the quickest way back to the whole queue.
            if inbox.query.isFiltered {
                var query = inbox.query
                query.setFilter("")
                apply(query)
                show("Filter cleared", .info)
            }
        case .character("?"): overlay = .help
        case .character("q"): return quit()
        default: break
        }
        return []
    }

    /// Switches to `query`; the rows of the old one are dropped and the list starts at the top.
    mutating func apply(_ query: InboxQuery) {
        guard query != inbox.query else { return }
        inbox.query = query
        inbox.reset()
        inbox.total = 0
    }

    mutating func openTicket() -> [Effect] {
        guard let row = inbox.selectedRow else { return [] }
        ticket = TicketState(ticketID: row.ticketID, row: row)
        screen = .ticket
        layOutTicket()
        return [.loadTicket(ticketID: row.ticketID)]
    }

    /// The draft that actions apply to: the open ticket's, else the selected row's.
    var currentTarget: ReviewTarget? {
        switch screen {
        case .inbox: inbox.selectedRow.map(ReviewTarget.init)
        case .ticket: ticket?.target
        }
    }
}
