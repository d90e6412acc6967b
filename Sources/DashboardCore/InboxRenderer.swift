/// Draws the inbox: header with counts, column headings and the visible rows only.
enum InboxRenderer {
    static func draw(_ state: DashboardState, layout: Layout, on grid: inout Grid) {
        let inbox = state.inbox
        let columns = InboxColumns(width: grid.columns)
        if let row = layout.headerRow { drawHeader(state, row: row, on: &grid) }
        if let row = layout.columnHeadingRow {
            var x = InboxColumns.markerWidth
            for (column, width) in columns.columns {
                let alignRight = column == .age
                grid.put(
                    TextLayout.fit(InboxColumns.title(column), width: width, alignRight: alignRight), row: row,
                    column: x, style: CellStyle([.bold, .dim]))
                x += width + 1
            }
        }
        let body = layout.listBody
        guard !body.isEmpty else { return }
        if inbox.total == 0 {
            let text: String
            if inbox.loadedWindow == nil {
                text = "Loading…"
            } else if inbox.query.isFiltered {
                text = "No drafts match the filter — Esc clears it"
            } else {
                text = "No drafts \(inbox.query.status.verb)"
            }
            grid.put(TextLayout.truncate(text, width: grid.columns - 2), row: body.lowerBound, column: 2, style: .dim)
            return
        }
        for (offset, y) in body.enumerated() {
            let position = inbox.scroll + offset
            guard position < inbox.total else { break }
            drawRow(inbox.row(at: position), position: position, state: state, columns: columns, y: y, on: &grid)
        }
    }

    static func drawHeader(_ state: DashboardState, row: Int, on grid: inout Grid) {
        let inbox = state.inbox
        var spans = [StyledLine.Span(" supportbot ", CellStyle(.bold, role: .accent))]
        for status in DraftStatus.listed {
            let name = status == .pendingReview ? "pending" : status.rawValue
            let selected = status == inbox.query.status
            spans.append(.init(" "))
            spans.append(.init(" \(name) \(inbox.counts[status]) ", selected ? CellStyle([.bold, .reverse]) : .plain))
        }
        let x = grid.put(spans, row: row, column: 0, width: grid.columns)
        var label = "sort: \(inbox.query.sort.rawValue)"
        if inbox.query.isFiltered { label = "filter: \(inbox.query.filterText) · " + label }
        let position = inbox.total > 0 ? "\(inbox.cursor + 1)/\(inbox.total)" : ""
        let room = grid.columns - x - 2
        guard room > 3 else { return }
        // The position is what tells the agent where they are: the label gives way first.
        let text: String
        if position.isEmpty {
            text = TextLayout.truncate(label, width: room)
        } else if room - position.displayWidth - 3 >= 4 {
            text = TextLayout.truncate(label, width: room - position.displayWidth - 3) + " · " + position
        } else {
            text = TextLayout.truncate(position, width: room)
        }
        grid.put(text, row: row, column: grid.columns - text.displayWidth - 1, style: .dim)
    }

    static func drawRow(
        _ item: InboxRow?, position: Int, state: DashboardState, columns: InboxColumns, y: Int, on grid: inout Grid
    ) {
        let selected = position == state.inbox.cursor
        if selected { grid.put(">", row: y, column: 0, style: .bold) }
        var x = InboxColumns.markerWidth
        for (column, width) in columns.columns {
            var text = ""
            var style = CellStyle.plain
            var alignRight = false
            if let item {
                switch column {
                case .priority:
                    if let priority = item.priority {
                        text = InboxColumns.priorityText(priority)
                        style = InboxColumns.priorityStyle(priority)
                    } else {
                        text = "—"
                        style = .dim
                    }
                case .category: text = item.category ?? "—"
                case .sentiment:
                    text = String((item.sentiment ?? "—").prefix(3))
                    if item.sentiment?.lowercased().hasPrefix("neg") == true { style = CellStyle(role: .warn) }
                case .customer: text = item.customer
                case .subject:
                    text = item.subject
                    if item.status != state.inbox.query.status || state.pendingReviews[item.id] != nil {
                        // Reviewed or being reviewed since the page was loaded: dimmed until the refresh.
                        style = .dim
                    }
                case .age:
                    text = TimeFormat.age(from: item.createdAt, now: state.now)
                    alignRight = true
                    style = .dim
                case .source: (text, style) = InboxColumns.sourceText(item.source)
                }
            } else if column == .subject {
                // Not fetched yet: the app is loading this page.
                text = "…"
                style = .dim
            }
            grid.put(TextLayout.fit(text, width: width, alignRight: alignRight), row: y, column: x, style: style)
            x += width + 1
        }
        if selected { grid.addAttributes(.reverse, row: y, columns: 0..<grid.columns) }
    }
}
