import Domain
import Gateway
import LocalModel

/// How often the grounded-claims check (``DraftClaims``) rejects ordinary drafts, measured offline
/// on labelled tickets: each ticket's grounding is built as the draft handler would build it
/// (policies for its category and language, the canned reply, the order), its draft prompt is
/// rendered, and two kinds of ordinary draft are checked — the reply `writer` gives to that
/// prompt, and the filled canned reply judged as if a model had written it (grounded in the
/// order and the policies only). A rejection of either is a false alarm: neither follows
/// instructions from the ticket. `supportbot eval --claims` prints it; no database, no model.
public enum DraftClaimsSurvey {
    /// A labelled ticket (fixtures/golden): its text, and the labels the survey uses in place of
    /// triage, so that triage mistakes do not count as the check's.
    public struct Ticket: Sendable {
        public var id: String
        public var subject: String
        public var messages: [PromptInput.Message]
        public var category: TicketCategory
        public var priority: TicketPriority
        public var sentiment: TicketSentiment
        public var language: String
        public var orderID: String?

        public init(
            id: String, subject: String, messages: [PromptInput.Message], category: TicketCategory,
            priority: TicketPriority, sentiment: TicketSentiment, language: String, orderID: String?
        ) {
            self.id = id
            self.subject = subject
            self.messages = messages
            self.category = category
            self.priority = priority
            self.sentiment = sentiment
            self.language = language
            self.orderID = orderID
        }
    }

    /// Where a ticket's order comes from.
    public enum Orders: String, Sendable, CaseIterable {
        /// Looked up in the orders as loaded: the golden set's order ids are deliberately not in
        /// fixtures/orders.jsonl, so every order is "not in the store's records".
        case asLoaded = "as-loaded"
        /// Every ticket that names an order gets one of the loaded records in turn, under the
        /// ticket's id and customer, so that status sentences are written and checked.
        case standIn = "stand-in"
    }

    /// The tickets whose drafts the check rejected, with the kinds it found.
    public struct Result: Sendable {
        public var tickets = 0
        public var withOrder = 0
        public var writerRejected: [(id: String, kinds: [DraftClaims.Kind])] = []
        public var cannedRejected: [(id: String, kinds: [DraftClaims.Kind])] = []
    }

    /// The customer every ticket is from, and every stand-in order belongs to.
    static let customer = "customer@example.com"

    /// Runs the survey; `writer` answers a draft prompt's user message as a model would.
    public static func run(
        _ tickets: [Ticket], orders: [OrderRecord], articles: [KBArticle], canned: [CannedReply], using: Orders,
        writer: (String) -> String
    ) -> Result {
        var result = Result()
        let byID = Dictionary(orders.map { ($0.orderID, $0) }, uniquingKeysWith: { first, _ in first })
        for ticket in tickets {
            result.tickets += 1
            let orderID = OrderIDPolicy.accepted(ticket.orderID)
            var order: OrderRecord?
            if let orderID {
                switch using {
                case .asLoaded:
                    order = byID[orderID]
                case .standIn where !orders.isEmpty:
                    order = orders[result.withOrder % orders.count]
                    order?.orderID = orderID
                    order?.customerEmail = customer
                case .standIn:
                    break
                }
                result.withOrder += 1
            }
            let grounding = DraftGrounding(
                order: order, orderID: orderID, customerEmail: customer,
                articles: DraftGrounding.articles(
                    from: articles, topics: DraftGrounding.topics(for: ticket.category), language: ticket.language),
                canned: DraftGrounding.canned(from: canned, category: ticket.category, language: ticket.language))
            let template =
                grounding.canned ?? ReplyTemplates.acknowledgement(subject: ticket.subject, language: ticket.language)
            let filled = grounding.fill(template, customerName: nil, language: ticket.language)

            let triage: (name: String, text: String) = (
                "triage",
                "category: \(ticket.category.rawValue), priority: \(ticket.priority.rawValue), "
                    + "sentiment: \(ticket.sentiment.rawValue)"
            )
            let input = PromptInput(
                subject: ticket.subject, messages: TicketPrompt.thread(ticket.subject, ticket.messages),
                context: [triage] + grounding.contextBlocks, language: ticket.language)
            let user = PromptTemplate.draft.render(input)[1].content
            let reply = grounding.citations(fromModelReply: writer(user)).body
            let written = DraftClaims(grounding: grounding, canned: filled.body).violations(in: reply)
            if !written.isEmpty { result.writerRejected.append((ticket.id, written)) }
            let cannedKinds = DraftClaims(grounding: grounding, canned: nil).violations(in: filled.body)
            if !cannedKinds.isEmpty { result.cannedRejected.append((ticket.id, cannedKinds)) }
        }
        return result
    }
}
