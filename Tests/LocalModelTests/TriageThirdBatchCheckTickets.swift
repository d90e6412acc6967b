import Domain

/// Two smaller batches written after the first round of tuning on `TriageThirdBatchTickets`, each scored before
/// any rule was changed for it, so each first score was an honest estimate of how the tuned rules generalise
/// (a tuning batch's own score after tuning is not). `all` (30 tickets) then drove a second round of general
/// vocabulary (jams, dents, "au lieu du", job enquiries, and the "cassé*" stem that also matched "casserole");
/// `blind` (15 tickets) was written after that round. Same guide, same mix of hard classes and boundaries.
enum TriageThirdBatchCheckTickets {
    typealias Ticket = TriageThirdBatchTickets.Ticket

    static let all: [Ticket] = [
        Ticket(
            .damagedOrWrongItem, "en", .normal, .neutral, "Lamp shade",
            "The lamp shade came with a big dent on one side and the bulb holder rattles around inside."),
        Ticket(
            .damagedOrWrongItem, "en", .normal, .negative, "Order 6402 - wrong model",
            "I paid for the 2-person tent and got the 1-person version. Really annoying as we're camping soon, please swap it."
        ),
        Ticket(
            .damagedOrWrongItem, "en", .normal, .neutral, "",
            "The zip on my new fleece jammed halfway the first week and now won't move at all. Order 7719."),
        Ticket(
            .damagedOrWrongItem, "es", .normal, .neutral, "Pedido 3106",
            "Las sábanas han llegado con un descosido enorme en el borde. ¿Me mandáis otras?"),
        Ticket(
            .damagedOrWrongItem, "es", .normal, .negative, "Botas",
            "Qué decepción, a las botas se les ha despegado la suela a la semana. Quiero mi dinero."),
        Ticket(
            .damagedOrWrongItem, "de", .normal, .neutral, "Bestellung 9021",
            "Im Set sollten vier Teller sein, angekommen sind drei. Einer fehlt also."),
        Ticket(
            .damagedOrWrongItem, "de", .normal, .neutral, "Thermoskanne",
            "Die Thermoskanne ist undicht, beim Einschenken läuft der Tee seitlich heraus."),
        Ticket(
            .damagedOrWrongItem, "fr", .normal, .neutral, "Commande 5150",
            "J'ai bien reçu le colis mais le pantalon est en 44 au lieu du 40 commandé."),
        Ticket(
            .damagedOrWrongItem, "fr", .normal, .neutral, "Bouilloire",
            "La bouilloire s'arrête toute seule avant que l'eau bouille, à chaque fois."),
        Ticket(
            .damagedOrWrongItem, "it", .normal, .neutral, "Ordine 4127",
            "Le lenzuola sono arrivate di un colore completamente diverso da quello della foto sul sito."),
        Ticket(
            .damagedOrWrongItem, "it", .urgent, .negative, "Stufetta",
            "La stufetta elettrica fa scintille dalla presa e c'è odore di plastica. Ho paura ad usarla."),
        Ticket(
            .productQuestion, "en", .low, .neutral, "",
            "Is the picnic blanket backing waterproof or just water resistant?"),
        Ticket(
            .productQuestion, "en", .low, .neutral, "Sizing",
            "My feet are 27cm long and a bit wide, which size of the trail runner should I get?"),
        Ticket(
            .productQuestion, "en", .low, .neutral, "Duvet",
            "Does the winter duvet come with ties to keep it in the cover?"),
        Ticket(
            .productQuestion, "es", .low, .neutral, "", "¿El jersey de algodón encoge al lavarlo en caliente?"),
        Ticket(
            .productQuestion, "es", .low, .neutral, "Tienda de campaña",
            "¿Cuánto tarda en montarse la tienda de campaña de cuatro plazas? ¿Trae instrucciones en español?"),
        Ticket(
            .productQuestion, "de", .low, .neutral, "",
            "Ist die Thermoskanne auch für kohlensäurehaltige Getränke geeignet?"),
        Ticket(
            .productQuestion, "de", .low, .neutral, "Wanderstöcke",
            "Lassen sich die Wanderstöcke auf 110 cm kürzen? Ich bin nur 1,55 m groß."),
        Ticket(
            .productQuestion, "fr", .low, .neutral, "", "Ce manteau existe-t-il aussi en version longue ?"),
        Ticket(
            .productQuestion, "fr", .low, .neutral, "Casserole",
            "Bonjour, le revêtement de la casserole contient-il du PFAS ?"),
        Ticket(
            .productQuestion, "it", .low, .neutral, "", "Il cuscino in memory foam si può lavare o solo la federa?"),
        Ticket(
            .productQuestion, "it", .low, .neutral, "Scarponi",
            "Questi scarponi vanno bene anche per la neve o solo per il trekking estivo?"),
        Ticket(
            .complaint, "en", .low, .negative, "Feedback only",
            "Not after anything, just feedback: the delivery driver was really rude to my elderly mother yesterday."),
        Ticket(
            .complaint, "de", .normal, .negative, "Beschwerde Hotline",
            "Ich habe gestern 40 Minuten in der Warteschleife gehangen, nur um abgewimmelt zu werden. Das Problem hat sich inzwischen erledigt, aber ich erwarte eine Stellungnahme."
        ),
        Ticket(
            .other, "fr", .low, .positive, "Merci",
            "Je voulais simplement vous dire que votre équipe en boutique à Lyon a été adorable. Merci !"),
        Ticket(
            .other, "it", .low, .neutral, "Lavoro", "Salve, state cercando personale per il magazzino di Bologna?"),
        Ticket(
            .paymentBilling, "en", .normal, .neutral, "Invoice", "Could I get a VAT invoice for order 8830 please?"),
        Ticket(
            .paymentBilling, "es", .normal, .neutral, "PayPal",
            "Quiero pagar el pedido con PayPal pero no me aparece la opción. ¿Lo aceptáis?"),
        Ticket(
            .returnRefund, "de", .normal, .neutral, "Umtausch",
            "Die Schuhe sind mir eine halbe Nummer zu klein. Kann ich sie gegen 42 tauschen?"),
        Ticket(
            .returnRefund, "fr", .normal, .neutral, "Retour",
            "Le manteau ne me va pas du tout finalement, comment je fais pour le renvoyer ?"),
    ]

