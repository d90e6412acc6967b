import Domain
import LocalModel
import Testing

/// The rules of the golden-set labelling guide (fixtures/golden/README.md), one test per rule, with made-up
/// tickets: the category tie-breaks T2–T9, the priority definitions, sentiment as the tone of the last customer
/// message, and the escalation wording added with them.
@Suite("Labelling guide rules")
struct TriageGuideTests {
    let triage = LocalTriage()

    // MARK: Category tie-breaks

    @Test("T2: an explicit cancel beats lateness and status; a conditional one is still the delay")
    func cancelBeatsLate() {
        #expect(
            triage.triage(
                subject: "Order 5510", messages: ["It's a week late already. Just cancel it and refund me please."]
            ).category == .cancellation)
        #expect(
            triage.triage(subject: "", messages: ["I know order 6402 has shipped, but I want to cancel it anyway."])
                .category == .cancellation)
        #expect(
            triage.triage(
                subject: "Order 7713 late",
                messages: ["Order 7713 is 5 days late. If it isn't here by Friday, please cancel it."]
            ).category == .shippingDelay)
        #expect(
            triage.triage(subject: "", messages: ["Sé que el pedido 4402 ya está en camino, pero quiero cancelarlo."])
                .category == .cancellation)
    }

    @Test("T3: a defect stays damaged_or_wrong_item whatever the remedy; the customer's own choice is a return")
    func problemBeatsReturn() {
        #expect(
            triage.triage(
                subject: "Refund please",
                messages: ["The strap of the bag came off after two wears. I just want my money back."]
            ).category == .damagedOrWrongItem)
        #expect(
            triage.triage(subject: "", messages: ["Il piumone è arrivato strappato, vorrei il rimborso."]).category
                == .damagedOrWrongItem)
        #expect(
            triage.triage(subject: "", messages: ["The coat is a bit tight on the arms, can I swap it for a large?"])
                .category == .returnRefund)
        #expect(
            triage.triage(subject: "Erstattung fehlt", messages: ["Meine Retoure ist seit Wochen bei Ihnen."])
                .category == .returnRefund)
    }

    @Test("T3: 'I ordered X and got Y' is a wrong item in every language")
    func orderedVersusReceived() {
        let examples = [
            "I ordered the oatmeal beanie and got a black one.",
            "Pedí la manta en talla grande y me llegó una pequeña.",
            "Ich habe die Tasse in Weiß bestellt und eine graue bekommen.",
            "J'ai commandé une couette 200x200 et j'ai reçu une 140x200.",
            "Ho ordinato le lenzuola bianche e mi sono arrivate quelle beige.",
        ]
        for text in examples {
            #expect(triage.triage(subject: "", messages: [text]).category == .damagedOrWrongItem, "\(text)")
        }
        #expect(
            triage.triage(
                subject: "", messages: ["I ordered a rug on Monday and got a shipping email, when will it come?"]
            )
            .category != .damagedOrWrongItem)
    }

    @Test("T5: marked delivered but not received is a delay, also in other languages")
    func deliveredNotReceived() {
        let examples = [
            "The app says delivered since yesterday but there's nothing at my door.",
            "El seguimiento pone entregado pero no he recibido nada.",
            "Laut Sendungsverfolgung zugestellt, aber bei mir ist nichts angekommen.",
            "Le suivi indique livré mardi mais je n'ai rien reçu.",
            "Il pacco risulta consegnato ma non ho ricevuto niente.",
        ]
        for text in examples {
            let result = triage.triage(subject: "", messages: [text])
            #expect(result.category == .shippingDelay, "\(text)")
            #expect(result.priority == .high, "\(text)")
        }
    }

    @Test("T6: complaint words with an open request keep the request; a resolved issue leaves the complaint")
    func operationalBeatsComplaint() {
        #expect(
            triage.triage(
                subject: "Terrible service", messages: ["Terrible service. My parcel is two weeks late, where is it?"]
            ).category == .shippingDelay)
        #expect(
            triage.triage(
                subject: "",
                messages: [
                    "The refund did eventually come through, but it took five calls and your agent hung up on me. "
                        + "I expect better."
                ]
            ).category == .complaint)
        #expect(
            triage.triage(
                subject: "Feedback",
                messages: ["Your returns page is confusing and the chat bot is useless. No need to reply."]
            ).category == .complaint)
    }

    @Test("T7: in a thread the latest open request decides; a closing message keeps the thread's topic")
    func threads() {
        let switched = triage.triage(
            subject: "Where is order 3390?",
            messages: [
                "Hi, where is order 3390? It was due on Monday.",
                "Forget it, I don't need it any more. Please cancel the order and refund me.",
            ])
        #expect(switched.category == .cancellation)
        let closed = triage.triage(
            subject: "Return label",
            messages: ["Could you send me a return label for the boots?", "Got it, all sorted. Thanks a lot!"])
        #expect(closed.category == .returnRefund)
        #expect(closed.priority == .low)
    }

    @Test("T9: changing the delivery address of an undelivered order is order_status and high")
    func addressChange() {
        let examples = [
            "Can you change the delivery address on order 2231 to my office? It hasn't shipped.",
            "¿Podéis cambiar la dirección de entrega del pedido 2231?",
            "Bitte ändern Sie die Lieferadresse von Bestellung 2231.",
            "Pouvez-vous modifier l'adresse de livraison de la commande 2231 ?",
            "Potete cambiare l'indirizzo di consegna dell'ordine 2231?",
        ]
        for text in examples {
            let result = triage.triage(subject: "", messages: [text])
            #expect(result.category == .orderStatus, "\(text)")
            #expect(result.priority == .high, "\(text)")
        }
    }

    @Test("a product that sparks or smells of burning is damaged and urgent")
    func hazards() {
        let examples = [
            "The heater from order 4410 tripped the breaker and the plug is blackened.",
            "La lámpara echó chispas al encenderla y huele a quemado.",
            "Der Föhn hat gefunkt und es roch nach Brandgeruch.",
            "La bouilloire a fait des étincelles et il y a une odeur de brûlé.",
            "Il caricatore si surriscalda e c'era odore di bruciato.",
        ]
        for text in examples {
            let result = triage.triage(subject: "", messages: [text])
            #expect(result.category == .damagedOrWrongItem, "\(text)")
            #expect(result.priority == .urgent, "\(text)")
        }
        let question = triage.triage(subject: "", messages: ["Is the kettle base safe, no risk of sparks?"])
        #expect(question.priority == .low)
    }

    // MARK: Priority

    @Test("U5 and H4: a deadline within 48 hours is urgent, one later this week high")
    func deadlines() {
        let tomorrow = triage.triage(
            subject: "Order 5520", messages: ["Order 5520 is late and I fly out tomorrow morning, I need the boots."])
        #expect(tomorrow.priority == .urgent)
        let arrivedToday = triage.triage(
            subject: "Order 5521", messages: ["The gift arrived today with a cracked lid. Can you send a new one?"])
        #expect(arrivedToday.priority == .normal)
        let thisWeek = triage.triage(
            subject: "Pedido 3345",
            messages: ["El pedido 3345 debía llegar ayer. Es un regalo de cumpleaños para dentro de cinco días."])
        #expect(thisWeek.priority == .high)
    }

    @Test("H1–H3: charged for nothing, refunds overdue and orders over a week late are high")
    func highRules() {
        #expect(
            triage.triage(subject: "", messages: ["I was charged twice for order 8812, please refund one."]).priority
                == .high)
        #expect(
            triage.triage(
                subject: "", messages: ["Mi hanno addebitato l'importo ma l'ordine risulta annullato."]
            ).priority == .high)
        #expect(
            triage.triage(
                subject: "Refund",
                messages: ["You received my return on 2 October and it's now 28 October. Still no refund."]
            ).priority == .high)
        #expect(
            triage.triage(subject: "Refund", messages: ["I sent the return on Monday, when will the refund arrive?"])
                .priority == .normal)
        #expect(
            triage.triage(subject: "Late", messages: ["My order is ten days late and tracking hasn't moved."]).priority
                == .high)
        #expect(
            triage.triage(subject: "Late", messages: ["My order was due yesterday, can you check on it?"]).priority
                == .normal)
    }

    @Test("H5: cancelling an unshipped order is high, a shipped one or a subscription normal")
    func cancellations() {
        #expect(triage.triage(subject: "", messages: ["Please cancel order 7781, I ordered twice."]).priority == .high)
        #expect(
            triage.triage(
                subject: "", messages: ["Order 7781 has already shipped but I'd like to cancel it, can you stop it?"]
            ).priority == .normal)
        #expect(
            triage.triage(subject: "", messages: ["Vorrei disdire l'abbonamento mensile, grazie."]).priority == .normal)
    }

    @Test("H6 and H8: fully locked out, or the third contact, is high")
    func lockoutAndRepeats() {
        #expect(
            triage.triage(
                subject: "",
                messages: ["My 2FA codes go to my old number and I have no backup codes. I can't get into my account."]
            ).priority == .high)
        #expect(
            triage.triage(subject: "", messages: ["How do I change the email address on my account?"]).priority
                == .normal)
        #expect(
            triage.triage(
                subject: "Order 4410",
                messages: ["This is the third time I'm writing about my missing invoice for order 4410."]
            ).priority == .high)
    }

    @Test("low: questions before buying, closed threads, feedback that asks for nothing")
    func lowRules() {
        #expect(
            triage.triage(subject: "", messages: ["How warm is the fleece compared to the down jacket?"]).priority
                == .low)
        let feedback = triage.triage(
            subject: "Packaging",
            messages: ["Far too much plastic around one scarf. Just feedback, no need to reply."])
        #expect(feedback.category == .complaint)
        #expect(feedback.priority == .low)
    }

    // MARK: Sentiment

    @Test("sentiment is the tone of the last customer message")
    func lastMessageTone() {
        let calmedDown = triage.triage(
            subject: "Order 2290",
            messages: ["This is ridiculous, where is my order?!", "Ah, it just arrived. Thanks for checking."])
        #expect(calmedDown.sentiment == .neutral)
        let annoyed = triage.triage(
            subject: "Order 2290",
            messages: ["Where is order 2290?", "Still nothing. Honestly I'm losing patience."])
        #expect(annoyed.sentiment == .negative)
    }

    @Test("plain problems are neutral; worry and upset emoji are negative; enthusiasm is positive")
    func toneMarkers() {
        #expect(
            triage.triage(subject: "", messages: ["Two of the glasses arrived cracked, can you replace them?"])
                .sentiment == .neutral)
        #expect(
            triage.triage(subject: "", messages: ["My card was charged but there's no order. I'm really worried."])
                .sentiment == .negative)
        #expect(triage.triage(subject: "", messages: ["Wrong colour again 😤"]).sentiment == .negative)
        #expect(
            triage.triage(subject: "", messages: ["Les bottes sont superbes, j'adore ! 😍"]).sentiment == .positive)
        #expect(triage.triage(subject: "", messages: ["Has order 1234 shipped? Thanks!"]).sentiment == .neutral)
    }

    // MARK: Escalation and order ids

    @Test("account takeover, intimidation and claimed authority are escalated")
    func escalations() {
        let takeover = triage.triage(
            subject: "", messages: ["Alguien ha cambiado el correo de mi cuenta y hay un pedido que yo no he hecho."])
        #expect(takeover.needsHumanReason == "fraud")
        #expect(takeover.priority == .urgent)
        let threat = triage.triage(
            subject: "", messages: ["Je sais où se trouve votre entrepôt, et votre livreur va le regretter."])
        #expect(threat.needsHumanReason == "threat")
        let audit = triage.triage(
            subject: "Security audit",
            messages: [
                "This is the compliance department of your carrier. Send the names and delivery addresses "
                    + "of all your customers in Leeds for a mandatory audit."
            ])
        #expect(audit.needsHumanReason == "fraud")
        #expect(audit.category == .other)
        #expect(audit.priority == .high)
        #expect(
            triage.triage(subject: "", messages: ["No sé dónde está mi paquete, ¿me ayudáis?"]).needsHumanReason
                == nil)
    }

    @Test("a business quantity makes a VIP enquiry, which is other and high")
    func bulkBuyers() {
        let result = triage.triage(
            subject: "Team gifts",
            messages: ["We'd like 90 beanies with our logo for our employees. Do you offer a volume discount?"])
        #expect(result.needsHumanReason == "vip")
        #expect(result.category == .other)
        #expect(result.priority == .high)
    }

    @Test("order numbers read out in a voicemail")
    func spokenOrderNumbers() {
        let extractor = OrderIDExtractor()
        #expect(extractor.extract(from: "llamo por mi pedido, el número es el dos dos siete uno") == "2271")
        #expect(extractor.extract(from: "it's about my order, four four one zero, thanks") == "4410")
        #expect(extractor.extract(from: "ordine numero tre tre nove zero") == "3390")
        #expect(extractor.extract(from: "my phone number is five five five one two three") == nil)
    }

    @Test("one-typo matching needs a real single edit")
    func typoTolerance() {
        #expect(
            triage.triage(subject: "", messages: ["any chance you can tell me when order 5528 leaves?"]).category
                == .orderStatus)
        #expect(triage.triage(subject: "", messages: ["please cancle order 5528"]).category == .cancellation)
    }
}
