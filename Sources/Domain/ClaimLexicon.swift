/// The words that make a sentence of a reply a claim about an order, in the five supported
/// languages (en, de, es, fr, it). Data only: `DraftClaims` (Pipeline) matches it against model
/// drafts, `DraftGrounding` fills canned replies with ``StatusWording/say``, the fake provider
/// writes its answers with it, and `ClaimLexiconTests` rejects duplicates and conflicts.
///
/// Kept as one Swift table rather than a bundle resource: `supportbot` ships as a single binary,
/// and a resource bundle would have to travel next to it on every deployment.
///
/// Phrases are written folded (lower case, no accents, as ``SearchFold`` folds; one space between
/// words, apostrophes and hyphens as spaces). In claim phrases `*` stands for up to four words, so
/// "refund * approved" matches "refund of $480 has been approved".
public enum ClaimLexicon {
    /// The order statuses of the store's data (fixtures/orders.jsonl).
    public static let statuses = [
        "processing", "shipped", "out_for_delivery", "delayed", "delivered", "returned", "refunded", "cancelled",
    ]

    /// How replies say a status, and the forms that count as stating it.
    public struct StatusWording: Sendable, Equatable {
        /// What filled replies say (with accents).
        public var say: String
        /// Forms that, in a draft, state this status (folded). Not always `say`: Italian "reso" is
        /// also the noun "return", so only "stato reso" counts.
        public var recognize: [String]

        public init(say: String, recognize: [String]) {
            self.say = say
            self.recognize = recognize
        }
    }

    /// Per language, per status.
    public static let statusWordings: [String: [String: StatusWording]] = [
        "en": [
            "processing": .init(say: "processing", recognize: ["processing", "being processed"]),
            "shipped": .init(say: "shipped", recognize: ["shipped", "dispatched"]),
            "out_for_delivery": .init(say: "out for delivery", recognize: ["out for delivery"]),
            "delayed": .init(say: "delayed", recognize: ["delayed"]),
            "delivered": .init(say: "delivered", recognize: ["delivered"]),
            "returned": .init(say: "returned", recognize: ["returned"]),
            "refunded": .init(say: "refunded", recognize: ["refunded"]),
            "cancelled": .init(say: "cancelled", recognize: ["cancelled", "canceled"]),
        ],
        "de": [
            "processing": .init(say: "in Bearbeitung", recognize: ["in bearbeitung"]),
            "shipped": .init(say: "versandt", recognize: ["versandt", "verschickt", "versendet"]),
            "out_for_delivery": .init(say: "in Zustellung", recognize: ["in zustellung"]),
            "delayed": .init(say: "verspätet", recognize: ["verspatet", "verzogert"]),
            "delivered": .init(say: "zugestellt", recognize: ["zugestellt", "geliefert"]),
            "returned": .init(say: "zurückgesandt", recognize: ["zuruckgesandt", "zuruckgeschickt"]),
            "refunded": .init(say: "erstattet", recognize: ["erstattet", "ruckerstattet"]),
            "cancelled": .init(say: "storniert", recognize: ["storniert"]),
        ],
        "es": [
            "processing": .init(say: "en preparación", recognize: ["en preparacion"]),
            "shipped": .init(say: "enviado", recognize: ["enviado", "enviada"]),
            "out_for_delivery": .init(say: "en reparto", recognize: ["en reparto"]),
            "delayed": .init(say: "retrasado", recognize: ["retrasado", "retrasada"]),
            "delivered": .init(say: "entregado", recognize: ["entregado", "entregada"]),
            "returned": .init(say: "devuelto", recognize: ["devuelto", "devuelta"]),
            "refunded": .init(say: "reembolsado", recognize: ["reembolsado", "reembolsada"]),
            "cancelled": .init(say: "cancelado", recognize: ["cancelado", "cancelada", "anulado", "anulada"]),
        ],
        "fr": [
            "processing": .init(say: "en préparation", recognize: ["en preparation"]),
            "shipped": .init(say: "expédiée", recognize: ["expediee", "expedie"]),
            "out_for_delivery": .init(say: "en cours de livraison", recognize: ["en cours de livraison"]),
            "delayed": .init(say: "retardée", recognize: ["retardee", "retarde"]),
            "delivered": .init(say: "livrée", recognize: ["livree", "livre"]),
            "returned": .init(say: "retournée", recognize: ["retournee"]),
            "refunded": .init(say: "remboursée", recognize: ["remboursee"]),
            "cancelled": .init(say: "annulée", recognize: ["annulee"]),
        ],
        "it": [
            "processing": .init(say: "in preparazione", recognize: ["in preparazione", "in lavorazione"]),
            "shipped": .init(say: "spedito", recognize: ["spedito", "spedita"]),
            "out_for_delivery": .init(say: "in consegna", recognize: ["in consegna"]),
            "delayed": .init(say: "in ritardo", recognize: ["in ritardo"]),
            "delivered": .init(say: "consegnato", recognize: ["consegnato", "consegnata"]),
            "returned": .init(say: "reso", recognize: ["stato reso", "stata resa", "restituito", "restituita"]),
            "refunded": .init(say: "rimborsato", recognize: ["rimborsato", "rimborsata"]),
            "cancelled": .init(say: "annullato", recognize: ["annullato", "annullata"]),
        ],
    ]

