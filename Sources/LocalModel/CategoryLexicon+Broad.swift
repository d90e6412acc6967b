/// Everyday phrasings of each category in the five supported languages, following the golden-set labelling
/// guide (fixtures/golden/README.md): how customers actually describe a wrong or broken delivery, ask before
/// buying, complain about the service itself, or raise a billing question. Written per class, not per ticket.
extension CategoryLexicon {
    static let broadened: [TermGroup] =
        broadOrderStatus + broadShippingDelay + broadReturnRefund + broadCancellation + broadPaymentBilling
        + broadProductQuestion + broadDamagedOrWrongItem + broadComplaint + broadOther

    /// Delivery details of an order in progress (T9: an address change is order_status), carriers, tracking.
    static let broadOrderStatus: [TermGroup] = [
        TermGroup(
            .orderStatus, .en, 3.5, "change the delivery address", "change the shipping address", "change my address",
            "change the address", "change _ address", "update the delivery address", "update my address",
            "update the address", "address change", "correct the address", "wrong address on", "the wrong address",
            "old address", "flat number", "apartment number", "house number", "wrong postcode", "wrong zip code",
            "deliver it to", "deliver to my", "ship it to", "send it to my", "instead of my home"),
        TermGroup(
            .orderStatus, .en, 2.5, "delivery address", "shipping address", "new address", "different address",
            "which carrier", "what carrier", "tracking link", "tracking number", "expected to arrive",
            "still says processing", "still processing", "when will it be delivered", "when does it arrive"),
        TermGroup(
            .orderStatus, .es, 3.5, "cambiar la dirección", "cambio de dirección", "modificar la dirección",
            "corregir la dirección", "dirección equivocada"),
        TermGroup(
            .orderStatus, .es, 2.5, "dirección de entrega", "dirección de envío", "nueva dirección", "otra dirección",
            "qué transportista", "enlace de seguimiento", "en preparación", "cuándo sale", "cuándo se envía",
            "cuándo lo enviáis"),
        TermGroup(
            .orderStatus, .de, 3.5, "adresse ändern", "lieferadresse ändern", "adressänderung", "anschrift ändern",
            "adresse korrigieren", "falsche adresse", "alte adresse", "lieferadresse _ ändern",
            "ändern _ _ lieferadresse",
            "ändern _ _ _ lieferadresse", "ändern _ _ adresse", "ändern _ _ _ adresse",
            "lieferadresse _ _ ändern", "adresse _ ändern"),
        TermGroup(
            .orderStatus, .de, 2.5, "lieferadresse", "neue adresse", "andere adresse", "welcher versanddienstleister",
            "trackinglink", "in bearbeitung", "wann wird _ verschickt", "wann geht"),
        TermGroup(
            .orderStatus, .fr, 3.5, "changer l'adresse", "modifier l'adresse", "changement d'adresse",
            "corriger l'adresse", "mauvaise adresse"),
        TermGroup(
            .orderStatus, .fr, 2.5, "adresse de livraison", "nouvelle adresse", "autre adresse", "quel transporteur",
            "lien de suivi", "en préparation", "quand partira", "faire livrer", "livrer à mon bureau", "plutôt qu'à"),
        TermGroup(
            .orderStatus, .it, 3.5, "cambiare indirizzo", "cambiare l'indirizzo", "modificare l'indirizzo",
            "cambio indirizzo", "correggere l'indirizzo", "indirizzo sbagliato"),
        TermGroup(
            .orderStatus, .it, 2.5, "indirizzo di consegna", "nuovo indirizzo", "altro indirizzo", "quale corriere",
            "link di tracciamento", "in preparazione", "quando parte", "conferma di spedizione",
            "conferma della spedizione", "conferma dell'ordine", "conferma d'ordine", "è già partito", "è partito"),
    ]

