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
    /// "I ordered …" and "I got / you sent me …" in one message: what arrived is not what was ordered.
    case orderedClaim, receivedClaim
    /// The underlying problem is already fixed ("it finally arrived", "refund came through"): with complaint
    /// words, the ticket is about the service itself (tie-break T6).
    case resolved
    /// The order has already left ("already shipped", "ya ha salido"): cancelling it is no longer urgent.
    case shipped
    /// A recurring subscription, not an order (Sock Club, "abonnement").
    case subscription
    /// The customer closes the thread ("all sorted, thanks") or says they need nothing ("no need to reply").
    case closing, asksNothing
    /// Third or later contact about the same issue, or messages left unanswered.
    case repeatContact
    /// A deadline within 48 hours ("tomorrow", "tonight") and what depends on it (a trip, a gift, "I need it").
    case soon, need
    /// A deadline later this week ("by Friday", "this weekend").
    case thisWeek
    /// The parcel is lost or marked delivered but not received.
    case lost
    /// Money taken for nothing: a duplicate charge, or charged while the order failed or is unconfirmed.
    case wrongCharge
    /// The customer cannot get into the account at all.
    case lockedOut
    /// The refund itself is the subject ("refund", "Erstattung"), as opposed to a return label or an exchange.
    case refundWord
    /// The customer's own choice does not suit: fit, taste, change of mind (the converse of tie-break T3).
    case choice
    /// A change to an order in progress: its delivery address or its contents (tie-break T9, priority H5).
    case orderChange
    /// Someone claims an institution's authority ("security audit", "compliance department") to obtain data.
    case authority
    /// The customer's own ordering mistake ("I entered the wrong size", "je me suis trompée de couleur"): a size
    /// or colour they picked themselves is not a wrong item sent by the shop (T3).
    case ownMistake

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
