import Domain
import LocalModel
import Testing

@Suite("Order id extraction")
struct OrderIDExtractorTests {
    static let positives: [(String, String)] = [
        ("my order 1042 hasn't arrived", "1042"),
        ("Where is #1042?", "1042"),
        ("order no. 1042 please", "1042"),
        ("Order number: 55102", "55102"),
        ("ORDER NUMBER 1052. GLS TRACKING SAYS NOTHING", "1052"),
        ("order #: 2231", "2231"),
        ("the order is 1054", "1054"),
        ("Hice el pedido 1070 el día 3", "1070"),
        ("pedido n.º 3345, gracias", "3345"),
        ("meine Bestellung 8812 ist nicht da", "8812"),
        ("Bestellnummer: 4471", "4471"),
        ("ma commande n° 1082 ?", "1082"),
        ("(commande 1084) reçue le 17", "1084"),
        ("vorrei sapere dell'ordine 4410", "4410"),
        ("ordine n. 1088", "1088"),
        ("l'ordine A-20931 non è arrivato", "A-20931"),
        ("Your order #SO12345 has shipped", "SO12345"),
        ("calling about my order, the number is A as in apple, 2-0-9-3-1. Thanks", "A-20931"),
        ("Reference A-20931 from the voicemail", "A-20931"),
        ("06-11-2026  WEBSHOP*ORDER 1047   -€159,00", "1047"),
    ]

    @Test("order numbers in context are found", arguments: positives)
    func positive(_ example: (String, String)) {
        #expect(OrderIDExtractor().extract(from: example.0) == example.1)
    }

    static let negatives: [String] = [
        "I paid €159,00 and then 114,70 € again",
        "The total was $379 for the machine",
        "It was delivered on 12.11.2026 at 10:30",
        "Call me back at (503) 555-0176, that's (503) 555-0176",
        "My number is +49 151 23456789",
        "Via Roma 10, 20121 Milano",
        "4410 Larch Street, Apt 2, Madison, WI 53703",
        "UPS tracking 1Z999AA10123456785 shows delivered",
        "DHL tracking JJD000390007812345678 in transit",
        "Sendungsnummer 00340434161234567890",
        "I'd like to order 200 mug sets for the office",
        "We want to order 300 units",
        "see ticket #4821 from last week",
        "Suite #1400, Boston",
        "Card 4111 1111 1111 1111 exp 12/29",
        "The order was for 3 items",
        "ISO-9001 certified factory",
        "I need a size 10.5 in the Trail Runner",
        "",
    ]

    @Test("prices, dates, phones, postcodes and tracking numbers are not order ids", arguments: negatives)
    func negative(_ text: String) {
        #expect(OrderIDExtractor().extract(from: text) == nil)
    }

    @Test("triage looks at the subject first, then the messages in order")
    func triagePrefersEarliestContext() {
        let triage = LocalTriage()
        let fromSubject = triage.triage(subject: "Charged twice for order 1047", messages: ["see order 2000"])
        #expect(fromSubject.orderID == "1047")
        let fromBody = triage.triage(
            subject: "Servizio pessimo",
            messages: ["Ho chiamato per l'ordine 1093 e per quello precedente, il 1099."])
        #expect(fromBody.orderID == "1093")
        let noOrder = triage.triage(subject: "Sizing", messages: ["Is the M a 40 chest? I'm 182 cm, 78 kg."])
        #expect(noOrder.orderID == nil)
    }
}
