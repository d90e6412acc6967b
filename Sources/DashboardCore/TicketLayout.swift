import Foundation

/// Lays a ticket out as lines for a width. Order: triage, summary, draft, order data and
/// citations, deliveries, then the thread. The thread is the longest part, so it goes last: at
/// 80×24 the draft under review is on the first screen, and Tab jumps between sections.
enum TicketLayout {
    static func lines(for detail: TicketDetail, width: Int, timeZone: TimeZone) -> ([StyledLine], [Int]) {
        var builder = Builder(width: width)
        let time = { (date: Date) in TimeFormat.clock(date, now: .distantFuture, timeZone: timeZone) }

        if let triage = detail.triage {
            builder.heading("Triage", source: triage.source, model: triage.model)
            var spans = [StyledLine.Span("  ")]
            spans += priorityBadge(triage.priority)
            spans.append(.init("  \(triage.category) · \(triage.sentiment) · \(triage.language)"))
            if let order = triage.orderID { spans.append(.init(" · order \(order)")) }
            builder.line(StyledLine(spans))
            if triage.needsHuman {
                builder.wrapped("Needs a human: \(triage.needsHumanReason ?? "yes")", style: CellStyle(role: .warn))
            }
            if triage.source != .model, !triage.reason.isEmpty { builder.wrapped("Why: \(triage.reason)", style: .dim) }
        } else {
            builder.heading("Triage")
            builder.wrapped("Not triaged yet", style: .dim)
        }

        if let summary = detail.summary {
            builder.heading("Summary", source: summary.source, model: summary.model, note: "\(summary.messages) msgs")
            builder.wrapped(summary.text)
        }

        if let draft = detail.draft {
            var note = draft.status.rawValue
            if let by = draft.reviewedBy { note += " by \(by)" }
            if let at = draft.reviewedAt { note += " at \(time(at))" }
            builder.heading("Draft", source: draft.source, model: draft.model, note: note)
            if draft.source == .canned {
                // Canned means no model wrote it; say why, so the agent knows what they are approving.
                let why = draft.reason.isEmpty ? "no model answered" : draft.reason
                builder.wrapped("CANNED reply — \(why)", style: CellStyle(.bold, role: .canned))
            }
            builder.wrapped(draft.body)
        } else {
            builder.heading("Draft")
            builder.wrapped("No draft yet", style: .dim)
        }

        if !detail.orderFields.isEmpty || !detail.citations.isEmpty {
            builder.heading("Order data & citations")
            let nameWidth = min(20, detail.orderFields.map(\.name.displayWidth).max() ?? 0)
            for field in detail.orderFields {
                builder.line(
                    StyledLine([
                        .init("  " + TextLayout.fit(field.name, width: nameWidth), .dim),
                        .init("  " + TextLayout.truncate(field.value, width: max(1, width - nameWidth - 4))),
                    ]))
            }
            for citation in detail.citations {
                builder.line(StyledLine("  [\(TextLayout.truncate(citation, width: max(1, width - 4)))]", .dim))
            }
        }

        if !detail.deliveries.isEmpty {
            builder.heading("Deliveries")
            for delivery in detail.deliveries {
                let role: ColorRole? =
                    switch delivery.state {
                    case .delivered: .ok
                    case .pending: .warn
                    case .dead: .error
                    case .other: nil
                    }
                var last = delivery.lastStatus.map { "last \($0)" } ?? (delivery.attempts > 0 ? "no response" : "")
                if !delivery.lastError.isEmpty { last += (last.isEmpty ? "" : " ") + delivery.lastError }
                let attempts = delivery.attempts == 1 ? "1 attempt" : "\(delivery.attempts) attempts"
                builder.line(
                    StyledLine([
                        // `ticket.summarized` is the longest type; a space always follows it.
                        .init("  " + TextLayout.fit(delivery.type, width: 17) + " "),
                        .init(TextLayout.fit(delivery.state.text, width: 10), CellStyle(.bold, role: role)),
                        .init(TextLayout.truncate("\(attempts)  \(last)", width: max(1, width - 30))),
                    ]))
            }
        }

        builder.heading("Thread", note: detail.messages.count == 1 ? "1 message" : "\(detail.messages.count) messages")
        for (index, message) in detail.messages.enumerated() {
            if index > 0 { builder.line(StyledLine("")) }
            builder.line(
                StyledLine([
                    .init("  " + TextLayout.singleLine(message.author), .bold),
                    .init(" · \(time(message.createdAt))", .dim),
                ]))
            builder.wrapped(message.body)
        }
        return (builder.lines, builder.sections)
    }

    static func priorityBadge(_ priority: Priority?) -> [StyledLine.Span] {
        guard let priority else { return [.init("—")] }
        return [.init(InboxColumns.priorityText(priority), InboxColumns.priorityStyle(priority))]
    }

    struct Builder {
        let width: Int
        var lines: [StyledLine] = []
        var sections: [Int] = []

        mutating func line(_ line: StyledLine) { lines.append(line) }

        /// "── Draft · canned · pending_review ──────": sources in every heading, so a glance tells
        /// which parts a model wrote.
        mutating func heading(
            _ title: String, source: ContentSource? = nil, model: String? = nil, note: String? = nil
        ) {
            if !lines.isEmpty { lines.append(StyledLine("")) }
            sections.append(lines.count)
            var spans = [StyledLine.Span("── ", .dim), .init(title, CellStyle(.bold, role: .accent))]
            if let source {
                let label = model.map { "\(source.text) \($0)" } ?? source.text
                let style = source == .canned ? CellStyle(.bold, role: .canned) : CellStyle(.dim)
                spans.append(.init(" · ", .dim))
                spans.append(.init(source == .canned ? label.uppercased() : label, style))
            }
            if let note { spans.append(.init(" · \(note)", .dim)) }
            let used = spans.reduce(0) { $0 + $1.text.displayWidth }
            if used + 1 < width { spans.append(.init(" " + String(repeating: "─", count: width - used - 1), .dim)) }
            lines.append(StyledLine(spans))
        }

        /// Indented, word-wrapped text.
        mutating func wrapped(_ text: String, style: CellStyle = .plain) {
            for piece in TextLayout.wrap(text, width: max(1, width - 2)) {
                lines.append(StyledLine("  " + piece, style))
            }
        }
    }
}

extension CellStyle {
    static let dim = CellStyle(.dim)
    static let bold = CellStyle(.bold)
}
