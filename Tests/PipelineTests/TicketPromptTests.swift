import Gateway
import Testing

@testable import Pipeline

@Suite("Ticket prompt: long threads within the context budget")
struct TicketPromptTests {
    static func message(_ index: Int, _ body: String? = nil) -> PromptInput.Message {
        PromptInput.Message(
            author: index.isMultiple(of: 3) ? "agent" : "customer",
            body: body
                ?? "Message \(index): the parcel for order 1042 still shows in transit at the depot in Leipzig. "
                + String(repeating: "I called the carrier again and they said it would move tomorrow. ", count: 4))
    }

    @Test func aShortThreadIsKeptWhole() {
        let messages = (1...5).map { Self.message($0) }
        #expect(TicketPrompt.thread("Where is my order?", messages) == messages)
    }

    @Test func aSixtyMessageThreadKeepsTheLatestVerbatimAndFoldsTheRestWithinBudget() {
        let messages = (1...60).map { Self.message($0) }
        let thread = TicketPrompt.thread("Where is my order?", messages)
        #expect(TicketPrompt.tokens(thread) <= TicketPrompt.threadTokenBudget)
        #expect(thread.count <= TicketPrompt.verbatimMessages + 1)
        #expect(thread.first?.body.hasPrefix("(Earlier messages, summarized) ") == true)
        #expect(thread.last == messages.last)
        #expect(Array(thread.dropFirst()) == Array(messages.suffix(thread.count - 1)))
    }

    @Test func hugeMessagesAreShortenedAndTheBudgetHoldsEvenForFourByteCharacters() {
        let emoji = String(repeating: "📦", count: 5000)
        let messages = (1...60).map { Self.message($0, $0 == 60 ? "Start. " + emoji + " The ask." : emoji) }
        let thread = TicketPrompt.thread("📦", messages)
        #expect(TicketPrompt.tokens(thread) <= TicketPrompt.threadTokenBudget)
        let last = thread.last?.body ?? ""
        #expect(last.hasPrefix("Start.") && last.hasSuffix("The ask.") && last.contains("[…]"))
    }
}
