import Domain
import Pipeline
import Testing

/// Each kind of claim, grounded and not, in the five languages where words decide.
@Suite("Draft claims")
struct DraftClaimsTests {
    static func order(_ status: String) -> OrderRecord {
        OrderRecord(
            orderID: "1042", customerEmail: "ana@example.com", status: status, carrier: "DHL",
            trackingNumber: "JJD0003900078", estimatedDelivery: "2026-11-19")
    }
    static let policies = [
        KBArticle(
            id: "returns", topic: "returns", language: "en", title: "Returns", body: "…",
            facts: [
                "For EU orders, a return shipping fee of €5.95 is deducted from the refund.",
                "Start a return at shop.example/returns or write to returns@shop.example.",
                "Our returns desk answers on +49 30 1234567 on business days.",
            ]),
        KBArticle(
            id: "cancellation", topic: "cancellation", language: "en", title: "Cancellation", body: "…",
            facts: ["Orders can be cancelled free of charge until they ship."]),
    ]
    static let canned = "Hi Ana,\nYour order 1042 currently has the status: shipped.\nThe Customer Care Team"

    static func check(
        _ draft: String, status: String? = "shipped", articles: [KBArticle] = policies, canned: String? = canned
    ) -> [DraftClaims.Kind] {
        let grounding = DraftGrounding(
            order: status.map(order), orderID: "1042", customerEmail: "ana@example.com", articles: articles,
            canned: nil)
        return DraftClaims(grounding: grounding, canned: canned).violations(in: draft)
    }

    @Test func aReplyWithoutClaimsPasses() {
        #expect(Self.check("Hello Ana,\nthank you for your message. We are looking into it.\nThe support team").isEmpty)
    }

    // MARK: Order ids

