import Domain
import Gateway
import LocalModel
import Store

/// Builds gateway input from a ticket. Long threads keep their latest messages verbatim and fold
/// the older ones into an extractive summary, so no thread blows the context window.
enum TicketPrompt {
    /// Messages kept verbatim at most; older ones are folded.
    static let verbatimMessages = 12
    /// Tokens the thread may take in a prompt (``TokenEstimate``): a tenth of the smallest
    /// context window we route to, so policies, the system prompt and the answer always fit, and
    /// a long thread costs about what a short one does.
    static let threadTokenBudget = 3000
    /// A verbatim message longer than this keeps its head and tail. With the folded summary's
    /// limit, even the worst case (one long message of 4-byte characters) fits the budget.
    static let messageCharacterLimit = 1600
    /// The folded summary of older messages.
    static let foldedCharacters = 1000

    static func input(
        _ context: TicketContext, extra: [(name: String, text: String)] = [], language: String? = nil
    )
        -> PromptInput
    {
        PromptInput(
            subject: context.subject,
            messages: thread(context.subject, context.messages.map { .init(author: $0.author, body: $0.body) }),
            context: extra, language: language)
    }

    /// The thread as the prompt shows it: the latest messages verbatim (long ones shortened), as
    /// many as fit ``threadTokenBudget`` (at most ``verbatimMessages``), and the older ones folded
    /// into one extractive summary.
    static func thread(_ subject: String, _ all: [PromptInput.Message]) -> [PromptInput.Message] {
        // Older messages are folded shortened too: the summary keeps their ends, and folding a
        // thread of huge messages stays cheap.
        let shortened = all.map { PromptInput.Message(author: $0.author, body: shorten($0.body)) }
        var kept = min(verbatimMessages, shortened.count)
        while true {
            var messages = Array(shortened.suffix(kept))
            if shortened.count > kept {
                let folded = ExtractiveSummarizer().summarize(
                    subject: subject,
                    messages: shortened.prefix(shortened.count - kept).map { .init(author: $0.author, body: $0.body) },
                    maxCharacters: foldedCharacters)
                messages.insert(
                    PromptInput.Message(author: "customer", body: "(Earlier messages, summarized) " + folded), at: 0)
            }
            if kept <= 1 || tokens(messages) <= threadTokenBudget { return messages }
            kept -= 1
        }
    }

    /// The thread's share of a prompt, with per-message framing.
    static func tokens(_ messages: [PromptInput.Message]) -> Int {
        messages.reduce(0) { $0 + 4 + TokenEstimate.tokens($1.body) }
    }

    /// The head and tail of a long message: greetings and the actual ask are usually at the ends;
    /// quoted history and signatures in the middle.
    static func shorten(_ body: String) -> String {
        guard body.count > messageCharacterLimit else { return body }
        let head = body.prefix(messageCharacterLimit * 3 / 4)
        let tail = body.suffix(messageCharacterLimit / 4)
        return "\(head) […] \(tail)"
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
