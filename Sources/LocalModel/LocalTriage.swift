import Domain

/// Rules-based ticket triage: the `local` provider's answer when no model is configured or reachable.
///
/// Every field comes from weighted keyword evidence (see `CategoryLexicon` and `SignalLexicon`) in English,
/// Spanish, German, French and Italian, matched accent- and case-insensitively with one-typo tolerance on
/// key words. Sentences that try to instruct an AI are set aside before scoring, so injected text cannot steer
/// the category or the priority; it only marks the ticket for a human.
public struct LocalTriage: Sendable {
    public init() {}

    /// Builds the keyword tables now rather than on the first ticket (a few milliseconds, once per process),
    /// so a server can pay that cost at start-up instead of on a customer's request.
    public static func prepare() {
        _ = LocalTriage().triage(subject: "warm-up", messages: ["where is my order 1042?"])
    }

    /// Triage of one ticket.
    /// - Parameters:
    ///   - subject: the ticket subject.
    ///   - messages: the customer's messages, oldest first (agent messages excluded by the caller).
    public func triage(subject: String, messages: [String]) -> TriageResult {
        let evidence = TicketEvidence(subject: subject, messages: messages)
        let category = evidence.category()
        let sentiment = evidence.sentiment()
        let escalation = evidence.humanReason()
        let priority = evidence.priority(category: category, sentiment: sentiment, escalation: escalation)
        return TriageResult(
            category: category, priority: priority, sentiment: sentiment, language: evidence.language.code,
            orderID: evidence.orderID, needsHuman: escalation.reason != nil,
            needsHumanReason: escalation.reason)
    }
}

/// Everything triage knows about a ticket after one tokenize-and-match pass per text.
struct TicketEvidence {
    /// Which part of the ticket a text is; the subject is a summary written by the customer, so it counts most
    /// for the category, and follow-ups count less because the topic is set by the first message.
    enum Role { case subject, first, followUp }

    struct Part {
        let role: Role
        let raw: String
        let analysis: TextAnalysis
        /// Sentences left out because they carry prompt-injection text.
        var excluded: Set<Int32>

        var categoryWeight: Float {
            switch role {
            case .subject: 1.8
            case .first: 1
            case .followUp: 0.5
            }
        }
    }

    let parts: [Part]
    let language: Language
    let injectionDetected: Bool
    /// The first order id in an explicit order context anywhere (subject first), else the first bare
    /// letter-prefixed id.
    let orderID: String?
    /// Negative and positive tone over the whole ticket (see `toneScores`).
    let tone: (negative: Float, positive: Float, shouting: Bool)

    init(subject: String, messages: [String]) {
        var parts: [Part] = []
        parts.reserveCapacity(messages.count + 1)
        if !subject.isEmpty {
            parts.append(Part(role: .subject, raw: subject, analysis: TextAnalysis(subject), excluded: []))
        }
        for (index, message) in messages.enumerated() {
            let cleaned = MessageCleaner.clean(message)
            parts.append(
                Part(
                    role: index == 0 ? .first : .followUp, raw: cleaned, analysis: TextAnalysis(cleaned),
                    excluded: []))
        }
        let injected = parts.contains {
            $0.analysis.injection().total >= TextAnalysis.injectionThreshold
        }
        if injected {
            for index in parts.indices { parts[index].excluded = parts[index].analysis.injectedSentences(force: true) }
        }
        var scores = LanguageVector(repeating: 0)
        for part in parts {
            // Subjects are often template text ("RE: Your order #1055"), so the body decides the language.
            let weight: Float = part.role == .subject && parts.count > 1 ? 0.5 : 1
            scores += LanguageDetector.scores(part.analysis.text) * weight
        }
        self.parts = parts
        self.language = LanguageDetector.decide(scores)
        self.injectionDetected = injected
        var weak: String?
        var strong: String?
        for part in parts {
            let found = OrderIDExtractor.scan(part.raw)
            if let id = found.strong {
                strong = id
                break
            }
            if weak == nil { weak = found.weak }
        }
        self.orderID = strong ?? weak
        self.tone = TicketEvidence.toneScores(parts, language: language)
    }

    /// Total and strongest weight of a signal feature over all parts, outside injected sentences.
    func evidence(_ feature: Feature) -> (total: Float, strongest: Float) {
        var total: Float = 0
        var strongest: Float = 0
        for part in parts {
            let found = part.analysis.evidence(feature, excluding: part.excluded, language: language)
            total += found.total
            strongest = max(strongest, found.strongest)
        }
        return (total, strongest)
    }

    func total(_ feature: Feature) -> Float {
        evidence(feature).total
    }

    // MARK: Category

    /// Category scores: each hit weighted by where it occurs and whether its language matches the ticket's, then
    /// summed with diminishing returns so one word repeated five times does not outvote three different clues.
    func categoryScores() -> [Float] {
        var weights = [[Float]](repeating: [], count: Feature.categoryCount)
        for part in parts {
            for hit in part.analysis.hits where hit.feature.rawValue < Feature.categoryCount {
                guard !hit.negated, !part.excluded.contains(hit.sentence) else { continue }
                let languageFactor: Float = hit.language == .any || hit.language == language ? 1 : 0.6
                weights[hit.feature.rawValue].append(hit.weight * part.categoryWeight * languageFactor)
            }
        }
        var scores = weights.map { list in
            var sum: Float = 0
            var factor: Float = 1
            for weight in list.sorted(by: >) {
                sum += weight * factor
                factor *= 0.6
            }
            return sum
        }
        // Weak priors that only settle otherwise unclear questions: a question about a numbered order is
        // usually about its status; a question without any order is usually pre-sale.
        if asksQuestion {
            if hasOrderID {
                scores[Feature.orderStatus.rawValue] += 1.5
            } else {
                scores[Feature.productQuestion.rawValue] += 1.2
            }
        }
        return scores
    }