    /// Late, stuck, lost, failed delivery, customs, or marked delivered but not received (T5).
    static let broadShippingDelay: [TermGroup] = [
        TermGroup(
            .shippingDelay, .en, 3, "marked delivered", "marked as delivered", "shows as delivered", "shows delivered",
            "says delivered", "says it was delivered", "delivered but", "never received it", "never got it",
            "no sign of it", "failed delivery", "delivery attempt", "returned to sender", "back to the depot",
            "returned to the depot", "couldn't deliver", "customs fee*", "pay customs", "hasn't moved",
            "has not moved", "was due", "is it lost", "has it been lost", "order _ missing", "parcel _ missing",
            "package _ missing", "parcel missing", "package missing", "missing parcel", "missing package",
            "parcel is missing", "package is missing", "mailbox was empty", "letterbox was empty",
            "nothing at my door", "nothing at the door", "open an investigation", "trace the parcel",
            "attempted delivery", "tried to deliver", "missed delivery", "delivery card", "import charges",
            "delivered _ but", "received nothing", "nothing arrived", "with the neighbours", "with the neighbors",
            "returned to you", "sent back to you", "back to your warehouse", "address incomplete",
            "incomplete address", "sitting at the depot", "sitting at the", "stuck at the", "delivery exception",
            "says exception", "still says exception"),
        TermGroup(
            .shippingDelay, .any, 3.5, "reparti chez vous", "retourné chez vous", "renvoyé à l'expéditeur",
            "retour à l'expéditeur", "adresse incomplète", "devuelto al almacén", "dirección incompleta",
            "an den absender zurück", "adresse unvollständig", "tornato al mittente", "indirizzo incompleto",
            "rientrato in magazzino", "colis retourné", "parcel returned to", "package returned to",
            "paquete devuelto al", "pacco tornato indietro"),
        TermGroup(
            .shippingDelay, .es, 3, "pone entregado", "figura como entregado", "aparece como entregado",
            "marcado como entregado", "entregado pero", "nunca llegó", "nunca me llegó", "no lo he recibido",
            "no se mueve", "intento de entrega", "devuelto al remitente", "sigue en tránsito", "se ha perdido",
            "intentó entregar", "aviso de llegada", "debía llegar", "debían llegar", "tenía que haber llegado",
            "estaba previsto para", "llega tarde",
            "buzón estaba vacío", "paquete perdido", "entregado _ pero", "no he recibido nada", "los vecinos"),
        TermGroup(
            .shippingDelay, .de, 3, "als zugestellt", "zugestellt aber", "nie angekommen", "nicht zugestellt",
            "bewegt sich nicht", "tut sich nichts", "zustellversuch", "zurück an absender", "nicht angekommen",
            "überfällig", "nachforschung*", "benachrichtigungskarte", "nicht angetroffen", "briefkasten war leer",
            "paket fehlt",
            "zugestellt _ aber", "nichts erhalten", "nichts bekommen", "bei den nachbarn"),
        TermGroup(
            .shippingDelay, .fr, 3, "marqué comme livré", "indiqué comme livré", "indique livré", "livré mais",
            "jamais reçu", "jamais arrivé", "ne bouge pas", "ne bouge plus", "pas bougé", "tentative de livraison",
            "retourné à l'expéditeur", "droits de douane", "avis de passage", "tenté de livrer", "enquête",
            "boîte aux lettres était vide", "colis perdu", "livré _ mais", "rien reçu", "chez les voisins"),
        TermGroup(
            .shippingDelay, .it, 3, "risulta consegnato", "consegnato ma", "mai ricevuto", "mai arrivato",
            "non si muove", "tentativo di consegna", "rispedito al mittente", "dazi", "tentato la consegna",
            "mancata consegna", "avviso di giacenza", "in giacenza", "indagine", "cassetta era vuota", "pacco perso",
            "consegnato _ ma", "ricevuto niente", "ricevuto nulla", "dai vicini"),
    ]

    /// Returns and exchanges of items the customer chose (T3's converse): fit, taste, change of mind.
    static let broadReturnRefund: [TermGroup] = [
        TermGroup(
            .returnRefund, .en, 3, "refund still missing", "refund is missing", "missing refund",
            "still no refund", "no refund yet"),
        TermGroup(
            .returnRefund, .en, 2.5, "a bit tight", "too tight", "too loose", "too short", "too long", "too snug",
            "doesn't suit", "not for me", "don't like the colour", "don't like the color", "swap it for",
            "exchange it for", "return window", "can i return", "can i send back", "still returnable",
            "prepaid label", "drop off point"),
        TermGroup(
            .returnRefund, .es, 2.5, "me queda justo", "me queda corto", "me queda largo", "me quedan cortos",
            "me quedan largos", "no me gusta", "no me convence", "cambiarlo por", "cambiarla por", "cambiarlos por",
            "plazo de devolución", "talla menos", "talla más"),
        TermGroup(
            .returnRefund, .de, 3, "!zurückgeb*", "!rückgabe*", "gefällt mir nicht", "gefällt mir doch nicht",
            "zu eng", "zu weit", "zu kurz", "zu lang", "passt mir nicht", "!umtauschen"),
        TermGroup(
            .returnRefund, .fr, 2.5, "trop juste", "un peu juste", "trop serré", "trop serrée", "trop court",
            "trop courte", "trop long", "trop longue", "ne me plaît pas", "ne me convient pas"),
        TermGroup(
            .returnRefund, .it, 2.5, "troppo stretto", "troppo stretta", "troppo corto", "troppo corta",
            "troppo lungo", "troppo lunga", "troppo largo", "troppo larga", "non mi piace", "non mi convince",
            "calzano piccol*", "calzano grand*", "calza piccol*", "calza grand*"),
    ]

