import Domain
import Gateway
import LocalModel
import Store

/// Builds gateway input from a ticket. Long threads keep their latest messages verbatim and fold
/// the older ones into an extractive summary, so no thread blows the context window.
enum TicketPrompt {
    /// Messages kept verbatim; older ones are folded.
    static let verbatimMessages = 12

    static func input(
        _ context: TicketContext, extra: [(name: String, text: String)] = [], language: String? = nil
    )
        -> PromptInput
    {
        var messages = context.messages.map { PromptInput.Message(author: $0.author, body: $0.body) }
        if messages.count > verbatimMessages {
            let older = messages.prefix(messages.count - verbatimMessages)
            let folded = ExtractiveSummarizer().summarize(
                subject: context.subject, messages: older.map { .init(author: $0.author, body: $0.body) },
                maxCharacters: 1200)
            messages =
                [PromptInput.Message(author: "customer", body: "(Earlier messages, summarized) " + folded)]
                + messages.suffix(verbatimMessages)
        }
        return PromptInput(subject: context.subject, messages: messages, context: extra, language: language)
    }

    /// The customer's own messages, for the local rules.
    static func customerBodies(_ context: TicketContext) -> [String] {
        context.messages.filter { $0.author == "customer" }.map(\.body)
    }

    static func provenance(_ completion: ModelCompletion) -> Provenance {
        // The local rules are no model: `model` stays null for them, as CONTRACT.md shows.
        Provenance(
            source: completion.source, model: completion.source == .rules ? nil : completion.model,
            reason: completion.reason)
    }
}