    /// Some customer text contains a question mark.
    var asksQuestion: Bool {
        parts.contains { $0.role != .subject && $0.analysis.text.questionCount > 0 }
            || (parts.count == 1 && parts[0].analysis.text.questionCount > 0)
    }

    var hasOrderID: Bool { orderID != nil }

    /// Tie-break order: the more specific, more actionable category wins a draw.
    static let precedence: [TicketCategory] = [
        .accountAccess, .damagedOrWrongItem, .cancellation, .paymentBilling, .returnRefund, .shippingDelay,
        .orderStatus, .complaint, .productQuestion, .other,
    ]

    /// Below this nothing was really recognised and the ticket is `other` (or `complaint` if it is angry).
    static let minimumCategoryScore: Float = 1.5

    func category() -> TicketCategory {
        let scores = categoryScores()
        var best = TicketCategory.other
        var bestScore: Float = 0
        for category in TicketEvidence.precedence {
            let score = scores[Feature(category).rawValue]
            if score > bestScore + 0.01 {
                best = category
                bestScore = score
            }
        }
        if bestScore < TicketEvidence.minimumCategoryScore {
            return tone.negative >= 4 ? .complaint : .other
        }
        // A delay is a status question with evidence of lateness ("where is my parcel? it's been 3 weeks"):
        // the subject's "where is my order" should not outvote clear lateness in the body.
        let delay = scores[Feature.shippingDelay.rawValue]
        if best == .orderStatus && delay >= 3 && delay >= bestScore * 0.75 { return .shippingDelay }
        return best
    }

    // MARK: Sentiment

    /// Negative and positive tone. Negated positives ("not happy") count as negative; problem words and
    /// shouting tip the balance; emoji count a little.
    static func toneScores(_ parts: [Part], language: Language) -> (negative: Float, positive: Float, shouting: Bool) {
        var negative: Float = 0
        var positive: Float = 0
        var shouting = false
        for part in parts {
            let text = part.analysis.text
            for hit in part.analysis.hits where !part.excluded.contains(hit.sentence) && hit.applies(to: language) {
                switch hit.feature {
                case .negative where !hit.negated: negative += hit.weight
                case .positive: if hit.negated { negative += hit.weight } else { positive += hit.weight }
                case .mildNegative where !hit.negated: negative += hit.weight * 0.5
                default: break
                }
            }
            if part.role != .subject, text.letterCount >= 20, text.shoutRatio > 0.6 {
                shouting = true
                negative += 2
            }
            if text.exclamationCount + text.questionCount >= 4 && negative > 0 { negative += 0.5 }
            if text.emojiTone > 0 { positive += Float(min(text.emojiTone, 3)) * 0.5 }
            if text.emojiTone < 0 { negative += Float(min(-text.emojiTone, 3)) * 0.75 }
        }
        return (negative, positive, shouting)
    }

    func sentiment() -> TicketSentiment {
        if tone.negative >= 2 && tone.negative >= tone.positive + 1 { return .negative }
        if tone.positive >= 2 && tone.positive >= tone.negative + 1.5 { return .positive }
        return .neutral
    }

    // MARK: Needs a human

    /// Whether a person must handle the ticket, and why: "threat", "fraud", "legal" or "vip", most serious first.
    /// A prompt-injection attempt with no other reason is reported as "fraud": it is an attempt to manipulate
    /// the helpdesk, and automated replies to it should not go out unreviewed.
    ///
    /// Each reason needs enough total weight and at least one clear term, so a pile of weak hints ("my bank",
    /// "legal") does not escalate on its own.
    func humanReason() -> (reason: String?, injectionOnly: Bool) {
        let threat = evidence(.threat)
        if threat.total >= 3 && threat.strongest >= 2 { return ("threat", false) }
        let fraud = total(.fraud)
        let suspicious = total(.suspicious)
        if fraud >= 3 || suspicious >= 4 || (fraud >= 2 && suspicious >= 1.5) { return ("fraud", false) }
        let legal = evidence(.legal)
        if legal.total >= 3 && legal.strongest >= 2.5 { return ("legal", false) }
        let vip = evidence(.vip)
        if vip.total >= 3 && vip.strongest >= 2 { return ("vip", false) }
        if injectionDetected { return ("fraud", true) }
        return (nil, false)
    }

    // MARK: Priority

    /// Priority from the clean text only (injected sentences never raise it):
    /// urgent for legal threats, threats, fraud and safety hazards, or anger plus a deadline; high when the
    /// customer is upset and blocked; low for pre-sale questions, compliments and general information.
    func priority(
        category: TicketCategory, sentiment: TicketSentiment, escalation: (reason: String?, injectionOnly: Bool)
    ) -> TicketPriority {
        let reason = escalation.reason
        if let reason, reason != "vip", !escalation.injectionOnly { return .urgent }
        if total(.safety) >= 3 { return .urgent }
        let timeCritical = total(.urgency) >= 2
        let angry = tone.negative >= 6 || (tone.negative >= 3 && tone.shouting)
        if sentiment == .negative && angry && timeCritical { return .urgent }
        if reason == "vip" { return .high }
        let blocked = total(.blocker) >= 3
        switch category {
        case .accountAccess, .paymentBilling, .damagedOrWrongItem, .shippingDelay:
            if sentiment == .negative || blocked || timeCritical { return .high }
        case .complaint:
            if sentiment == .negative { return .high }
        case .returnRefund, .orderStatus, .cancellation:
            if sentiment == .negative && (blocked || timeCritical || angry) { return .high }
        case .productQuestion, .other:
            if sentiment != .negative { return .low }
        }
        return .normal
    }
}