    /// Stopping an undelivered order or part of it, and subscriptions.
    static let broadCancellation: [TermGroup] = [
        TermGroup(
            .cancellation, .en, 2.5, "stop order", "stop my order", "stop the order", "remove _ from my order",
            "remove _ from the order", "take _ off my order",
            "remove _ _ from my order", "remove _ _ from the order", "take _ _ off my order",
            "stop the shipment", "don't want it anymore", "don't want them anymore", "undo the cancellation",
            "reverse the cancellation", "keep my order after all"),
        TermGroup(
            .cancellation, .en, 3, "end my subscription", "stop my subscription", "end my membership",
            "quit the club"),
        TermGroup(
            .cancellation, .es, 2.5, "quitar _ del pedido", "eliminar _ del pedido", "quitar _ _ del pedido",
            "eliminar _ _ del pedido", "quitar _ _ de mi pedido", "ya no lo necesito", "me quedo con el resto"),
        TermGroup(.cancellation, .es, 3, "!cancelar*", "dar de baja", "darme de baja", "terminar mi suscripción"),
        TermGroup(.cancellation, .de, 3, "abo kündigen", "mitgliedschaft beenden", "abonnement beenden"),
        TermGroup(.cancellation, .fr, 3, "mettre fin", "arrêter mon abonnement", "stopper mon abonnement"),
        TermGroup(
            .cancellation, .it, 3, "!cancella*", "interrompere l'abbonamento", "disattivare l'abbonamento",
            "terminare l'abbonamento"),
        TermGroup(
            .cancellation, .de, 2.5, "aus der bestellung", "aus meiner bestellung", "brauche _ nicht mehr",
            "nicht mehr brauche", "!entfernen", "rest möchte ich behalten", "rest behalten", "behalte den rest"),
        TermGroup(
            .cancellation, .any, 2, "keep the rest", "quedarme con el resto", "garder le reste", "tenere il resto"),
        TermGroup(
            .cancellation, .fr, 2.5, "retirer _ de ma commande", "supprimer _ de ma commande",
            "retirer _ _ de ma commande",
            "supprimer _ _ de ma commande", "enlever _ de ma commande", "enlever _ _ de ma commande", "garde le reste"),
        TermGroup(
            .cancellation, .it, 2.5, "togliere _ dall'ordine", "rimuovere _ dall'ordine", "togliere _ _ dall'ordine",
            "rimuovere _ _ dall'ordine", "togliere _ _ dal mio ordine", "non mi serve più", "tengo il resto"),
    ]

    /// Charges, price adjustments, discount codes, payment methods, invoices.
    static let broadPaymentBilling: [TermGroup] = [
        TermGroup(
            .paymentBilling, .en, 3, "price dropped", "price drop", "price went down", "price reduction",
            "now on sale", "on sale now", "the difference back", "refund the difference", "get the difference",
            "pay by", "pay with", "pay in instalments", "pay in installments", "bank transfer", "pending charge",
            "discount wasn't applied", "discount was not applied", "code wasn't accepted", "code isn't working",
            "not accepted at checkout", "money is still gone", "still gone from my account", "money is gone",
            "charged for a cancelled", "charged for an order", "still been charged", "money back on my card"),
        TermGroup(.paymentBilling, .en, 2.5, "at checkout", "statement"),
        TermGroup(.paymentBilling, .en, 2, "discount", "checkout", "expired code"),
        TermGroup(.paymentBilling, .en, 1.5, "price", "paid"),
        TermGroup(
            .paymentBilling, .es, 3, "bajado el precio", "bajasteis el precio", "la diferencia", "pagar con",
            "pagar a plazos", "a plazos", "código de descuento", "descuento no", "no se aplicó", "no se ha aplicado",
            "cobro pendiente", "me habéis cobrado", "me han cobrado", "pedido cancelado", "no me habéis devuelto"),
        TermGroup(.paymentBilling, .es, 2, "descuento", "precio", "pagado", "cobro"),
        TermGroup(
            .paymentBilling, .de, 3, "rabatt", "abgezogen", "an der kasse", "preis gesenkt", "günstiger geworden",
            "die differenz", "ratenzahlung", "auf raten", "per rechnung", "auf rechnung", "vorkasse",
            "nicht zurückgebucht", "noch nicht gutgeschrieben", "verbucht", "angerechnet", "nicht eingelöst",
            "einlösen"),
        TermGroup(.paymentBilling, .de, 2, "preis", "bezahlt", "kasse"),
        TermGroup(
            .paymentBilling, .fr, 3, "code de réduction", "réduction", "remise", "baisse de prix", "prix a baissé",
            "la différence", "payer en plusieurs fois", "en plusieurs fois", "débité", "débitée", "recrédit*",
            "en promo"),
        TermGroup(.paymentBilling, .fr, 2, "prix", "payé", "promo"),
        TermGroup(
            .paymentBilling, .it, 3, "sconto", "codice promozionale", "prezzo è sceso", "prezzo ribassato",
            "la differenza", "a rate", "pagare con", "addebitato", "addebitata", "riaccredit*", "stornare",
            "estratto conto"),
        TermGroup(.paymentBilling, .it, 2, "prezzo", "pagato", "checkout"),
    ]

