import Domain
import Foundation
import LocalModel
import Testing

/// Prints the cost of one triage of a 1 KB ticket. No assertion: timings depend on the machine and the build
/// configuration (run `swift test -c release --filter Performance` for representative numbers).
@Suite("Performance")
struct PerformanceTests {
    static let ticket: String = {
        let paragraph = """
            Hello, I ordered the linen duvet cover and two pillowcases (order 1047) on November 3rd. The tracking \
            page has not changed for six days and the parcel was supposed to arrive last Friday. I also noticed \
            that my card was charged twice, 159,00 € each time. Could you please check what is going on, refund \
            the duplicate payment and tell me when the parcel will arrive? I need it before my guests come on \
            the 24th. Thanks in advance, Pieter de Vries, +31 6 12345678.

            """
        var text = ""
        while text.utf8.count < 1024 { text += paragraph }
        return String(text.utf8.prefix(1024)) ?? text
    }()

    @Test("triage of a 1 KB ticket")
    func triageTiming() {
        let triage = LocalTriage()
        _ = triage.triage(subject: "warm-up", messages: [PerformanceTests.ticket])  // builds the lexicons
        let runs = 2_000
        let clock = ContinuousClock()
        var categories = 0
        let elapsed = clock.measure {
            for index in 0..<runs {
                let result = triage.triage(
                    subject: "Parcel late and charged twice", messages: [PerformanceTests.ticket])
                categories &+= result.category.rawValue.count &+ index
            }
        }
        let microseconds = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
        print(
            "LocalTriage: \(String(format: "%.1f", microseconds / Double(runs))) µs per 1 KB ticket (\(categories % 7))"
        )
        #expect(categories != 0)
    }

    @Test("summary of a 64-message thread")
    func summaryTiming() {
        let summarizer = ExtractiveSummarizer()
        let thread = ExtractiveSummarizerTests.longThread
        let runs = 50
        let clock = ContinuousClock()
        var length = 0
        let elapsed = clock.measure {
            for _ in 0..<runs { length &+= summarizer.summarize(subject: "Double charge", messages: thread).count }
        }
        let microseconds = Double(elapsed.components.attoseconds) / 1e12 + Double(elapsed.components.seconds) * 1e6
        print("ExtractiveSummarizer: \(String(format: "%.0f", microseconds / Double(runs))) µs per 64-message thread")
        #expect(length > 0)
    }
}
