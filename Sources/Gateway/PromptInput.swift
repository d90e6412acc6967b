/// What a prompt is built from: the ticket's text (customer data, never instructions) and our
/// own context (policies, order fields, the triage) for drafts.
public struct PromptInput: Sendable, Equatable {
    public struct Message: Sendable, Equatable {
        /// `customer` or `agent`.
        public var author: String
        public var body: String

        public init(author: String, body: String) {
            self.author = author
            self.body = body
        }
    }

    public var subject: String
    /// Oldest first.
    public var messages: [Message]
    /// Named blocks of our own data, rendered in order after the ticket (e.g. `policies`, `order`).
    public var context: [(name: String, text: String)]
    /// The language to answer in (drafts), ISO 639-1.
    public var language: String?

    public init(
        subject: String, messages: [Message], context: [(name: String, text: String)] = [], language: String? = nil
    ) {
        self.subject = subject
        self.messages = messages
        self.context = context
        self.language = language
    }

    public static func == (lhs: PromptInput, rhs: PromptInput) -> Bool {
        lhs.subject == rhs.subject && lhs.messages == rhs.messages && lhs.language == rhs.language
            && lhs.context.map(\.name) == rhs.context.map(\.name) && lhs.context.map(\.text) == rhs.context.map(\.text)
    }
}