    /// Questions before buying: fit, warmth, care, materials, comparisons, restocks, suitability. The generic
    /// question openers are weak (1–1.5) and only settle a question that names no order problem.
    static let broadProductQuestion: [TermGroup] = [
        TermGroup(
            .productQuestion, .en, 3, "what's the difference", "what is the difference", "which one should",
            "which size should", "what size should", "should i size up", "should i size down", "size up",
            "size down", "warm enough", "keep me warm", "how warm", "how thick", "tumble dry", "in the dryer",
            "machine wash", "hand wash", "shrink", "itchy", "itch", "scratchy", "breathable", "non slip",
            "back in stock", "be back in stock", "notify me", "sold out", "come back in", "coming back",
            "before i order", "before ordering", "thinking of ordering", "planning to order", "would you recommend",
            "would you suggest", "do you recommend", "do you suggest", "kids sizes", "scented", "pack into",
            "how does it fit", "how do they fit", "how does the", "fit over", "layer under", "layer over"),
        TermGroup(
            .productQuestion, .en, 1.5, "can i wash", "can you wash", "suggest", "wash", "washing", "warm", "thick",
            "lining", "insulated", "pockets", "sizes", "colours", "colors"),
        TermGroup(
            .productQuestion, .en, 1, "does it", "does the", "do they", "do the", "is the", "are the", "are they",
            "will they", "would it", "how does", "which", "iron", "hood"),
        TermGroup(
            .productQuestion, .es, 3, "qué diferencia", "cuál es la diferencia", "diferencia entre", "qué talla",
            "me aconsejáis", "me recomendáis", "abriga", "abrigan", "se puede lavar", "se puede meter",
            "en la secadora", "en la lavadora", "encoge", "pica", "transpirable", "volveréis a tener",
            "vuelva a estar disponible", "vuelve a estar disponible", "agotad*", "reponer", "reposición",
            "tallan grande", "tallan pequeño", "talla grande", "talla pequeño", "antes de pedir",
            "antes de hacer el pedido"),
        TermGroup(
            .productQuestion, .es, 1.5, "es impermeable", "lavar", "lavadora", "plumas", "sintética", "forro"),
        TermGroup(.productQuestion, .es, 1, "es de", "son de", "tiene", "tienen", "se puede", "cuál"),
        TermGroup(
            .productQuestion, .de, 3, "unterschied zwischen", "was ist der unterschied", "welche größe",
            "fällt _ aus", "fällt _ _ aus", "fallen _ aus", "hält warm", "warm genug", "kann man _ waschen",
            "trockner", "läuft ein", "kratzt", "atmungsaktiv", "wieder da", "wieder verfügbar",
            "wieder auf lager", "wieder rein", "wieder reinkommen", "kommt _ wieder", "ausverkauft",
            "benachrichtigung", "vor der bestellung", "empfehlen sie", "würden sie empfehlen"),
        TermGroup(
            .productQuestion, .de, 1.5, "waschen", "daunen", "futter"),
        TermGroup(
            .productQuestion, .de, 1, "ist die", "ist der", "ist das", "sind die", "hat die", "hat der", "kann man",
            "gibt es", "welche", "welcher", "habt ihr", "haben sie"),
        TermGroup(
            .productQuestion, .fr, 3, "quelle est la différence", "différence entre", "quelle taille",
            "vous me conseillez", "tient chaud", "chaud pour", "passe en machine", "lavable", "laver en machine",
            "au sèche linge", "rétrécit", "gratte", "respirant", "de nouveau disponible", "à nouveau disponible",
            "réassort", "en rupture", "avant de commander", "taille grand", "taille petit"),
        TermGroup(
            .productQuestion, .fr, 1.5, "laver", "doublure", "duvet"),
        TermGroup(
            .productQuestion, .fr, 1, "est ce qu'il", "est ce qu'elle", "est il", "est elle", "peut on", "est ce que",
            "quelle", "quel"),
        TermGroup(
            .productQuestion, .it, 3, "che differenza", "qual è la differenza", "differenza tra", "che taglia",
            "mi consigliate", "tiene caldo", "abbastanza caldo", "caldo per", "lavare in lavatrice", "in lavatrice",
            "asciugatrice", "si restringe", "pizzica", "traspirante", "di nuovo disponibile", "torna disponibile",
            "tornerà disponibile", "esaurit*", "riassortimento", "prima di ordinare", "calzano grandi",
            "calzano piccole", "veste grande", "veste piccolo"),
        TermGroup(
            .productQuestion, .it, 1.5, "lavare", "imbottitura", "piumino"),
        TermGroup(.productQuestion, .it, 1, "è di", "sono di", "si può", "quale", "avete", "ha il", "ha la"),
        TermGroup(
            .productQuestion, .en, 1,
            colors(
                ["olive", "khaki", "burgundy", "orange", "cream", "sage", "plum", "lilac", "purple", "charcoal"],
                prefix: "in")),
        TermGroup(
            .productQuestion, .de, 1,
            colors(
                ["lila", "rosa", "beige", "oliv", "braun", "gelb", "orange", "anthrazit", "weiß", "creme"], prefix: "in"
            )),
        TermGroup(
            .productQuestion, .es, 1,
            colors(["rosa", "morado", "beige", "marrón", "amarillo", "naranja", "caqui", "oliva"], prefix: "en")),
        TermGroup(
            .productQuestion, .fr, 1,
            colors(["rose", "violet", "beige", "marron", "jaune", "orange", "kaki", "bordeaux", "olive"], prefix: "en")),
        TermGroup(
            .productQuestion, .it, 1,
            colors(
                ["rosa", "viola", "beige", "marrone", "giallo", "arancione", "verde oliva", "bordeaux"], prefix: "in")),
    ]

