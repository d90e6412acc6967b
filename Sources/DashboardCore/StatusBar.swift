import Foundation

/// The status bar: why drafts may be canned (breakers, flags, spend) first, queue depths last,
/// so the explanation survives a narrow terminal.
enum StatusBar {
    static func draw(_ status: StatusSummary, row: Int, on grid: inout Grid) {
        grid.put(spans(status), row: row, column: 1, width: grid.columns - 1)
    }

    static func spans(_ status: StatusSummary) -> [StyledLine.Span] {
        var segments: [[StyledLine.Span]] = []

        if status.breakers.isEmpty {
            segments.append([.init("models "), .init("ok", CellStyle(role: .ok))])
        } else {
            // Open breakers first: they are the usual reason for canned drafts.
            let breakers = status.breakers.sorted { rank($0.state) > rank($1.state) }
            var spans: [StyledLine.Span] = []
            for (index, breaker) in breakers.enumerated() {
                if index > 0 { spans.append(.init(", ")) }
                spans.append(.init("\(breaker.model) "))
                switch breaker.state {
                case .open: spans.append(.init("OPEN", CellStyle(.bold, role: .error)))
                case .halfOpen: spans.append(.init("half-open", CellStyle(.bold, role: .warn)))
                case .closed: spans.append(.init("ok", CellStyle(role: .ok)))
                }
            }
            segments.append(spans)
        }

        if !status.flagsOff.isEmpty {
            segments.append([
                .init("off: "), .init(status.flagsOff.joined(separator: ","), CellStyle(.bold, role: .warn)),
            ])
        }

        let spent = String(format: "$%.2f", status.spendTodayUSD)
        if let budget = status.dailyBudgetUSD, budget > 0 {
            let share = status.spendTodayUSD / budget
            let role: ColorRole? = share >= 1 ? .error : share >= 0.8 ? .warn : nil
            segments.append([
                .init("spend "), .init(spent, CellStyle(role: role)), .init(String(format: "/$%.2f", budget)),
            ])
        } else {
            segments.append([.init("spend \(spent)")])
        }

        if !status.queues.isEmpty {
            segments.append(
                [.init("queue ")] + [.init(status.queues.map { "\($0.name) \($0.depth)" }.joined(separator: " "), .dim)]
            )
        }

        var spans: [StyledLine.Span] = []
        for (index, segment) in segments.enumerated() {
            if index > 0 { spans.append(.init(" │ ", .dim)) }
            spans += segment
        }
        return spans
    }

    static func rank(_ state: StatusSummary.Breaker.State) -> Int {
        switch state {
        case .open: 2
        case .halfOpen: 1
        case .closed: 0
        }
    }
}
