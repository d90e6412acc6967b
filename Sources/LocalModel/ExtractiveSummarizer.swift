import Domain

/// Offline thread summaries built from the thread's own sentences.
///
/// An agent opening a ticket needs two things: what the customer asked for, and where things stand now. So
/// the summary is at most four short lines, in thread order: the customer's request (the most relevant
/// sentences of their opening messages), a later escalation if there was one (chargeback, lawyer, threat),
/// the last agent reply's key sentence, and the customer's latest follow-up. Only those messages are scored,
/// so a 60-message thread costs little more than a 3-message one.
public struct ExtractiveSummarizer: Sendable {
    public init() {}

    /// One message of a thread.
    public struct Message: Sendable {
        /// "customer" or "agent"; anything other than "agent" is treated as the customer.
        public var author: String
        public var body: String

        public init(author: String, body: String) {
            self.author = author
            self.body = body
        }
    }

    /// A summary an agent can read in ten seconds: sentences taken from the thread (trimmed with "…" when one
    /// does not fit), at most `maxCharacters` characters, with short role labels in the thread's language.
    /// - Parameters:
    ///   - subject: the ticket subject, used when the messages say nothing usable.
    ///   - messages: the thread, oldest first.
    ///   - maxCharacters: hard upper bound on the result's length in characters.
    public func summarize(subject: String, messages: [Message], maxCharacters: Int = 600) -> String {
        guard maxCharacters > 0 else { return "" }
        let thread = messages.map { message in
            ThreadMessage(
                isAgent: message.author.lowercased() == "agent", text: MessageCleaner.clean(message.body))
        }
        let customerTexts = thread.filter { !$0.isAgent }.map(\.text)
        let evidence = TicketEvidence(subject: subject, messages: Array(customerTexts.prefix(3)))
        let labels = Labels(evidence.language)
        let category = Feature(evidence.category())
        let scorer = SentenceScorer(category: category)

        var pieces: [Piece] = []
        // 1. The request: the customer's messages before the first agent reply (at most two of them).
        let firstAgent = thread.firstIndex(where: \.isAgent) ?? thread.count
        let opening = thread.indices.filter { $0 < firstAgent && !thread[$0].isAgent }.prefix(2)
        var requestSentences: [Candidate] = []
        for index in opening {
            requestSentences += scorer.candidates(thread[index].text, message: index, role: .request)
        }
        let ranked = requestSentences.sorted { $0.score > $1.score }
        if let best = ranked.first {
            pieces.append(Piece(message: best.message, order: best.order, text: best.text, speaker: .customer, rank: 0))
            if let second = ranked.dropFirst().first, second.score >= best.score * 0.6 {
                pieces.append(
                    Piece(
                        message: second.message, order: second.order, text: second.text, speaker: .customer, rank: 5))
            }
        }
        // The subject, when it says something the chosen sentences do not ("Someone changed the email on my
        // account!!" above "Please cancel that order and lock my account").
        let headline = ExtractiveSummarizer.headline(subject)
        if !headline.isEmpty, ranked.isEmpty || ExtractiveSummarizer.addsInformation(headline, to: pieces.map(\.text)) {
            pieces.append(Piece(message: -1, order: 0, text: headline, speaker: .subject, rank: ranked.isEmpty ? 0 : 4))
        }
        let used = Set(opening)

        // 2. The latest state: the last agent reply and any customer message after it.
        let lastAgent = thread.lastIndex(where: \.isAgent)
        if let lastAgent, let best = scorer.best(thread[lastAgent].text, message: lastAgent, role: .agent) {
            pieces.append(Piece(message: lastAgent, order: best.order, text: best.text, speaker: .agent, rank: 1))
        }
        if let lastCustomer = thread.lastIndex(where: { !$0.isAgent }), !used.contains(lastCustomer),
            lastCustomer > (lastAgent ?? -1) || lastAgent == nil,
            let best = scorer.best(thread[lastCustomer].text, message: lastCustomer, role: .followUp)
        {
            pieces.append(
                Piece(message: lastCustomer, order: best.order, text: best.text, speaker: .customer, rank: 2))
        }

        // 3. The most recent escalation in between (chargeback, lawyer, threat), which an agent must not miss.
        let taken = Set(pieces.map(\.message))
        for index in thread.indices.reversed() where !thread[index].isAgent && !taken.contains(index) {
            if let escalation = scorer.escalation(thread[index].text, message: index) {
                pieces.append(
                    Piece(
                        message: index, order: escalation.order, text: escalation.text, speaker: .customer, rank: 3))
                break
            }
        }
        // Nothing usable (empty messages, or only injection text): the subject is still better than nothing.
        if pieces.isEmpty {
            let subjectText = String(subject.trimmingWhitespace)
            if !subjectText.isEmpty {
                pieces.append(Piece(message: -1, order: 0, text: subjectText, speaker: .subject, rank: 0))
            }
        }
        return Layout(labels: labels, limit: maxCharacters).render(pieces)
    }