    /// What arrived is not what was ordered, or not in working order, whatever the remedy asked (T3).
    static let broadDamagedOrWrongItem: [TermGroup] = [
        // Wear after a few uses, and "what I ordered" said after what came.
        TermGroup(
            .damagedOrWrongItem, .en, 3, "after _ walks", "after _ wears", "after _ uses", "after _ washes",
            "after _ days of use", "after _ weeks of use", "unglued", "coming unglued", "came unglued",
            "but i ordered", "even though i ordered", "although i ordered", "when i ordered", "the one i ordered",
            "replace them", "replace it", "replaced or refunded", "want them replaced", "want it replaced"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "después de _ usos", "tras _ usos", "después de _ lavados",
            "a los pocos días", "pero pedí", "cuando pedí", "la que elegí", "el que elegí", "la que pedí",
            "el que pedí", "que es la que", "que es el que", "despegad*", "se ha despegado"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "nach _ mal tragen", "nach _ wäschen", "nach _ mal waschen",
            "nach kurzer zeit", "obwohl ich _ bestellt", "ich hatte _ bestellt", "hatte ich bestellt",
            "wackelt", "schließt nicht dicht", "löst sich ab"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "après _ utilisations", "après _ lavages", "au bout de quelques jours",
            "alors que j'ai commandé", "mais j'avais commandé", "celle que j'ai commandée", "celui que j'ai commandé",
            "ne tient pas", "ébréché", "ébréchée", "se décolle"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "dopo _ utilizzi", "dopo _ lavaggi", "dopo pochi giorni",
            "mentre avevo ordinato", "ma avevo ordinato", "quella che ho ordinato", "quello che ho ordinato",
            "si scolla", "scollat*", "traballa"),
        // "Another size" is also what an exchange asks for: only a hint here.
        TermGroup(.damagedOrWrongItem, .en, 2, "a different size", "a different colour", "a different color"),
        TermGroup(.damagedOrWrongItem, .es, 2, "otra talla", "talla distinta", "talla diferente"),
        TermGroup(.damagedOrWrongItem, .de, 2, "andere größe", "anderes modell"),
        TermGroup(.damagedOrWrongItem, .fr, 2, "autre modèle", "autre taille"),
        TermGroup(.damagedOrWrongItem, .it, 2, "altro colore", "altra taglia", "taglia diversa"),
        TermGroup(
            .damagedOrWrongItem, .en, 3.5, "isn't what i ordered", "not what i ordered", "not the size i ordered",
            "not the colour i ordered", "not the color i ordered", "in pieces", "arrived cracked", "came cracked",
            "came broken", "came damaged", "came apart", "was missing", "were missing",
            "wasn't in the box", "wasn't in the parcel", "wasn't in the package", "not in the box",
            "not in the parcel", "not in the package", "didn't include", "did not include",
            "only one of the", "only got one", "only received one", "empty box", "box was empty"),
        TermGroup(.damagedOrWrongItem, .en, 3, "are missing", "not included"),
        TermGroup(.damagedOrWrongItem, .en, 2, "is missing"),
        TermGroup(
            .damagedOrWrongItem, .en, 3, "came off", "fell off", "peeled off", "came loose", "came undone",
            "coming apart", "unravel*", "frayed", "fraying", "stopped working", "quit working", "died after",
            "won't close", "doesn't close", "won't stay", "wobbly", "faded after", "bled", "colour ran",
            "discoloured", "a tear", "ripped", "split open", "the seam", "the stitching", "the zip broke",
            "the zipper broke", "sole came", "heel came", "handle came", "instead", "a pull in", "snag*",
            "loose thread*", "pilling", "bobbling", "has a hole", "has a stain", "pulled away", "came away",
            "tore", "detached", "doesn't hold a charge", "won't hold a charge", "doesn't hold charge",
            "battery drains", "switches off", "turns off", "first wear", "second wear", "after one wear",
            "after two wears", "after a few wears", "first use", "second use", "after one use", "after a week of use",
            "right size", "correct size", "right colour", "right color", "correct colour", "correct color",
            "the one i actually ordered"),
        TermGroup(
            .damagedOrWrongItem, .es, 3.5, "no es lo que pedí", "no es lo que he pedido", "no es el que pedí",
            "no es la que pedí", "me mandasteis", "me habéis mandado", "me habéis enviado", "me enviasteis",
            "llegó roto", "llegó rota", "vino roto", "vino rota",
            "faltaba", "faltan", "no venía", "no venia", "no estaba en la caja", "no estaba en el paquete",
            "solo venía", "solo me llegó uno", "solo me llegó una", "caja vacía"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "se ha despegado", "se despegó", "se soltó", "se ha soltado", "se descose",
            "se ha descosido", "se rompió", "dejó de funcionar", "ha dejado de funcionar", "no cierra",
            "desteñid*", "destiñe", "se ha rajado", "agrietad*", "asa rota", "en vez de", "gotea", "enganchón",
            "hilo suelto", "bolitas", "tiene un agujero", "tiene una mancha", "no aguanta la carga", "se apaga",
            "primer uso", "segundo uso", "primera puesta", "la talla correcta", "el color correcto"),
        TermGroup(
            .damagedOrWrongItem, .de, 3.5, "nicht das was ich bestellt", "nicht das, was ich bestellt",
            "nicht die bestellte", "nicht der bestellte", "fehlte", "fehlten",
            "nicht im paket", "nicht enthalten", "nicht dabei", "nur einer der", "nur eine der", "leerer karton",
            "mit einem sprung", "sprung", "gesprungen", "zersprungen", "kaputt gegangen"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "hat sich gelöst", "löst sich", "abgefallen", "abgegangen", "aufgegangen",
            "naht", "geliefert wurde", "schließt nicht", "färbt ab", "ausgefranst", "verfärbt", "stattdessen",
            "reißverschluss",
            "sohle", "tropft", "ist gerissen", "ziehfaden", "faden", "knötchen", "pillt", "akku hält nicht",
            "hält den akku nicht", "schaltet sich ab", "ersten tragen", "zweiten tragen", "ersten benutzung",
            "im paket lag", "in meinem paket lag", "in meinem paket war", "lag im paket", "richtige farbe",
            "richtige größe", "richtigen farbe", "richtigen größe"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3.5, "pas ce que j'ai commandé", "pas celui que j'ai commandé",
            "pas celle que j'ai commandée", "pas la bonne taille", "pas la bonne couleur", "pas le bon",
            "vous m'avez envoyé", "arrivé fendu", "arrivée fendue", "fendu", "fendue",
            "il manquait", "manquait", "n'était pas dans le colis", "pas dans le colis", "colis vide",
            "pas inclus", "arrivé cassé", "arrivée cassée"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "s'est décollée", "s'est décollé", "décollé*", "s'est détaché*",
            "s'est cassé*", "ne ferme pas", "ne ferme plus", "déteint", "s'effiloche", "a lâché", "à la place",
            "couture", "fermeture éclair", "semelle", "fuite", "fil tiré", "accroc", "bouloche", "boulochage",
            "ne tient pas la charge", "ne tiennent pas la charge", "s'éteint", "s'éteignent", "première utilisation",
            "deuxième utilisation", "premier port", "la bonne taille", "la bonne couleur"),
        TermGroup(
            .damagedOrWrongItem, .it, 3.5, "non è quello che ho ordinato", "non è quello ordinato",
            "non è la taglia", "non è il colore", "mi avete mandato", "mi avete inviato", "mi avete spedito",
            "mancava", "mancavano", "non c'era",
            "non era nel pacco", "solo uno dei", "solo una delle", "pacco vuoto", "non incluso", "arrivato rotto",
            "arrivata rotta", "arrivato incrinato", "arrivata incrinata"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "si è staccat*", "staccat*", "si è rott*", "non chiude", "non si chiude",
            "ha smesso di funzionare", "stinge", "scolorit*", "sfilacciat*", "si è scucit*", "al posto di",
            "cucitura", "cerniera", "suola", "filo tirato", "pallini", "pelucchi", "non tiene la carica",
            "batteria non dura", "si spegne", "primo utilizzo", "secondo utilizzo", "sbeccat*", "la taglia giusta",
            "il colore giusto"),
        TermGroup(.damagedOrWrongItem, .it, 2.5, "perde"),
        TermGroup(.damagedOrWrongItem, .en, 2.5, "the wrong"),
        // Transit damage to hard goods: dents, chips, crushing, in every language.
        TermGroup(.damagedOrWrongItem, .en, 2.5, "chipped", "squashed", "caved in", "in bits"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "abollad*", "astillad*", "desconchad*", "hecho pedazos", "hecha pedazos",
            "hecho añicos", "hecha añicos", "hundid*"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "eingedrückt", "zerdrückt", "zerbeult", "verbogen", "angeschlagen",
            "zersplittert", "in scherben"),
        TermGroup(.damagedOrWrongItem, .fr, 3, "cabossé*", "tordu*", "écrasé*", "en morceaux", "en miettes"),
        TermGroup(.damagedOrWrongItem, .it, 3, "schiacciat*", "scheggiat*", "piegat*", "in frantumi", "a pezzi"),
    ]