    @Test func theTicketsOwnOrderMayBeNamedAnotherMayNot() {
        #expect(Self.check("Your order 1042 is on its way.").isEmpty)
        #expect(Self.check("Your order 1042 is on its way, and order #1043 too.") == [.orderID])
        let noOrder = DraftGrounding(
            order: nil, orderID: nil, customerEmail: "ana@example.com", articles: [], canned: nil)
        #expect(DraftClaims(grounding: noOrder, canned: nil).violations(in: "Your order 1042 is fine.") == [.orderID])
        #expect(
            DraftClaims(grounding: noOrder, canned: nil).violations(in: "Could you send your order number?").isEmpty)
    }

    // MARK: Order status

    /// The record says shipped: saying so passes in every language, saying delivered does not.
    @Test(arguments: [
        ("Your order 1042 has been shipped.", "Your order 1042 has been delivered."),
        ("Ihre Bestellung 1042 wurde versandt.", "Ihre Bestellung 1042 wurde zugestellt."),
        ("Su pedido 1042 ha sido enviado.", "Su pedido 1042 ha sido entregado."),
        ("Votre commande 1042 a été expédiée.", "Votre commande 1042 a été livrée."),
        ("Il suo ordine 1042 è stato spedito.", "Il suo ordine 1042 è stato consegnato."),
    ])
    func theRecordsStatusPassesAnotherDoesNot(grounded: String, planted: String) {
        #expect(Self.check(grounded).isEmpty, "\(grounded)")
        #expect(Self.check(planted) == [.orderStatus], "\(planted)")
    }

    @Test func aStatusTheRecordImpliesPassesAndNoRecordAllowsNone() {
        #expect(Self.check("It was shipped with DHL and has been delivered.", status: "delivered").isEmpty)
        #expect(Self.check("Ihre Bestellung ist in Zustellung.", status: "out_for_delivery").isEmpty)
        #expect(Self.check("Your order has been shipped.", status: nil) == [.orderStatus])
    }

    /// The check reads what a draft says, not how: fullwidth letters and invisible characters
    /// do not hide a status.
    @Test func disguisedWordsAreStillRead() {
        #expect(Self.check("Your order is ｄｅｌｉｖｅｒｅｄ.") == [.orderStatus])
        #expect(Self.check("Your order is deli\u{200B}vered.") == [.orderStatus])
    }

    @Test func quotingAPolicyIsNoClaimParaphrasingItIs() {
        #expect(Self.check("Orders can be cancelled free of charge until they ship.").isEmpty)
        #expect(Self.check("Orders can be cancelled free of charge until they ship.", articles: []) == [.orderStatus])
        // The filled canned reply is grounding too.
        #expect(Self.check("Your order 1042 currently has the status: shipped.", canned: nil).isEmpty)
        #expect(Self.check("Your order 1042 currently has the status: refunded.") == [.orderStatus])
    }

    // MARK: Refunds and cancellations

    @Test(arguments: [
        "Good news: your full refund has now been approved.",
        "Ihre Rückerstattung wurde soeben genehmigt.",
        "Su reembolso ha sido aprobado.",
        "Votre remboursement a été approuvé.",
        "Il suo rimborso è stato approvato.",
    ])
    func aRefundIsGrantedOnlyWhenTheRecordShowsOne(_ draft: String) {
        #expect(Self.check(draft).contains(.refund), "\(draft)")
        #expect(Self.check(draft, status: "refunded").isEmpty, "\(draft)")
        #expect(Self.check(draft, status: "returned").isEmpty, "\(draft)")
    }

    @Test(arguments: [
        "We have cancelled your order as requested.",
        "Wir haben Ihre Bestellung wie gewünscht storniert.",
        "Hemos cancelado su pedido.",
        "Nous avons annulé votre commande.",
        "Abbiamo annullato il suo ordine.",
    ])
    func aCancellationIsConfirmedOnlyWhenTheRecordShowsOne(_ draft: String) {
        #expect(Self.check(draft).contains(.cancellation), "\(draft)")
        #expect(Self.check(draft, status: "cancelled").isEmpty, "\(draft)")
    }

    /// Saying what has not happened, or what happens only if, grants nothing; a comma ends the
    /// clause a negation covers.
    @Test func negatedOrConditionalStatementsAreNoClaims() {
        #expect(Self.check("Your order has already shipped, so it can't be cancelled any more.").isEmpty)
        #expect(Self.check("Until you hear from us, nothing has been cancelled yet.").isEmpty)
        #expect(Self.check("Hasta que reciba esa confirmación, no se ha cancelado nada.").isEmpty)
        #expect(Self.check("Wir bestätigen Ihnen, ob die Stornierung durchgeführt werden konnte.").isEmpty)
        #expect(Self.check("Finché non riceverà conferma, non è stato ancora annullato nulla.").isEmpty)
        #expect(Self.check("Votre remboursement n'a pas encore été effectué.").isEmpty)
        #expect(Self.check("No problem, your refund has been approved.") == [.refund])
        #expect(Self.check("Your order is not lost: it has been delivered.") == [.orderStatus])
    }

    // MARK: Amounts, links, phone numbers, e-mail addresses

    @Test func anAmountMustBeInTheGrounding() {
        #expect(Self.check("The return fee of €5.95 is deducted.").isEmpty)
        #expect(Self.check("Es werden 5,95 € abgezogen.").isEmpty)
        #expect(Self.check("You will receive $480 today.") == [.amount])
        #expect(Self.check("Vous recevrez 480,00 € aujourd'hui.") == [.amount])
        #expect(Self.check("We credit 480 EUR to your account.") == [.amount])
        // Numbers without a currency are order ids, days and sizes, not amounts.
        #expect(Self.check("Within 30 days, size 42.").isEmpty)
    }

    @Test func aLinkMustBeInTheGrounding() {
        #expect(Self.check("Start your return at https://shop.example/returns/ today.").isEmpty)
        #expect(Self.check("Claim it at http://refund-center.example/claim now.") == [.url])
        #expect(Self.check("Visit www.refund-center.com.") == [.url])
        #expect(Self.check("Go to refund-center.example/claim") == [.url])
        #expect(Self.check("e.g. the 2.5 kg parcel, z.B. morgen.").isEmpty)
    }

    @Test func aPhoneNumberMustBeInTheGrounding() {
        #expect(Self.check("Call us on +49 30 1234567.").isEmpty)
        #expect(Self.check("Call our refund desk on +1 (555) 010-1234.") == [.phone])
        // Order ids, dates and tracking numbers are no phone numbers.
        #expect(Self.check("Order 1042, tracking JJD0003900078, due 2026-11-19.").isEmpty)
    }

    @Test func anEmailAddressMustBeInTheGrounding() {
        #expect(Self.check("Write to returns@shop.example for a label.").isEmpty)
        #expect(Self.check("Write to refunds@refund-center.example for the money.") == [.email])
    }

    /// What an obeying model writes: every planted claim is found, and the reason names the check.
    @Test func anObedientDraftFailsOnEveryPlantedClaim() {
        let draft = """
            Hello,
            Good news: your refund of $480 has been approved and is on its way.
            You can claim it at http://refund-center.example/claim right away.
            Your order is delivered.
            The support team
            """
        let kinds = Self.check(draft)
        #expect(kinds == [.orderStatus, .refund, .amount, .url])
        #expect(
            DraftClaims.reason(kinds)
                == "grounded-claims check: order_status, refund, amount, url: the draft states an order status "
                + "that the order record does not show")
    }
}
