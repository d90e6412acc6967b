/// Draws the open ticket: a title line and the visible slice of its laid-out lines.
enum TicketRenderer {
    static func draw(_ state: DashboardState, layout: Layout, on grid: inout Grid) {
        guard let ticket = state.ticket else { return }
        let subject = ticket.detail?.subject ?? ticket.row?.subject ?? ""
        let customer = ticket.detail?.customer ?? ticket.row?.customer ?? ""
        let externalID = ticket.detail?.externalID ?? ticket.row?.externalID ?? ""
        let body = layout.pageBody
        if let row = layout.headerRow {
            var position = ""
            if ticket.lines.count > body.count {
                let last = min(ticket.lines.count, ticket.scroll + body.count)
                position = " \(ticket.scroll + 1)–\(last)/\(ticket.lines.count) "
            }
            let room = grid.columns - position.displayWidth
            var spans: [StyledLine.Span] = []
            if !externalID.isEmpty { spans.append(.init(" #\(externalID)", CellStyle(.bold, role: .accent))) }
            spans.append(.init(" \(subject)", .bold))
            if !customer.isEmpty { spans.append(.init(" — \(customer)", .dim)) }
            grid.put(spans, row: row, column: 0, width: room)
            grid.put(position, row: row, column: room, style: .dim)
        }
        guard !body.isEmpty else { return }
        if ticket.detail == nil {
            grid.put("Loading ticket…", row: body.lowerBound, column: 2, style: .dim)
            return
        }
        for (offset, y) in body.enumerated() {
            let index = ticket.scroll + offset
            guard index < ticket.lines.count else { break }
            grid.put(ticket.lines[index].spans, row: y, column: 0, width: grid.columns)
        }
    }
}