    /// The service itself: staff, couriers, phone lines, website, policies, apologies (T6).
    static let broadComplaint: [TermGroup] = [
        TermGroup(
            .complaint, .en, 3, "impolite", "unfriendly", "hung up", "hang up", "kept on hold", "on hold for",
            "waited on hold", "never called back", "nobody called", "no one called", "threw the", "threw my",
            "an apology",
            "apologise", "apologize", "i expect better", "your staff", "your agent", "the agent", "your website",
            "your site", "your checkout", "your policy", "unfair", "attitude", "condescending", "dismissive",
            "poorly", "a nuisance", "goodwill", "someone senior", "reply from a manager", "sarcastic", "live chat",
            "chat agent", "same answer", "copy paste", "copy pasted", "template answer", "canned response",
            "your _ policy", "policy is a joke", "is a joke", "won't be shopping", "won't shop", "never shop",
            "never order from you again", "never buying from you again", "lost a customer", "shop elsewhere"),
        TermGroup(
            .complaint, .en, 2, "too much plastic", "excessive packaging", "the driver was", "the courier was",
            "treated", "on hold", "customer line", "phone line",
            "helpline", "disconnected", "not how a company", "treat people", "treat customers", "treat your customers"),
        TermGroup(.complaint, .en, 1, "staff", "courier", "driver", "website", "policy", "experience"),
        TermGroup(
            .complaint, .es, 3, "maleducad*", "borde", "grosero", "grosera", "me colgó", "colgó", "nadie me llamó",
            "atención al cliente", "mala atención", "pésima atención", "mal trato", "trato pésimo", "trato horrible",
            "disculpas", "pedir perdón", "injust*", "vuestra web", "la página web", "no vuelvo a comprar",
            "no volveré a comprar", "nunca más", "es una broma", "es un chiste", "vuestra política"),
        TermGroup(.complaint, .es, 2, "atención", "política", "experiencia", "desastre"),
        TermGroup(.complaint, .es, 1, "trato"),
        TermGroup(.complaint, .es, 1, "repartidor", "mensajero"),
        TermGroup(.complaint, .es, 2, "embalaje", "excesivo"),
        TermGroup(.complaint, .de, 2, "verpackung", "zu viel plastik", "übertrieben"),
        TermGroup(.complaint, .fr, 2, "emballage", "trop de plastique", "suremballage"),
        TermGroup(.complaint, .it, 2, "imballaggio", "troppa plastica", "eccessivo"),
        TermGroup(.complaint, .any, 1.5, "plástico", "plastik", "plastique", "plastica"),
        TermGroup(.complaint, .es, 1.5, "servicio"),
        TermGroup(
            .complaint, .de, 3, "unfreundlich", "unhöflich", "aufgelegt", "warteschleife", "zurückgerufen",
            "entschuldigung", "verhalten", "umgang", "unfair",
            "ungerecht", "ihre webseite", "ihre website", "stellungnahme", "kundenservice war", "schlecht erreichbar",
            "nie wieder", "ein witz", "ein schlechter witz", "ihre richtlinien", "ihre rückgabebedingungen"),
        TermGroup(
            .complaint, .de, 2, "hotline", "erfahrung"),
        TermGroup(
            .complaint, .de, 1, "service", "webseite", "website", "mitarbeiterin", "mitarbeiter", "paketbote",
            "zusteller", "fahrer"),
        TermGroup(
            .complaint, .fr, 3, "impoli*", "désagréable", "raccroché", "en attente pendant", "rappelé", "le conseiller",
            "la conseillère", "votre conseiller", "votre conseillère", "des excuses", "comportement",
            "injuste", "votre politique", "votre site", "méprisant*", "déplorable", "honte", "plus jamais",
            "je ne commanderai plus", "c'est une blague", "une plaisanterie"),
        TermGroup(.complaint, .fr, 2, "expérience"),
        TermGroup(.complaint, .fr, 1, "livreur", "conseiller", "service", "politique", "site"),
        TermGroup(
            .complaint, .it, 3, "maleducat*", "sgarbat*", "riattaccato", "chiuso il telefono", "mi ha richiamato",
            "l'operatore", "l'operatrice", "delle scuse", "comportamento", "ingiust*", "il vostro sito",
            "servizio clienti è stato pessimo", "mai più", "non comprerò più", "non ordinerò più", "una barzelletta",
            "la vostra politica"),
        TermGroup(
            .complaint, .it, 2, "esperienza"),
        TermGroup(.complaint, .it, 1, "corriere", "operatore", "operatrice", "servizio", "politica", "sito"),
    ]

