import Foundation
import Testing

@testable import DashboardCore

/// Timings with 10,000 rows, printed rather than asserted: machines differ, and a flaky timing
/// test teaches people to ignore failures. Compare the printed numbers against the 1 ms goal.
@Suite struct PerformanceTests {
    @Test func tenThousandRows() {
        var rows = (1...10_000).map { n in
            Fixtures.row(
                n, subject: n % 7 == 0 ? "配送が遅れています 🎉 n° \(n)" : "Subject about order \(n)",
                priority: Priority.allCases[n % 4], source: n % 5 == 0 ? .canned : .model)
        }
        rows.shuffle()
        let app = FakeApp(rows: rows)
        var state = app.start()
        let clock = ContinuousClock()

        let query = InboxQuery()
        let filterTime = clock.measure { _ = query.apply(to: rows) }

        // Pages the reducer will ask for, cut ahead from one sorted copy so only the reducer is timed.
        let sorted = query.apply(to: rows)
        func page(_ request: InboxRequest) -> InboxPage {
            let end = min(sorted.count, request.window.offset + request.window.limit)
            return InboxPage(
                answering: request, total: sorted.count, rows: Array(sorted[min(end, request.window.offset)..<end]),
                counts: Fixtures.counts)
        }

        var keyTimes: [Duration] = []
        var pageTimes: [Duration] = []
        for step in 0..<2_000 {
            let key: Key = step % 100 == 99 ? .pageDown : .down
            var effects: [Effect] = []
            keyTimes.append(clock.measure { effects = reduce(&state, .key(key)) })
            for case .fetchInbox(let request) in effects {
                let answer = page(request)
                pageTimes.append(clock.measure { _ = reduce(&state, .inboxLoaded(answer)) })
            }
        }
        #expect(state.inbox.cursor > 2_000)
        #expect(state.inbox.selectedRow != nil)

        // One render first, so one-time costs (allocations, lazy tables) are not counted as a frame.
        var grid = render(state, size: state.size)
        grid = render(state, size: state.size)
        var renderTimes: [Duration] = []
        var diffTimes: [Duration] = []
        for _ in 0..<200 {
            _ = reduce(&state, .key(.down))
            var next = grid
            renderTimes.append(clock.measure { next = render(state, size: state.size) })
            diffTimes.append(clock.measure { _ = diff(grid, next) })
            grid = next
        }
        let big = TerminalSize(columns: 240, rows: 70)
        _ = reduce(&state, .key(.resize(big)))
        let bigRender = clock.measure { _ = render(state, size: big) }

        func summary(_ times: [Duration]) -> String {
            let sorted = times.sorted()
            let mean = times.reduce(.zero, +) / max(1, times.count)
            return "mean \(mean) p99 \(sorted[min(sorted.count - 1, sorted.count * 99 / 100)]) (n=\(times.count))"
        }
        print("[perf] 10,000 rows")
        print("[perf] reduce(key)          \(summary(keyTimes))")
        print("[perf] reduce(inboxLoaded)  \(summary(pageTimes))")
        print("[perf] render 80×24         \(summary(renderTimes))")
        print("[perf] diff 80×24           \(summary(diffTimes))")
        print("[perf] render 240×70        \(bigRender)")
        print("[perf] app-side filter+sort of 10,000 rows (InboxQuery.apply) \(filterTime)")
    }
}
