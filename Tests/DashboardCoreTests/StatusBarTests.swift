import Testing

@testable import DashboardCore

@Suite struct StatusBarTests {
    @Test func showsEveryBreakerOpenFirstAndWarnsOnSpend() {
        let summary = StatusSummary(
            queues: [.init(name: "draft", depth: 12)],
            breakers: [.init(model: "mini", state: .closed), .init(model: "full", state: .halfOpen)],
            spendTodayUSD: 4.5, dailyBudgetUSD: 5)
        let spans = StatusBar.spans(summary)
        #expect(spans.map(\.text).joined() == "full half-open, mini ok │ spend $4.50/$5.00 │ queue draft 12")
        #expect(spans.first { $0.text == "$4.50" }?.style.role == .warn)
        #expect(spans.first { $0.text == "half-open" }?.style.role == .warn)
        #expect(StatusBar.spans(StatusSummary()).map(\.text).joined() == "models ok │ spend $0.00")
    }
}