    /// Business and bulk enquiries, press, compliments, company information.
    static let broadOther: [TermGroup] = [
        TermGroup(
            .other, .en, 3, "just wanted to thank", "wanted to say thanks", "wanted to say thank you",
            "sustainability report", "your suppliers", "supply chain", "ethical sourcing", "press images",
            "just had to say", "had to tell you", "see it in person", "in person", "try it on in store",
            "in store", "all customers who", "customers who ordered", "names and delivery addresses",
            "high resolution images", "product images", "gift guide", "freelance writer", "for my blog",
            "for our readers", "media enquiry", "media inquiry", "press enquiry", "press inquiry"),
        TermGroup(
            .other, .es, 3, "agradeceros", "quería agradecer", "daros las gracias", "sostenibilidad", "proveedores",
            "punto de venta", "puntos de venta", "en persona", "todos los clientes que"),
        TermGroup(
            .other, .de, 3, "danke sagen", "bedanken", "nachhaltigkeitsbericht", "lieferanten", "lieferkette",
            "vor ort", "anprobieren", "alle kunden, die"),
        TermGroup(
            .other, .fr, 3, "vous remercier", "remercier", "rapport de durabilité", "fournisseurs",
            "chaîne d'approvisionnement", "point de vente", "points de vente", "en magasin", "tous les clients qui"),
        TermGroup(
            .other, .it, 3, "ringraziarvi", "ringraziare", "sostenibilità", "fornitori", "filiera", "punto vendita",
            "punti vendita", "dal vivo", "in negozio", "tutti i clienti che"),
        TermGroup(
            .other, .any, 3, "solo quería decir", "solo quería deciros", "wollte nur sagen", "wollte einfach sagen",
            "je voulais juste dire", "je voulais simplement dire", "volevo solo dire", "volevo solo dirvi",
            "continuate così", "weiter so", "seguid así", "continuez comme ça", "keep up the good work"),
        TermGroup(
            .other, .en, 3, "company order", "for our employees", "for our staff", "for our team", "team event",
            "staff gifts", "with our logo", "our company logo", "company discount", "quantity discount",
            "volume discount", "bulk discount", "trade price"),
        TermGroup(
            .other, .es, 3, "para nuestros empleados", "para nuestro equipo", "con nuestro logo", "para la empresa",
            "descuento por volumen", "pedido de empresa"),
        TermGroup(
            .other, .de, 3, "firmenbestellung", "mengenrabatt*", "geschäftskunde*", "firmenlogo", "mit unserem logo",
            "für unsere mitarbeitenden", "für unsere mitarbeiter", "für unser team", "team event"),
        TermGroup(
            .other, .fr, 3, "pour nos salariés", "pour nos collaborateurs", "pour notre équipe", "avec notre logo",
            "remise sur quantité", "commande d'entreprise"),
        TermGroup(
            .other, .it, 3, "per i nostri dipendenti", "per il nostro team", "con il nostro logo", "sconto quantità",
            "ordine aziendale"),
    ]
}