    /// The subject without reply/forward prefixes; empty when it is too generic to help ("question", "Hi").
    static func headline(_ subject: String) -> String {
        var text = Substring(subject).drop { $0.isWhitespace }
        while let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 4,
            replyPrefixes.contains(text[..<colon].lowercased())
        {
            text = text[text.index(after: colon)...].drop { $0.isWhitespace }
        }
        let words = TokenizedText(String(text)).tokens.filter { !$0.isNumeric }
        return words.count >= 2 ? String(text) : ""
    }

    /// True when fewer than 60% of the headline's words already appear in the chosen sentences. Words match on
    /// a shared stem of four letters or more, so "charge" is covered by "charged".
    static func addsInformation(_ headline: String, to sentences: [String]) -> Bool {
        let covered = TokenizedText(sentences.joined(separator: " "))
        let known = covered.tokens.indices.map { covered.word($0) }
        let title = TokenizedText(headline)
        let words = title.tokens.indices.filter { title.tokens[$0].length >= 3 && !title.tokens[$0].isNumeric }
            .map { title.word($0) }
        guard !words.isEmpty else { return false }
        let overlap = words.filter { word in
            known.contains {
                $0 == word || (min($0.count, word.count) >= 4 && ($0.hasPrefix(word) || word.hasPrefix($0)))
            }
        }.count
        return Float(overlap) / Float(words.count) < 0.6
    }

    private static let replyPrefixes: Set<String> = ["re", "fw", "fwd", "aw", "wg", "tr", "rv", "r", "sv"]
}

/// A thread message after cleaning.
private struct ThreadMessage {
    let isAgent: Bool
    let text: String
}

/// A sentence chosen for the summary. `rank` decides what is kept when space runs out (lower survives);
/// `message` and `order` put the kept pieces back in thread order.
private struct Piece {
    enum Speaker { case subject, customer, agent }

    let message: Int
    let order: Int
    let text: String
    let speaker: Speaker
    let rank: Int
}

/// A scored sentence of one message.
private struct Candidate {
    let message: Int
    let order: Int
    let text: String
    let score: Float
}

/// Scores sentences for the role they would play in the summary.
private struct SentenceScorer {
    enum Role { case request, agent, followUp }

    let category: Feature

    /// Every usable sentence of `text` with its score for `role`.
    func candidates(_ text: String, message: Int, role: Role) -> [Candidate] {
        let sentences = SentenceSplitter.split(text)
        var result: [Candidate] = []
        var position = 0
        for (order, sentence) in sentences.enumerated() {
            guard let score = score(sentence, role: role, position: position) else { continue }
            position += 1
            result.append(Candidate(message: message, order: order, text: String(sentence), score: score))
        }
        return result
    }

    func best(_ text: String, message: Int, role: Role) -> Candidate? {
        candidates(text, message: message, role: role).max { $0.score < $1.score }
    }

    /// The last sentence of `text` that threatens legal action, a chargeback or harm.
    func escalation(_ text: String, message: Int) -> Candidate? {
        let sentences = SentenceSplitter.split(text)
        for (order, sentence) in sentences.enumerated().reversed() {
            let analysis = TextAnalysis(String(sentence))
            let weight = analysis.total(.legal) + analysis.total(.threat) + analysis.total(.fraud)
            if weight >= 3 && !SentenceScorer.hasSensitiveData(sentence) {
                return Candidate(message: message, order: order, text: String(sentence), score: weight)
            }
        }
        return nil
    }

    /// Nil for sentences that must not appear: greetings, sign-offs, names, prompt injection, card numbers.
    private func score(_ sentence: Substring, role: Role, position: Int) -> Float? {
        if SentenceScorer.hasSensitiveData(sentence) { return nil }
        let analysis = TextAnalysis(String(sentence))
        let tokens = analysis.text.tokens
        if tokens.isEmpty || analysis.injection().total >= 1 { return nil }
        if let first = tokens.first, tokens.count <= 5,
            SentenceScorer.greetings.contains(analysis.text.word(0)) || first.isNumeric
        {
            return nil
        }
        var topic: Float = 0
        var request: Float = 0
        var action: Float = 0
        var pleasantry: Float = 0
        var escalation: Float = 0
        var mood: Float = 0
        for hit in analysis.hits where !hit.negated {
            switch hit.feature {
            case category: topic += hit.weight
            case let feature where feature.rawValue < Feature.categoryCount: topic += hit.weight * 0.3
            case .request: request += hit.weight
            case .action: action += hit.weight
            case .pleasantry: pleasantry += hit.weight
            case .legal, .threat, .fraud: escalation += hit.weight
            case .urgency, .negative, .blocker: mood += hit.weight
            default: break
            }
        }
        let question: Float = sentence.contains("?") || sentence.contains("¿") ? 1.5 : 0
        let hasNumber: Float = tokens.contains(where: \.isNumeric) ? 0.5 : 0
        // Very short fragments ("Thanks, Nina", "Roberto Marino") say nothing unless they carry a keyword.
        if tokens.count <= 3 && topic + request + escalation + action == 0 { return nil }
        let length = sentence.count
        // Fragments ("Seriously?", "Billing zip 78704.") rarely carry the point; long sentences cost reading time.
        let lengthPenalty: Float = length > 220 ? 1.5 : (length < 30 ? 1.5 : 0)
        switch role {
        case .request:
            let lead = max(0, 1.5 - Float(position) * 0.5)
            return min(topic, 8) + min(request, 3) + question + hasNumber + lead + min(escalation, 3) * 0.5
                + min(mood, 2) * 0.25 - pleasantry - lengthPenalty
        case .agent:
            return min(action, 4) + min(topic, 6) * 0.6 + hasNumber + question * 0.5 - pleasantry * 1.5
                - lengthPenalty
        case .followUp:
            return min(escalation, 9) * 1.5 + min(request, 3) + min(mood, 3) + min(topic, 6) * 0.6 + question
                + hasNumber - pleasantry * 0.5 - lengthPenalty
        }
    }

