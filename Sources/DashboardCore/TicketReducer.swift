/// Keys on the ticket view.
extension DashboardState {
    mutating func handleTicketKey(_ key: Key) -> [Effect] {
        guard var ticket else {
            screen = .inbox
            return []
        }
        let height = ticketViewportRows
        switch key {
        case .up, .character("k"): ticket.scroll -= 1
        case .down, .character("j"): ticket.scroll += 1
        case .pageUp, .control("b"): ticket.scroll -= max(1, height - 1)
        case .pageDown, .control("f"), .character(" "): ticket.scroll += max(1, height - 1)
        case .home, .character("g"): ticket.scroll = 0
        case .end, .character("G"): ticket.scroll = ticket.lines.count
        case .tab:
            // Jump to the next section heading: the draft is one or two presses away in any thread.
            ticket.scroll = ticket.sectionStarts.first { $0 > ticket.scroll } ?? ticket.scroll
        case .backTab:
            ticket.scroll = ticket.sectionStarts.last { $0 < ticket.scroll } ?? 0
        case .escape, .left, .backspace, .character("h"):
            screen = .inbox
            self.ticket = nil
            return []
        case .character("a"): return approveSelected()
        case .character("e"): return editSelected()
        case .character("r"):
            openRejectPrompt()
            return []
        case .character("?"):
            overlay = .help
            return []
        case .character("q"): return quit()
        default: return []
        }
        ticket.clampScroll(viewportRows: height)
        self.ticket = ticket
        return []
    }
}