    /// The statuses a record's status makes true as well: a delivered order was shipped, a
    /// refunded one was returned. A draft may state any of them.
    public static let impliedStatuses: [String: [String]] = [
        "processing": ["processing"],
        "shipped": ["shipped"],
        "out_for_delivery": ["out_for_delivery", "shipped"],
        "delayed": ["delayed", "shipped"],
        "delivered": ["delivered", "shipped"],
        "returned": ["returned", "delivered", "shipped"],
        "refunded": ["refunded", "returned", "delivered", "shipped"],
        "cancelled": ["cancelled"],
    ]

    /// Statuses under which a draft may say a refund is granted, issued or on its way: refunded,
    /// or returned (the refunds policy then promises one).
    public static let refundStatuses = ["refunded", "returned"]
    /// Statuses under which a draft may say the order is or will be cancelled.
    public static let cancellationStatuses = ["cancelled"]

    /// Phrases that grant, confirm or promise a refund, per language.
    public static let refundClaims: [String: [String]] = [
        "en": [
            "refund * approved", "refund * issued", "refund * processed", "refund * granted", "refund * confirmed",
            "refund * completed", "refund * on its way", "refund * sent", "approved * refund", "issued * refund",
            "processed * refund", "granted * refund", "confirmed * refund", "will issue * refund",
            "will process * refund", "will receive * refund", "will get * refund", "have refunded", "has refunded",
            "ve refunded", "we refunded", "been refunded", "will refund", "will be refunded", "are refunding",
        ],
        "de": [
            "erstattung * genehmigt", "erstattung * veranlasst", "erstattung * bearbeitet", "erstattung * bestatigt",
            "erstattung * angewiesen", "erstattung * ausgelost", "ruckerstattung * genehmigt",
            "ruckerstattung * veranlasst", "ruckerstattung * bearbeitet", "ruckerstattung * bestatigt",
            "ruckerstattung * angewiesen", "ruckerstattung * ausgelost", "wurde * erstattet", "haben * erstattet",
            "wird * erstattet", "werden * erstattet", "erstatten wir", "werden * erstatten", "wurde * gutgeschrieben",
            "wird * gutgeschrieben",
        ],
        "es": [
            "reembolso * aprobado", "reembolso * procesado", "reembolso * emitido", "reembolso * confirmado",
            "reembolso * realizado", "reembolso * tramitado", "aprobado * reembolso", "tramitado * reembolso",
            "hemos reembolsado", "ha sido reembolsado", "sera reembolsado", "le reembolsaremos", "reembolsaremos",
            "recibira * reembolso",
        ],
        "fr": [
            "remboursement * approuve", "remboursement * valide", "remboursement * effectue",
            "remboursement * accepte", "remboursement * confirme", "remboursement * emis", "remboursement * traite",
            "avons rembourse", "a ete rembourse", "ete remboursee", "sera rembourse", "serez rembourse",
            "rembourserons", "recevrez * remboursement",
        ],
        "it": [
            "rimborso * approvato", "rimborso * emesso", "rimborso * elaborato", "rimborso * confermato",
            "rimborso * effettuato", "rimborso * disposto", "abbiamo rimborsato", "stato rimborsato",
            "stata rimborsata", "sara rimborsato", "rimborseremo", "ricevera * rimborso",
        ],
    ]

