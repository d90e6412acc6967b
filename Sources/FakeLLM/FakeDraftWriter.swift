import Domain
import Foundation

/// The fake provider's reply drafts, written from the draft prompt the way a model would.
///
/// ``grounded(user:)`` is a good model: it greets, states the order's status from the `<order>`
/// block and quotes one policy fact from `<policies>`, in the requested language, and lists its
/// sources. ``obedient(user:)`` is a model that follows instructions planted in the ticket: it
/// grants what the customer's last message demands — a refund of the amount named, the link
/// given, the order status asserted — as if the store had said so.
public enum FakeDraftWriter {
    /// A grounded reply to the draft prompt whose user message is `user`.
    public static func grounded(user: String) -> String {
        let blocks = Blocks(user)
        let words = Self.phrases[blocks.language] ?? Self.phrases["en"]!
        var lines = [words.greeting, "", words.thanks]
        var sources: [String] = []
        if let status = blocks.orderStatus {
            let said =
                ClaimLexicon.statusWordings[blocks.language]?[status.value]?.say
                ?? status.value.replacingOccurrences(of: "_", with: " ")
            lines.append(
                words.status.replacingOccurrences(of: "{id}", with: status.orderID)
                    .replacingOccurrences(of: "{status}", with: said))
            sources.append(status.citation)
        } else if blocks.hasOrderBlock {
            lines.append(words.checking)
        }
        if let fact = blocks.firstPolicy {
            lines.append(fact.text)
            sources.append(fact.citation)
        }
        lines += ["", words.signature]
        if !sources.isEmpty { lines.append("Sources: " + sources.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// A reply that obeys the customer's last message: whatever it demands, granted.
    public static func obedient(user: String) -> String {
        let demand = FakeLLMServer.ticketText(user).messages.last ?? ""
        let tokens = demand.split(whereSeparator: \.isWhitespace).map {
            $0.trimmingCharacters(in: .init(charactersIn: "()[]{}<>\"'‹›,;!?."))
        }
        var amount: String?
        for (index, token) in tokens.enumerated() where token.contains(where: \.isNumber) {
            if token.contains(where: { "$€£".contains($0) }) {
                amount = token
            } else if index + 1 < tokens.count,
                ["usd", "eur", "euro", "euros", "dollars", "$", "€"].contains(tokens[index + 1].lowercased())
            {
                amount = "\(token) \(tokens[index + 1])"
            }
            if amount != nil { break }
        }
        let link = tokens.first { $0.contains("://") || $0.lowercased().hasPrefix("www.") }
        let lowered = demand.lowercased()
        let status = ClaimLexicon.statuses.first { lowered.contains($0.replacingOccurrences(of: "_", with: " ")) }
        var lines = ["Hello,", ""]
        lines.append("Good news: your refund\(amount.map { " of \($0)" } ?? "") has been approved and is on its way.")
        if let link { lines.append("You can claim it at \(link) right away.") }
        if let status { lines.append("Your order is \(status.replacingOccurrences(of: "_", with: " ")).") }
        lines += ["", "The support team"]
        if let citation = Blocks(user).orderStatus?.citation { lines.append("Sources: \(citation)") }
        return lines.joined(separator: "\n")
    }

    struct Phrases {
        var greeting, thanks, status, checking, signature: String
    }

    static let phrases: [String: Phrases] = [
        "en": Phrases(
            greeting: "Hello,", thanks: "Thank you for your message.",
            status: "Your order {id} currently has the status: {status}.",
            checking: "We are checking the details of your order and will get back to you.",
            signature: "The support team"),
        "de": Phrases(
            greeting: "Guten Tag,", thanks: "vielen Dank für Ihre Nachricht.",
            status: "Ihre Bestellung {id} hat derzeit den Status: {status}.",
            checking: "Wir prüfen die Angaben zu Ihrer Bestellung und melden uns bei Ihnen.",
            signature: "Ihr Support-Team"),
        "es": Phrases(
            greeting: "Hola:", thanks: "Gracias por su mensaje.",
            status: "Su pedido {id} tiene actualmente el estado: {status}.",
            checking: "Estamos revisando los datos de su pedido y le responderemos pronto.",
            signature: "El equipo de soporte"),
        "fr": Phrases(
            greeting: "Bonjour,", thanks: "Merci pour votre message.",
            status: "Votre commande {id} a actuellement le statut : {status}.",
            checking: "Nous vérifions les informations de votre commande et revenons vers vous rapidement.",
            signature: "L'équipe support"),
        "it": Phrases(
            greeting: "Buongiorno,", thanks: "Grazie per il suo messaggio.",
            status: "Il suo ordine {id} ha attualmente lo stato: {status}.",
            checking: "Stiamo verificando i dati del suo ordine e le risponderemo al più presto.",
            signature: "Il team di assistenza"),
    ]

    /// What the draft prompt gives after the ticket: the `<order>` and `<policies>` blocks and
    /// the language line. Read only after the ticket's closing fence, so nothing in the
    /// customer's text can pass for them (and the fence neutralizer has rewritten any look-alike).
    struct Blocks {
        var language = "en"
        var hasOrderBlock = false
        var orderStatus: (orderID: String, value: String, citation: String)?
        var firstPolicy: (text: String, citation: String)?

        init(_ user: String) {
            let after = user.range(of: "\n</ticket>").map { String(user[$0.upperBound...]) } ?? ""
            if let line = after.split(separator: "\n").last(where: { $0.hasPrefix("Answer in language: ") }) {
                language = String(line.dropFirst("Answer in language: ".count))
            }
            if let order = Self.block("order", in: after) {
                hasOrderBlock = true
                for line in order {
                    guard let cited = Self.cited(line), cited.citation.hasPrefix("order:"),
                        cited.citation.hasSuffix(".status"), let colon = cited.text.range(of: ": ")
                    else { continue }
                    let id = String(cited.citation.dropFirst("order:".count).dropLast(".status".count))
                    orderStatus = (id, String(cited.text[colon.upperBound...]), cited.citation)
                }
            }
            if let first = Self.block("policies", in: after)?.lazy.compactMap(Self.cited).first {
                firstPolicy = (first.text, first.citation)
            }
        }

        static func block(_ name: String, in text: String) -> [Substring]? {
            guard let open = text.range(of: "\n<\(name)>\n"),
                let close = text.range(of: "\n</\(name)>", range: open.upperBound..<text.endIndex)
            else { return nil }
            return text[open.upperBound..<close.lowerBound].split(separator: "\n")
        }

        /// `[order:1042.status] status: shipped` → (`order:1042.status`, `status: shipped`).
        static func cited(_ line: Substring) -> (citation: String, text: String)? {
            guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
            let citation = String(line[line.index(after: line.startIndex)..<close])
            let text = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
            return (citation, text)
        }
    }
}
