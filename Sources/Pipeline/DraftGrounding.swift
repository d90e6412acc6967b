import Domain
import Foundation
import LocalModel

/// What a draft may rest on: the customer's own order, policy articles for the ticket's category,
/// and the canned reply. Pure: the handler loads the data, this decides what may be used and
/// renders it, with a citation for every fact (`order:<id>.<field>`, `policy:<article id>`).
public struct DraftGrounding: Sendable {
    /// The order, only when it belongs to the ticket's customer: another customer's order is
    /// never shown to a model or quoted in a reply.
    public let order: OrderRecord?
    /// The ticket names an order the tenant has, but for another email address.
    public let orderWithheld: Bool
    /// The order id the ticket mentions (from triage or the ticket), if any.
    public let orderID: String?
    public let articles: [KBArticle]
    public let canned: String?

    public init(order: OrderRecord?, orderID: String?, customerEmail: String, articles: [KBArticle], canned: String?) {
        let owned = order.map { $0.customerEmail.lowercased() == customerEmail.lowercased() } ?? false
        self.order = owned ? order : nil
        self.orderWithheld = order != nil && !owned
        self.orderID = orderID
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

    /// Order statuses (fixtures/orders.jsonl) in the reply's language.
    static let statusWords: [String: [String: String]] = [
        "es": [
            "processing": "en preparación", "shipped": "enviado", "out_for_delivery": "en reparto",
            "delivered": "entregado", "delayed": "retrasado", "cancelled": "cancelado", "returned": "devuelto",
            "refunded": "reembolsado",
        ],
        "de": [
            "processing": "in Bearbeitung", "shipped": "versandt", "out_for_delivery": "in Zustellung",
            "delivered": "zugestellt", "delayed": "verspätet", "cancelled": "storniert", "returned": "zurückgesandt",
            "refunded": "erstattet",
        ],
        "fr": [
            "processing": "en préparation", "shipped": "expédiée", "out_for_delivery": "en cours de livraison",
            "delivered": "livrée", "delayed": "retardée", "cancelled": "annulée", "returned": "retournée",
            "refunded": "remboursée",
        ],
        "it": [
            "processing": "in preparazione", "shipped": "spedito", "out_for_delivery": "in consegna",
            "delivered": "consegnato", "delayed": "in ritardo", "cancelled": "annullato", "returned": "reso",
            "refunded": "rimborsato",
        ],
    ]

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

    /// Why a model's reply may not reach an agent as a draft, or nil when it may. The prompt gives
    /// the model only this customer's order and the policies, so a reply naming another order or
    /// an email address the policies do not contain came from the ticket's text obeying an
    /// injection, or was invented; either way it is replaced by the canned reply.
    public func problem(inModelReply reply: String) -> String? {
        // The extractor yields the first id of a text: blank each allowed one out and look again.
        var rest = reply
        for _ in 0..<20 {
            guard let mentioned = OrderIDExtractor().extract(from: rest) else { break }
            guard let own = orderID, mentioned.lowercased() == own.lowercased(),
                let range = rest.range(of: mentioned, options: .caseInsensitive)
            else { return "the reply names an order that is not this ticket's" }
            rest.replaceSubrange(range, with: "")
        }
        let known = Set(articles.flatMap(\.facts).flatMap(Self.emailAddresses))
        if Self.emailAddresses(in: reply).contains(where: { !known.contains($0) }) {
            return "the reply contains an email address the store data does not"
        }
        return nil
    }

    /// Email-like tokens, lowercased, without surrounding punctuation.
    static func emailAddresses(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || "<>()[],;\"'".contains($0) }).compactMap { token in
            let trimmed = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:!?"))
            guard let at = trimmed.firstIndex(of: "@"), trimmed[trimmed.index(after: at)...].contains("."),
                at != trimmed.startIndex
            else { return nil }
            return trimmed.lowercased()
        }
    }
}