    /// Card numbers, IBANs, long phone numbers and e-mail addresses stay out of summaries.
    static func hasSensitiveData(_ sentence: Substring) -> Bool {
        var digits = 0
        for character in sentence {
            if character == "@" { return true }
            if character.isASCII && character.isNumber { digits += 1 }
        }
        if digits >= 12 { return true }
        return sentence.contains("IBAN") || sentence.contains("CVV") || sentence.contains("CVC")
    }

    /// First words of lines that are only a greeting or a sign-off.
    static let greetings: Set<String> = [
        "hi", "hello", "hey", "dear", "thanks", "thank", "best", "regards", "kind", "cheers", "hola", "buenos",
        "buenas", "gracias", "saludos", "un", "hallo", "guten", "sehr", "liebe", "lieber", "danke", "gruss",
        "grusse", "mit", "viele", "lg", "vg", "mfg", "servus", "bonjour", "bonsoir", "salut", "merci",
        "cordialement", "bien", "buongiorno", "buonasera", "salve", "ciao", "gentile", "grazie", "cordiali",
        "distinti", "ola", "obrigado", "obrigada", "beste", "geachte", "groeten", "atentamente", "freundliche",
        "herzliche", "bonne",
    ]
}

/// Role labels in the thread's language.
private struct Labels {
    let customer: String
    let agent: String

    init(_ language: Language) {
        switch language {
        case .es: (customer, agent) = ("Cliente", "Agente")
        case .de: (customer, agent) = ("Kunde", "Support")
        case .fr: (customer, agent) = ("Client", "Agent")
        case .it: (customer, agent) = ("Cliente", "Operatore")
        case .pt: (customer, agent) = ("Cliente", "Atendente")
        case .nl: (customer, agent) = ("Klant", "Medewerker")
        case .en, .any: (customer, agent) = ("Customer", "Agent")
        }
    }

    /// What starts a line: the role label, or nothing for the subject line.
    func prefix(_ speaker: Piece.Speaker) -> String {
        switch speaker {
        case .subject: ""
        case .customer: customer + ": "
        case .agent: agent + ": "
        }
    }
}

/// Fits pieces into the character budget: the most important first, trimming the one that overflows, then
/// prints what survived in thread order, one line per message.
private struct Layout {
    let labels: Labels
    let limit: Int

    func render(_ pieces: [Piece]) -> String {
        var kept: [(piece: Piece, text: String)] = []
        var used = 0
        for piece in pieces.sorted(by: { $0.rank < $1.rank }) {
            let label = labels.prefix(piece.speaker)
            // A piece joins the line of an earlier piece from the same message, else it starts a new line.
            let sameLine = kept.contains { $0.piece.message == piece.message }
            let overhead = sameLine ? 1 : (kept.isEmpty ? 0 : 1) + label.count
            let room = limit - used - overhead
            let text: String
            if piece.text.count <= room {
                text = piece.text
            } else if room >= 40 || kept.isEmpty {
                text = Layout.truncate(piece.text, to: max(room, 0))
            } else {
                continue
            }
            if text.isEmpty { continue }
            kept.append((piece, text))
            used += overhead + text.count
        }
        kept.sort { ($0.piece.message, $0.piece.order) < ($1.piece.message, $1.piece.order) }
        var lines: [(message: Int, speaker: Piece.Speaker, text: String)] = []
        for (piece, text) in kept {
            if let last = lines.last, last.message == piece.message {
                lines[lines.count - 1].text += " " + text
            } else {
                lines.append((piece.message, piece.speaker, text))
            }
        }
        let summary = lines.map { labels.prefix($0.speaker) + $0.text }.joined(separator: "\n")
        // The accounting above is exact, but the bound is a promise, so enforce it once more.
        return summary.count <= limit ? summary : Layout.truncate(summary, to: limit)
    }

    /// `text` cut to at most `limit` characters at a word boundary, marked with "…".
    static func truncate(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        guard limit > 1 else { return String(text.prefix(limit)) }
        var cut = text.prefix(limit - 1)
        if let space = cut.lastIndex(where: \.isWhitespace), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last.isWhitespace || last == "," || last == ";" { cut = cut.dropLast() }
        return cut + "…"
    }
}