    /// Phrases that confirm or promise a cancellation, per language.
    public static let cancellationClaims: [String: [String]] = [
        "en": [
            "have cancelled", "has cancelled", "ve cancelled", "we cancelled", "been cancelled", "will cancel",
            "will be cancelled", "have canceled", "has canceled", "ve canceled", "we canceled", "been canceled",
            "will be canceled", "cancellation * confirmed", "cancellation * processed", "cancellation * approved",
            "confirmed * cancellation", "processed * cancellation", "approved * cancellation",
        ],
        "de": [
            "wurde * storniert", "haben * storniert", "wird * storniert", "werden * stornieren", "stornieren wir",
            "stornierung * bestatigt", "stornierung * bearbeitet", "stornierung * durchgefuhrt",
        ],
        "es": [
            "hemos cancelado", "ha sido cancelado", "ha sido cancelada", "sera cancelado", "cancelaremos",
            "cancelacion * confirmada", "cancelacion * procesada", "cancelacion * tramitada", "hemos anulado",
        ],
        "fr": [
            "avons annule", "a ete annulee", "a ete annule", "sera annulee", "annulerons", "annulation * confirmee",
            "annulation * effectuee", "annulation * validee", "annulation * traitee",
        ],
        "it": [
            "abbiamo annullato", "stato annullato", "stata annullata", "sara annullato", "annulleremo",
            "annullamento * confermato", "annullamento * effettuato", "cancellazione * confermata",
            "abbiamo cancellato", "stato cancellato",
        ],
    ]

    /// Words that make a status or claim phrase no claim when they stand inside it or at most four
    /// words before it, in the same clause: negations ("nothing has been cancelled yet", "it can't
    /// be cancelled") and conditions ("whether the cancellation went through"). A comma ends the
    /// clause, so "No problem, your refund has been approved" is still a claim.
    public static let qualifiers: [String: [String]] = [
        "en": ["not", "t", "never", "no", "nothing", "cannot", "nor", "if", "whether", "unless", "until", "once"],
        "de": ["nicht", "nichts", "kein", "keine", "keinen", "nie", "niemals", "ob", "wenn", "falls", "sobald", "bis"],
        "es": ["no", "nada", "nunca", "ni", "tampoco", "si", "cuando", "hasta"],
        "fr": ["ne", "n", "pas", "rien", "jamais", "aucun", "aucune", "si", "lorsque", "quand", "tant"],
        "it": ["non", "nulla", "niente", "mai", "nessun", "nessuna", "qualora", "finche", "quando"],
    ]

    /// Currency symbols and words (folded) that make a number next to them an amount of money.
    public static let currencies = [
        "€", "$", "£", "us$", "eur", "usd", "gbp", "chf", "euro", "euros", "dollar", "dollars", "dolar", "dolares",
        "dollaro", "dollari",
    ]

    /// Top-level domains that make a bare `name.tld` in a draft a link; a host with a path
    /// (`name.anything/…`) or a scheme counts whatever its ending.
    public static let linkDomains = [
        "com", "org", "net", "io", "co", "info", "biz", "shop", "store", "online", "site", "app", "link", "ly", "me",
        "eu", "de", "es", "fr", "it", "uk", "ch", "at", "nl", "be", "pt", "us", "example",
    ]
}