    static let blind: [Ticket] = [
        Ticket(
            .damagedOrWrongItem, "en", .normal, .neutral, "Order 5083",
            "Two of the four dining chairs have a leg that's shorter than the others, they rock on a flat floor."),
        Ticket(
            .damagedOrWrongItem, "en", .normal, .negative, "Frying pan",
            "The non-stick coating is already flaking off the pan after a fortnight. Pretty gutted, it wasn't cheap."),
        Ticket(
            .damagedOrWrongItem, "es", .normal, .neutral, "Pedido 2270",
            "La funda del cojín que me ha llegado es beige y yo la pedí verde."),
        Ticket(
            .damagedOrWrongItem, "de", .normal, .neutral, "Rucksack",
            "Beim Rucksack ist gleich beim ersten Ausflug ein Schultergurt ausgerissen."),
        Ticket(
            .damagedOrWrongItem, "fr", .normal, .neutral, "Commande 6044",
            "Le couvercle de la cocotte ne s'emboîte pas, il est voilé."),
        Ticket(
            .damagedOrWrongItem, "it", .normal, .neutral, "Ordine 3391",
            "La giacca ha una manica più corta dell'altra, si vede chiaramente."),
        Ticket(
            .productQuestion, "en", .low, .neutral, "", "Can the merino base layer be worn on its own as a t-shirt?"),
        Ticket(
            .productQuestion, "es", .low, .neutral, "Cafetera",
            "¿La cafetera sirve también para cápsulas o solo café molido?"),
        Ticket(
            .productQuestion, "de", .low, .neutral, "", "Wie lange hält der Akku der Stirnlampe bei voller Helligkeit?"),
        Ticket(
            .productQuestion, "fr", .low, .neutral, "Gants", "Les gants sont-ils compatibles avec les écrans tactiles ?"
        ),
        Ticket(
            .productQuestion, "it", .low, .neutral, "", "La coperta elettrica ha lo spegnimento automatico?"),
        Ticket(
            .complaint, "fr", .normal, .negative, "Service client",
            "Trois jours pour une réponse automatique sans aucune solution, ce n'est pas sérieux. J'attends qu'un responsable me rappelle."
        ),
        Ticket(
            .other, "de", .low, .neutral, "Gutschein", "Kann ich einen Gutschein auch im Laden einlösen?"),
        Ticket(
            .paymentBilling, "it", .normal, .neutral, "Fattura",
            "Mi serve la fattura intestata alla mia ditta per l'ordine 7702, con partita IVA."),
        Ticket(
            .returnRefund, "en", .normal, .neutral, "Exchange",
            "The hoodie is lovely but a bit snug, can I exchange it for the next size up?"),
    ]
}
