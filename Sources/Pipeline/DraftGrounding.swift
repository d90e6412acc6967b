import Domain
import Foundation

/// What a draft may rest on: the customer's own order, policy articles for the ticket's category,
/// and the canned reply. Pure: the handler loads the data, this decides what may be used and
/// renders it, with a citation for every fact (`order:<id>.<field>`, `policy:<article id>`).
public struct DraftGrounding: Sendable {
    /// The order, only when it belongs to the ticket's customer: another customer's order is
    /// never shown to a model or quoted in a reply.
    public let order: OrderRecord?
    /// The ticket names an order the tenant has, but for another email address.
    public let orderWithheld: Bool
    /// The order id the ticket mentions (from triage or the ticket), if any, and only if it is
    /// plainly an order id (``OrderIDPolicy``): it is printed into the prompt's `<order>` block.
    public let orderID: String?
    public let articles: [KBArticle]
    public let canned: String?

    public init(order: OrderRecord?, orderID: String?, customerEmail: String, articles: [KBArticle], canned: String?) {
        let owned = order.map { $0.customerEmail.lowercased() == customerEmail.lowercased() } ?? false
        self.order = owned ? order : nil
        self.orderWithheld = order != nil && !owned
        // Checked again here, not only where triage is parsed: this is the last step before the
        // id reaches a prompt, whatever path it came by.
        self.orderID = OrderIDPolicy.accepted(orderID)
        self.articles = articles
        self.canned = canned
    }

    /// The policy topics (fixtures/kb.jsonl) that answer a category.
    public static func topics(for category: TicketCategory) -> [String] {
        switch category {
        case .orderStatus, .shippingDelay: ["shipping"]
        case .returnRefund: ["returns", "refunds"]
        case .cancellation: ["cancellation"]
        case .paymentBilling: ["payment", "refunds"]
        case .productQuestion: ["warranty"]
        case .damagedOrWrongItem: ["damaged_items", "returns"]
        case .accountAccess: ["account"]
        case .complaint, .other: []
        }
    }

    /// The `<policies>` and `<order>` blocks of the draft prompt.
    public var contextBlocks: [(name: String, text: String)] {
        var blocks: [(name: String, text: String)] = []
        let facts = articles.flatMap { article in article.facts.map { "[policy:\(article.id)] \($0)" } }
        if !facts.isEmpty { blocks.append(("policies", facts.joined(separator: "\n"))) }
        if let order {
            blocks.append(
                (
                    "order",
                    order.citableFields.map { "[order:\(order.orderID).\($0.name)] \($0.name): \($0.value)" }
                        .joined(separator: "\n")
                ))
        } else if let orderID {
            let why = orderWithheld ? "cannot be discussed with this customer" : "is not in the store's records"
            blocks.append(("order", "Order \(orderID) \(why). Do not state any status, date or detail for it."))
        }
        return blocks
    }

    /// Every citation the context offers.
    public var availableCitations: Set<String> {
        var all = Set(articles.map { "policy:\($0.id)" })
        if let order { all.formUnion(order.citableFields.map { "order:\(order.orderID).\($0.name)" }) }
        return all
    }

    /// Said instead of a name we do not have; German greetings read well without one
    /// ("Guten Tag,"), so the empty name and the space before the comma go.
    static let genericName = ["en": "there", "es": "cliente", "de": "", "fr": "Madame, Monsieur", "it": "cliente"]

    /// Order statuses (fixtures/orders.jsonl) in the reply's language (``ClaimLexicon``).
    static let statusWords: [String: [String: String]] = ClaimLexicon.statusWordings.mapValues {
        $0.mapValues(\.say)
    }

    /// Fills a reply template. A line with a placeholder whose value is unknown is dropped whole,
    /// so a reply never says "your order  is ." nor guesses. Returns the text and its citations.
    public func fill(_ template: String, customerName: String?, language: String) -> (body: String, citations: [String])
    {
        var values: [String: (value: String, citation: String?)] = [:]
        let name = customerName.flatMap { $0.split(separator: " ").first.map(String.init) }
        values["customer_name"] = (name ?? Self.genericName[language] ?? "there", nil)
        if let orderID { values["order_id"] = (orderID, nil) }
        if let order {
            let fields = Dictionary(order.citableFields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            let cite = { (field: String) in "order:\(order.orderID).\(field)" }
            let status =
                Self.statusWords[language]?[order.status] ?? order.status.replacingOccurrences(of: "_", with: " ")
            values["order_status"] = (status, cite("status"))
            for (placeholder, field) in [
                ("carrier", "carrier"), ("tracking_number", "tracking_number"),
                ("estimated_delivery", "estimated_delivery"),
            ] {
                if let value = fields[field] { values[placeholder] = (value, cite(field)) }
            }
        }
        if let article = articles.first, let fact = article.facts.first {
            values["policy"] = (fact, "policy:\(article.id)")
        }
        var citations: [String] = []
        var lines: [String] = []
        for line in template.components(separatedBy: "\n") {
            var filled = line
            var complete = true
            var used: [String] = []
            for placeholder in Self.placeholders(in: line) {
                guard let value = values[placeholder] else {
                    complete = false
                    break
                }
                filled = filled.replacingOccurrences(of: "{\(placeholder)}", with: value.value)
                    .replacingOccurrences(of: " ,", with: ",")
                if let citation = value.citation { used.append(citation) }
            }
            guard complete else { continue }
            lines.append(filled)
            for citation in used where !citations.contains(citation) { citations.append(citation) }
        }
        return (lines.joined(separator: "\n"), citations)
    }

    static func placeholders(in line: String) -> [String] {
        var names: [String] = []
        var rest = line[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Splits a model's reply into the text and the sources it cites on a last `Sources:` line;
    /// citations the context did not offer are dropped.
    public func citations(fromModelReply reply: String) -> (body: String, citations: [String]) {
        var lines = reply.components(separatedBy: "\n")
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        guard let last = lines.last, last.lowercased().hasPrefix("sources:") else {
            return (reply.trimmingCharacters(in: .whitespacesAndNewlines), [])
        }
        lines.removeLast()
        let offered = availableCitations
        let cited = last.dropFirst("sources:".count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { offered.contains($0) }
        return (lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines), cited)
    }

    /// The policy articles the store would choose for `topics` (``topics(for:)``) in `language`:
    /// per topic the article in that language, else in English, the lowest id first — what
    /// `StoreDataStore.grounding` selects in SQL, for measuring drafts offline without a database.
    public static func articles(from all: [KBArticle], topics: [String], language: String) -> [KBArticle] {
        topics.sorted().compactMap { topic in
            all.filter { $0.topic == topic && ($0.language == language || $0.language == "en") }
                .min { ($0.language == language ? 0 : 1, $0.id) < ($1.language == language ? 0 : 1, $1.id) }
        }
    }

    /// The canned reply the store would choose for a category in `language` (else English).
    public static func canned(from all: [CannedReply], category: TicketCategory, language: String) -> String? {
        let candidates = all.filter { $0.category == category.rawValue }
        return (candidates.first { $0.language == language } ?? candidates.first { $0.language == "en" })?.body
    }
}
