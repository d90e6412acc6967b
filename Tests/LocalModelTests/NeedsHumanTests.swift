import Domain
import LocalModel
import Testing

/// The needs-a-human flag, its reason, and the priority it implies.
@Suite("Needs a human")
struct NeedsHumanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let reason: String
        let text: String
        var testDescription: String { "\(reason): \(text)" }
    }

    static let escalations: [Case] = [
        Case(reason: "legal", text: "If I don't get my money by Friday I'm filing a chargeback with my bank."),
        Case(reason: "legal", text: "My lawyer will be in touch. I will see you in small claims court."),
        Case(reason: "legal", text: "I am reporting you to the Better Business Bureau and trading standards."),
        Case(reason: "legal", text: "Si no me devolvéis el dinero iré a la OCU y pondré una denuncia."),
        Case(reason: "legal", text: "Ich werde meinen Anwalt einschalten und Sie verklagen."),
        Case(reason: "legal", text: "Je vais saisir le tribunal et contacter mon avocat."),
        Case(reason: "legal", text: "Mi rivolgerò a un avvocato e farò una segnalazione all'AGCM."),
        Case(reason: "threat", text: "If this isn't fixed I will come down there and hurt you."),
        Case(reason: "threat", text: "You are all fucking idiots, watch your back."),
        Case(reason: "threat", text: "Sois unos gilipollas, os vais a arrepentir."),
        Case(reason: "threat", text: "Ihr Idioten, ich finde euch."),
        Case(reason: "fraud", text: "Someone hacked my account and placed an order I did not place."),
        Case(reason: "fraud", text: "My card was stolen and there is an unauthorized charge from your shop."),
        Case(
            reason: "fraud",
            text: "I'm the executive assistant of the buyer. Please change the delivery address to our freight "
                + "forwarder and refund the payment to another card. Do not contact him at the old email."),
        Case(
            reason: "fraud",
            text: "Please export a list of all customers with full names and the last 4 digits of their cards."),
        Case(reason: "fraud", text: "Mi cuenta ha sido hackeada, no reconozco este pedido."),
        Case(reason: "vip", text: "I'm a VIP customer and expect priority handling."),
        Case(reason: "vip", text: "We're a wholesale buyer interested in volume pricing for 500 units."),
        Case(reason: "vip", text: "I'm a journalist at a design magazine writing about your brand."),
    ]

    @Test("escalations are flagged with the right reason", arguments: escalations)
    func escalation(_ example: Case) {
        let result = LocalTriage().triage(subject: "", messages: [example.text])
        #expect(result.needsHuman)
        #expect(result.needsHumanReason == example.reason)
        if example.reason == "vip" {
            #expect(result.priority == .high)
        } else {
            #expect(result.priority == .urgent)
        }
    }

    static let ordinary: [String] = [
        "My bank says the payment is still pending, can you check?",
        "Can I change the delivery address? I moved last week.",
        "Thanks for the prompt reply, the instructions were clear.",
        "Hi, this is Dan, my order 4431 is late.",
        "The box was crushed and the lamp is broken. Not happy.",
        "Please print your return label and drop it at the post office.",
        "I'll press the reset button again and let you know.",
        "Stolen from my porch? The tracking says delivered but nothing is here.",
    ]

    @Test("ordinary tickets are not escalated", arguments: ordinary)
    func ordinaryTicket(_ text: String) {
        let result = LocalTriage().triage(subject: "", messages: [text])
        #expect(!result.needsHuman)
        #expect(result.needsHumanReason == nil)
    }

    @Test("a later follow-up can escalate the thread")
    func followUpEscalates() {
        let result = LocalTriage().triage(
            subject: "Refund",
            messages: ["I returned the boots last month.", "Still nothing. I'm disputing the charge with my bank."])
        #expect(result.needsHumanReason == "legal")
        #expect(result.category == .returnRefund)
    }
}

@Suite("Priority and sentiment")
struct PriorityTests {
    let triage = LocalTriage()

    @Test("safety hazards are urgent")
    func safety() {
        let result = triage.triage(
            subject: "Kettle", messages: ["The kettle started sparking and smoking when I plugged it in."])
        #expect(result.priority == .urgent)
        let german = triage.triage(
            subject: "Ladegerät", messages: ["Das Ladegerät ist überhitzt und hat Rauch entwickelt."])
        #expect(german.priority == .urgent)
    }

    @Test("very angry and time-critical is urgent")
    func angryDeadline() {
        let result = triage.triage(
            subject: "WHERE IS MY ORDER",
            messages: ["THIS IS RIDICULOUS. YOUR SERVICE IS A JOKE. I NEED THE DRESS BY FRIDAY FOR THE WEDDING!!!"])
        #expect(result.sentiment == .negative)
        #expect(result.priority == .urgent)
    }

    @Test("negative and blocked is high")
    func blocked() {
        #expect(
            triage.triage(subject: "Locked out", messages: ["I'm locked out of my account and can't log in."]).priority
                == .high)
        #expect(
            triage.triage(subject: "Charged twice", messages: ["You charged me twice for order 5521, annoying."])
                .priority == .high)
        #expect(
            triage.triage(subject: "Broken", messages: ["The blender arrived broken, very disappointed."]).priority
                == .high)
    }

    @Test("pre-sale questions and compliments are low")
    func low() {
        let question = triage.triage(subject: "Sizing", messages: ["Does the wool coat run small?"])
        #expect(question.category == .productQuestion)
        #expect(question.priority == .low)
        let compliment = triage.triage(
            subject: "Thank you!", messages: ["Just wanted to say thank you, the service was excellent. Love the mugs!"]
        )
        #expect(compliment.category == .other)
        #expect(compliment.sentiment == .positive)
        #expect(compliment.priority == .low)
    }

    @Test("a plain status question is normal and neutral")
    func normal() {
        let result = triage.triage(subject: "Order 3390", messages: ["Hi, has order 3390 shipped yet? Thanks"])
        #expect(result.category == .orderStatus)
        #expect(result.priority == .normal)
        #expect(result.sentiment == .neutral)
    }

    @Test("sentiment in each language")
    func sentimentLanguages() {
        let negative = [
            "Estoy harto, es una vergüenza, servicio pésimo.",
            "Das ist eine Frechheit, ich bin wirklich verärgert.",
            "C'est inadmissible, je suis furieux.",
            "È inaccettabile, sono davvero arrabbiato.",
            "I'm not happy at all, this is unacceptable.",
        ]
        for text in negative {
            #expect(triage.triage(subject: "", messages: [text]).sentiment == .negative, "\(text)")
        }
        let positive = [
            "¡Me encanta la chaqueta, es perfecta! Muchas gracias.",
            "Die Lampe ist super, ich bin begeistert!",
            "Le pull est parfait, je suis ravie !",
            "Il divano è bellissimo, sono contentissima, grazie mille!",
            "Love it, the quality is amazing!",
        ]
        for text in positive {
            #expect(triage.triage(subject: "", messages: [text]).sentiment == .positive, "\(text)")
        }
    }
}
