import LocalModel
import Testing

@Suite("Language detection")
struct LanguageDetectorTests {
    static let short: [(String, String)] = [

        ("en", "Cancel order 1046"), ("en", "Where is it?"), ("en", "thanks a lot"), ("en", "Refund please"),
        ("en", "Has order 1066 shipped yet?"), ("en", "still nothing"), ("en", "broken lamp"), ("en", "Wrong size"),
        ("en", "Need help with my account"), ("en", "ok"), ("en", ""), ("en", "1234"), ("en", "Hi"),
        ("es", "¿Dónde está mi pedido?"), ("es", "Gracias"), ("es", "Quiero devolverlo"), ("es", "Pedido roto"),
        ("es", "no puedo entrar"), ("es", "cancelar pedido"), ("es", "Muchas gracias por todo"),
        ("es", "Hola, mi paquete no llega"),
        ("de", "Danke!"), ("de", "Stornierung Bestellung 1079"), ("de", "Wo ist mein Paket?"), ("de", "Falsche Größe"),
        ("de", "Paket beschädigt"), ("de", "Vielen Dank"), ("de", "Rücksendung"),
        ("de", "Ich kann mich nicht anmelden"),
        ("fr", "Merci beaucoup"), ("fr", "Où est mon colis ?"), ("fr", "Annuler ma commande"),
        ("fr", "colis endommagé"),
        ("fr", "Remboursement svp"), ("fr", "Bonjour"), ("fr", "je veux un remboursement"),
        ("fr", "Commande pas reçue"),
        ("it", "Grazie mille"), ("it", "annullare ordine"), ("it", "Dov'è il mio pacco?"), ("it", "pacco danneggiato"),
        ("it", "Vorrei un rimborso"), ("it", "Buongiorno"), ("it", "ordine non arrivato"),
        ("it", "Non riesco ad accedere"),
        ("pt", "Obrigado"), ("pt", "Onde está a minha encomenda?"), ("pt", "Quero cancelar a encomenda"),
        ("pt", "Não recebi o reembolso"),
        ("nl", "Bedankt"), ("nl", "Waar is mijn bestelling?"), ("nl", "Ik wil mijn bestelling annuleren"),
        ("nl", "Pakket niet ontvangen"),
        ("es", "La talla no me queda bien, ¿puedo cambiarla?"), ("it", "La taglia non va bene, posso cambiarla?"),
        ("pt", "A encomenda chegou danificada"), ("es", "El pedido llegó dañado"),
    ]

    @Test("short messages (one to six words)", arguments: short)
    func shortMessages(_ example: (String, String)) {
        #expect(LanguageDetector().detect(example.1) == example.0)
    }

    @Test("accents and case do not matter")
    func folding() {
        let detector = LanguageDetector()
        #expect(detector.detect("DONDE ESTA MI PEDIDO") == "es")
        #expect(detector.detect("RUCKSENDUNG BESTELLUNG") == "de")
        #expect(detector.detect("ou est ma commande") == "fr")
        #expect(detector.detect("DOV'E IL MIO ORDINE") == "it")
    }

    @Test("longer text with foreign names, addresses and product names keeps its language")
    func mixedContent() {
        let detector = LanguageDetector()
        #expect(
            detector.detect(
                "Hi, please send the invoice to Peeters Design BV, Kerkstraat 12, 2000 Antwerpen. Thanks, Pieter de Vries"
            ) == "en")
        #expect(
            detector.detect("Hola, me llegó el Trail Runner GTX pero la talla no es la correcta. Saludos, John Smith")
                == "es")
        #expect(detector.detect("抹茶 Chawan Bowl 黒 — wrong item received, please help") == "en")
    }

    @Test("no evidence means English")
    func fallback() {
        let detector = LanguageDetector()
        #expect(detector.detect("") == "en")
        #expect(detector.detect("12345 67") == "en")
        #expect(detector.detect("🙂🙏") == "en")
        #expect(detector.detect("抹茶") == "en")
    }
}
