import Domain

/// What a lexicon term is evidence for. The first ten mirror `TicketCategory`; the rest feed sentiment,
/// priority, the needs-a-human flags and the summarizer.
enum Feature: Int, Sendable, CaseIterable {
    case orderStatus, shippingDelay, returnRefund, cancellation, paymentBilling
    case productQuestion, damagedOrWrongItem, accountAccess, complaint, other
    /// Emotional tone words ("ridiculous", "pésimo") and their opposites ("love", "perfetto").
    case negative, positive
    /// A problem word that is unpleasant but not angry ("broken", "late"): tips neutral text towards negative.
    case mildNegative
    /// Reasons for `needsHuman`. `suspicious` is a weak fraud signal (address change, "other card") that only
    /// counts when several occur together.
    case legal, threat, fraud, suspicious, vip
    /// Prompt-injection phrasing ("ignore previous instructions", "you are now DAN").
    case injection
    /// Physical danger: fire, smoke, electric shock, injury.
    case safety
    /// Time pressure ("today", "asap", "sofort").
    case urgency
    /// The customer cannot proceed: locked out, charged twice, item unusable.
    case blocker
    /// Sentence asks for something ("could you", "por favor", "bitte"): used to pick summary sentences.
    case request
    /// Agent boilerplate ("sorry for the trouble", "vielen Dank für Ihre Geduld"): skipped in summaries.
    case pleasantry
    /// Agent reports an action or a fact ("I've refunded", "hemos enviado"): preferred in summaries.
    case action

    static let categoryCount = 10

    /// The category this feature scores, if it is one of the ten category features.
    var category: TicketCategory? {
        switch self {
        case .orderStatus: .orderStatus
        case .shippingDelay: .shippingDelay
        case .returnRefund: .returnRefund
        case .cancellation: .cancellation
        case .paymentBilling: .paymentBilling
        case .productQuestion: .productQuestion
        case .damagedOrWrongItem: .damagedOrWrongItem
        case .accountAccess: .accountAccess
        case .complaint: .complaint
        case .other: .other
        default: nil
        }
    }

    init(_ category: TicketCategory) {
        switch category {
        case .orderStatus: self = .orderStatus
        case .shippingDelay: self = .shippingDelay
        case .returnRefund: self = .returnRefund
        case .cancellation: self = .cancellation
        case .paymentBilling: self = .paymentBilling
        case .productQuestion: self = .productQuestion
        case .damagedOrWrongItem: self = .damagedOrWrongItem
        case .accountAccess: self = .accountAccess
        case .complaint: self = .complaint
        case .other: self = .other
        }
    }
}

/// A batch of lexicon patterns that share a feature, a language and a weight.
///
/// Pattern syntax, chosen so the word lists read like the text they match:
/// - words are separated by spaces and written naturally; accents and case are folded when the lexicon is built;
/// - `word*` matches any word starting with `word` (stems: `refund*` matches refunded, refunds);
/// - `_` matches exactly one arbitrary word (`change _ address`);
/// - a leading `!` makes the pattern negatable: "don't cancel" does not count as cancellation evidence, and a
///   negated positive word ("not happy") counts as negative;
/// - a trailing `~` allows one typo (insertion, deletion, substitution or swap) on single words of five or more
///   letters ("retrun", "pasword"). Only marked words get this, because fuzzy matching common words misfires.
struct TermGroup: Sendable {
    let feature: Feature
    let language: Language
    let weight: Float
    let patterns: [String]

    init(_ feature: Feature, _ language: Language, _ weight: Float, _ patterns: String...) {
        self.init(feature, language, weight, patterns)
    }

    init(_ feature: Feature, _ language: Language, _ weight: Float, _ patterns: [String]) {
        self.feature = feature
        self.language = language
        self.weight = weight
        self.patterns = patterns
    }
}
