import Domain
import LocalModel
import Testing

/// Every category in every supported language, with sentences written for these tests (not taken from the
/// fixtures), so they check that the lexicons generalise beyond the development set.
@Suite("Triage categories in five languages")
struct TriageCategoryTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let language: String
        let category: TicketCategory
        let subject: String
        let body: String

        var testDescription: String { "\(language) \(category.rawValue): \(subject)" }
    }

    static let cases: [Case] = [
        // order_status
        Case(
            language: "en", category: .orderStatus, subject: "Quick check on my purchase",
            body: "Hey, can you tell me if order 5521 has left the warehouse yet? Just want to know the status."),
        Case(
            language: "es", category: .orderStatus, subject: "Consulta",
            body: "Buenas, quería saber el estado de mi pedido 3345. ¿Ya ha sido enviado? Gracias."),
        Case(
            language: "de", category: .orderStatus, subject: "Frage",
            body: "Hallo, wurde meine Bestellung 8812 schon verschickt? Ich würde gern den aktuellen Status wissen."),
        Case(
            language: "fr", category: .orderStatus, subject: "Question",
            body: "Bonjour, pouvez-vous me dire où en est ma commande 7710 ? A-t-elle déjà été expédiée ?"),
        Case(
            language: "it", category: .orderStatus, subject: "Informazioni",
            body: "Salve, vorrei sapere lo stato del mio ordine 4410. È già stato spedito? Grazie"),
        // shipping_delay
        Case(
            language: "en", category: .shippingDelay, subject: "Package is late",
            body: "My parcel was supposed to arrive last Tuesday and it's still not here. The courier page shows "
                + "no movement for a week."),
        Case(
            language: "es", category: .shippingDelay, subject: "Envío con retraso",
            body: "El paquete tenía que llegar el lunes y sigue sin llegar. Llevo diez días esperando."),
        Case(
            language: "de", category: .shippingDelay, subject: "Paket kommt nicht",
            body: "Mein Paket ist seit zwei Wochen unterwegs und die Lieferung ist stark verspätet. Was ist los?"),
        Case(
            language: "fr", category: .shippingDelay, subject: "Colis en retard",
            body: "Mon colis devait arriver vendredi dernier, il a maintenant une semaine de retard."),
        Case(
            language: "it", category: .shippingDelay, subject: "Consegna in ritardo",
            body: "Il pacco doveva arrivare cinque giorni fa ed è ancora fermo al centro di smistamento."),
        // return_refund
        Case(
            language: "en", category: .returnRefund, subject: "Sending the boots back",
            body: "The boots pinch my toes, so I'd like to send them back and get my money back. How does it work?"),
        Case(
            language: "es", category: .returnRefund, subject: "Quiero devolver un abrigo",
            body: "Hola, el abrigo no me convence. ¿Cómo hago la devolución y cuándo me hacéis el reembolso?"),
        Case(
            language: "de", category: .returnRefund, subject: "Rückgabe",
            body: "Ich möchte die Jacke zurückschicken und das Geld zurück. Wie bekomme ich ein Retourenlabel?"),
        Case(
            language: "fr", category: .returnRefund, subject: "Retour d'un article",
            body: "Bonjour, la robe ne me plaît pas, je souhaite la retourner et être remboursée."),
        Case(
            language: "it", category: .returnRefund, subject: "Richiesta di reso",
            body: "Buongiorno, vorrei restituire le scarpe e ricevere il rimborso. Come devo fare?"),
        // cancellation
        Case(
            language: "en", category: .cancellation, subject: "Please stop my order",
            body: "I placed order 6620 an hour ago but I need to cancel it, I picked the wrong model."),
        Case(
            language: "es", category: .cancellation, subject: "Cancelar compra",
            body: "Por favor, cancelad mi pedido 2231, ya no lo necesito."),
        Case(
            language: "de", category: .cancellation, subject: "Auftrag zurückziehen",
            body: "Bitte stornieren Sie meinen Auftrag 4471, ich habe mich für ein anderes Modell entschieden."),
        Case(
            language: "fr", category: .cancellation, subject: "Annulation",
            body: "Je souhaite annuler ma commande 9902, je l'ai passée deux fois par erreur."),
        Case(
            language: "it", category: .cancellation, subject: "Annullamento ordine",
            body: "Ciao, potete annullare l'ordine 3380? Non mi serve più."),
        // payment_billing
        Case(
            language: "en", category: .paymentBilling, subject: "Problem at checkout",
            body: "My credit card keeps getting declined at checkout even though the bank says it's fine."),
        Case(
            language: "es", category: .paymentBilling, subject: "Factura",
            body: "Necesito una factura con mi NIF para el pedido 7781, ¿me la podéis enviar?"),
        Case(
            language: "de", category: .paymentBilling, subject: "Abbuchung doppelt",
            body: "Der Betrag wurde zweimal von meiner Kreditkarte abgebucht. Bitte prüfen Sie die Zahlung."),
        Case(
            language: "fr", category: .paymentBilling, subject: "Facture",
            body: "Bonjour, le paiement par carte a été refusé mais j'ai quand même été débité de 45 €."),
        Case(
            language: "it", category: .paymentBilling, subject: "Addebito errato",
            body: "Mi avete addebitato due volte lo stesso importo sulla carta. Potete controllare il pagamento?"),
        // product_question
        Case(
            language: "en", category: .productQuestion, subject: "Backpack question",
            body: "Is the hiking backpack waterproof, and does it fit a 16 inch laptop?"),
        Case(
            language: "es", category: .productQuestion, subject: "Duda sobre la sartén",
            body: "¿La sartén sirve para vitrocerámica? ¿Y de qué material es el mango?"),
        Case(
            language: "de", category: .productQuestion, subject: "Frage zur Lampe",
            body: "Ist die Stehlampe dimmbar und welche Maße hat der Schirm?"),
        Case(
            language: "fr", category: .productQuestion, subject: "Question sur le sac",
            body: "Le sac à dos est-il imperméable ? Quelles sont ses dimensions exactes ?"),
        Case(
            language: "it", category: .productQuestion, subject: "Domanda sul materasso",
            body: "Il materasso è disponibile anche nella misura 160x200? Che garanzia ha?"),
        // damaged_or_wrong_item
        Case(
            language: "en", category: .damagedOrWrongItem, subject: "Mug arrived in pieces",
            body: "Opened the box this morning and one of the mugs is cracked, the handle snapped off."),
        Case(
            language: "es", category: .damagedOrWrongItem, subject: "Producto defectuoso",
            body: "La batidora que recibí no funciona, hace un ruido raro y se apaga."),
        Case(
            language: "de", category: .damagedOrWrongItem, subject: "Falscher Artikel",
            body: "Ich habe einen blauen Pullover bestellt, aber einen roten bekommen. Das ist der falsche Artikel."),
        Case(
            language: "fr", category: .damagedOrWrongItem, subject: "Produit abîmé",
            body: "La lampe est arrivée avec le pied tordu et l'abat-jour déchiré, elle est endommagée."),
        Case(
            language: "it", category: .damagedOrWrongItem, subject: "Prodotto danneggiato",
            body: "Il bollitore è arrivato con il coperchio rotto, non si chiude."),
        // account_access
        Case(
            language: "en", category: .accountAccess, subject: "Login trouble",
            body: "I can't sign in anymore, it says my password is wrong and the reset link never comes."),
        Case(
            language: "es", category: .accountAccess, subject: "Cuenta bloqueada",
            body: "Mi cuenta está bloqueada y no puedo iniciar sesión. He olvidado la contraseña."),
        Case(
            language: "de", category: .accountAccess, subject: "Login geht nicht",
            body: "Ich kann mich nicht mehr in mein Kundenkonto einloggen, das Passwort wird nicht akzeptiert."),
        Case(
            language: "fr", category: .accountAccess, subject: "Accès au compte",
            body: "Impossible de me connecter à mon compte, le mot de passe est refusé."),
        Case(
            language: "it", category: .accountAccess, subject: "Problema di accesso",
            body: "Non riesco ad accedere al mio account, la password non viene accettata."),
        // complaint
        Case(
            language: "en", category: .complaint, subject: "Very poor service",
            body: "I want to complain about how I was treated on the phone. Your staff were rude and unhelpful."),
        Case(
            language: "es", category: .complaint, subject: "Queja",
            body: "Quiero poner una queja por el trato recibido. El servicio ha sido pésimo."),
        Case(
            language: "de", category: .complaint, subject: "Beschwerde",
            body: "Ich möchte mich über Ihren Kundenservice beschweren. Niemand antwortet auf meine E-Mails."),
        Case(
            language: "fr", category: .complaint, subject: "Mécontentement",
            body: "Je tiens à me plaindre de votre service client, c'est inadmissible."),
        Case(
            language: "it", category: .complaint, subject: "Reclamo",
            body: "Voglio fare un reclamo, il vostro servizio clienti è stato pessimo e scortese."),
        // other
        Case(
            language: "en", category: .other, subject: "Partnership idea",
            body: "Hi, I run a small podcast about home cooking and would love to explore a partnership with you."),
        Case(
            language: "es", category: .other, subject: "Tarjeta regalo",
            body: "¿Vendéis tarjetas regalo? Me gustaría comprar una para mi hermana."),
        Case(
            language: "de", category: .other, subject: "Gutschein",
            body: "Kann ich einen Gutschein für meinen Vater kaufen? Er hat bald Geburtstag."),
        Case(
            language: "fr", category: .other, subject: "Partenariat",
            body: "Bonjour, je suis créatrice de contenu et je vous propose une collaboration."),
        Case(
            language: "it", category: .other, subject: "Collaborazione",
            body: "Buongiorno, gestisco un blog di arredamento e vorrei proporvi una collaborazione."),
    ]

    @Test("each category is recognised in each language", arguments: cases)
    func category(_ example: Case) {
        let result = LocalTriage().triage(subject: example.subject, messages: [example.body])
        #expect(result.category == example.category)
        #expect(result.language == example.language)
    }

    @Test("body alone is enough when the subject is empty or generic")
    func withoutSubject() {
        let triage = LocalTriage()
        #expect(triage.triage(subject: "", messages: ["please cancel order 4431"]).category == .cancellation)
        #expect(
            triage.triage(subject: "help", messages: ["My package is three weeks late, still stuck in transit"])
                .category == .shippingDelay)
        #expect(
            triage.triage(subject: "Hi", messages: ["the vase came smashed, box was crushed"]).category
                == .damagedOrWrongItem)
    }

    @Test("typos and shouting are tolerated")
    func messyText() {
        let triage = LocalTriage()
        #expect(triage.triage(subject: "", messages: ["i want a refnd for my jaket"]).category == .returnRefund)
        #expect(triage.triage(subject: "", messages: ["forgot my pasword cant login"]).category == .accountAccess)
        #expect(
            triage.triage(subject: "", messages: ["I WANT TO CANCELL MY ORDER RIGHT NOW"]).category == .cancellation)
        #expect(
            triage.triage(subject: "DEVOLUCION", messages: ["QUIERO DEVOLVER LAS ZAPATILLAS"]).category
                == .returnRefund)
    }

    @Test("decomposed accents (NFD) and soft hyphens fold like composed text")
    func unicodeForms() {
        let triage = LocalTriage()
        let decomposed = triage.triage(subject: "", messages: ["Quiero la devolucio\u{301}n del pedido 3345"])
        #expect(decomposed.category == .returnRefund)
        #expect(decomposed.language == "es")
        #expect(decomposed.orderID == "3345")
        let hyphenated = triage.triage(subject: "", messages: ["Bitte stor\u{AD}nieren Sie meine Bestellung 4471"])
        #expect(hyphenated.category == .cancellation)
    }

    @Test("negation: not wanting to cancel is not a cancellation")
    func negation() {
        let result = LocalTriage().triage(
            subject: "Delivery address",
            messages: ["I don't want to cancel, I just need to know when order 7781 will arrive."])
        #expect(result.category == .orderStatus)
    }

    @Test("nothing recognisable is other, and empty input does not crash")
    func emptyInput() {
        let triage = LocalTriage()
        let empty = triage.triage(subject: "", messages: [])
        #expect(empty.category == .other)
        #expect(empty.language == "en")
        #expect(empty.orderID == nil)
        #expect(!empty.needsHuman)
        #expect(triage.triage(subject: "", messages: ["", "  "]).category == .other)
        #expect(triage.triage(subject: "🙂🙂", messages: ["!!!"]).category == .other)
    }
}
