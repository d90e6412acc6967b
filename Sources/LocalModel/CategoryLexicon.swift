/// Keyword evidence for the ten ticket categories, per language.
///
/// Weights: 3–4 for words that on their own say what the ticket is about ("refund", "stornieren"), 2 for strong
/// hints, 1–1.5 for words that only tip a close call. Phrases carry the distinctions single words cannot:
/// "where is my order" is a status question, "supposed to arrive" a delay. Patterns are matched after accent
/// folding, so they are written with their natural spelling. See `TermGroup` for the syntax.
enum CategoryLexicon {
    static let groups: [TermGroup] =
        orderStatus + shippingDelay + returnRefund + cancellation + paymentBilling
        + productQuestion + damagedOrWrongItem + accountAccess + complaint + other + broadened + defects
        + usageAndFit + storeAndPolicy + failures

    static let orderStatus: [TermGroup] = [
        TermGroup(
            .orderStatus, .en, 3, "order status", "status of my order", "status of order", "status of the order",
            "where is my order", "where's my order", "wheres my order", "where is my package", "where is my parcel",
            "where is my shipment", "shipped yet", "ship yet", "track my order", "tracking my order",
            "update on my order", "check on my order", "check the status", "has it shipped", "has my order shipped",
            "has _ been shipped", "order update"),
        TermGroup(
            .orderStatus, .en, 2, "status", "when will it arrive", "when will my order", "when will _ arrive",
            "when will i get", "when will i receive", "did my _ arrive", "did _ arrive", "been shipped",
            "been dispatched", "confirm _ delivered", "confirm delivery", "any news on", "what's going on with"),
        TermGroup(
            .orderStatus, .en, 1.5, "hasn't arrived", "has not arrived", "haven't received", "shipping confirmation",
            "was delivered", "been delivered", "not received yet", "dispatched", "where is it"),
        TermGroup(.orderStatus, .en, 1, "tracking~", "never received", "not received", "estimated delivery", "eta"),

        TermGroup(
            .orderStatus, .es, 3, "estado del pedido", "estado de mi pedido", "donde esta mi pedido",
            "donde esta mi paquete", "donde esta el pedido", "se ha enviado ya", "ha salido ya", "sigue en preparacion"),
        TermGroup(
            .orderStatus, .es, 2, "cuando llegara", "cuando llega", "cuando me llega", "cuando lo recibire",
            "cuando recibire", "ha sido enviado", "estado", "donde esta", "saber como va", "en que estado"),
        TermGroup(
            .orderStatus, .es, 1.5, "no me ha llegado", "todavia no ha llegado", "en transito", "se ha enviado",
            "entregado", "confirmar la entrega"),
        TermGroup(.orderStatus, .es, 1, "seguimiento", "numero de seguimiento"),

        TermGroup(
            .orderStatus, .de, 3, "bestellstatus", "status meiner bestellung", "status der bestellung",
            "wo ist meine bestellung", "wo ist mein paket", "wo bleibt meine bestellung", "schon versandt",
            "schon verschickt", "bereits versandt"),
        TermGroup(
            .orderStatus, .de, 2, "wo bleibt", "wann kommt", "wann wird _ geliefert", "wann wird _ versandt",
            "wann kann ich _ rechnen", "stand meiner bestellung", "zugestellt"),
        TermGroup(
            .orderStatus, .de, 1.5, "noch nicht angekommen", "noch nicht erhalten", "versendet", "verschickt",
            "versandbestatigung"),
        TermGroup(.orderStatus, .de, 1, "sendungsverfolgung", "nicht erhalten"),

        TermGroup(
            .orderStatus, .fr, 3, "ou en est", "ou en est ma commande", "etat de ma commande", "statut de ma commande",
            "suivi de ma commande", "ou est ma commande", "ou est mon colis", "deja expedie*"),
        TermGroup(
            .orderStatus, .fr, 2, "statut", "quand vais je recevoir", "quand _ arriver", "quand sera _ livre*",
            "a ete expedie*", "a ete livre*"),
        TermGroup(
            .orderStatus, .fr, 1.5, "pas encore recu", "toujours pas recu", "expedie*", "confirmation d expedition"),
        TermGroup(.orderStatus, .fr, 1, "suivi", "numero de suivi"),

        TermGroup(
            .orderStatus, .it, 3, "stato del mio ordine", "stato dell ordine", "stato del ordine", "a che punto",
            "dov e il mio ordine", "dove e il mio ordine", "dov e il mio pacco", "gia stato spedito"),
        TermGroup(
            .orderStatus, .it, 2, "quando arriv*", "quando ricevero", "e stato spedito", "stato spedito",
            "e stato consegnato", "dov e"),
        TermGroup(.orderStatus, .it, 1.5, "non e ancora arrivato", "non ho ancora ricevuto", "spedito", "spedizione"),
        TermGroup(.orderStatus, .it, 1, "stato", "tracking", "tracciamento", "verificare"),

        TermGroup(.orderStatus, .pt, 3, "estado da encomenda", "onde esta a minha encomenda", "onde esta o meu pedido"),
        TermGroup(.orderStatus, .pt, 2, "quando chega", "ja foi enviad*", "rastreamento"),
        TermGroup(.orderStatus, .nl, 3, "waar is mijn bestelling", "status van mijn bestelling", "al verzonden"),
        TermGroup(.orderStatus, .nl, 2, "wanneer komt", "track en trace"),
        TermGroup(
            .orderStatus, .en, 3, "any update on", "order went through", "when can i expect", "left the warehouse",
            "when will it ship", "when will _ ship", "when does it ship", "has it been sent", "not shipped yet",
            "when _ will arrive", "when _ _ will arrive", "confirm my order"),
        TermGroup(
            .orderStatus, .en, 2, "any update", "haven't heard", "confirmation email", "order confirmation",
            "expect my", "ship date", "still processing", "dispatch", "went through"),
        TermGroup(.orderStatus, .en, 1.5, "know when", "delivery date", "heard anything", "processing"),
        TermGroup(
            .orderStatus, .es, 3, "cuando me llegara", "en que estado", "cuando lo enviais", "cuando se envia",
            "alguna novedad", "informacion sobre mi pedido", "ha salido"),
        TermGroup(
            .orderStatus, .es, 2, "me llegara", "no se nada", "novedades", "confirmacion del pedido",
            "sobre mi pedido"),
        TermGroup(.orderStatus, .es, 1.5, "llegara"),
        TermGroup(
            .orderStatus, .de, 3, "schon versendet", "wurde _ versendet", "wurde _ _ versendet", "gibt es neuigkeiten",
            "keine versandbestätigung", "wann _ _ ankommt", "wann _ ankommt"),
        TermGroup(.orderStatus, .de, 2, "neuigkeiten", "lieferdatum", "ankommen wird", "wann"),
        TermGroup(.orderStatus, .de, 1.5, "ankommt", "sendungsnummer", "trackingnummer"),
        TermGroup(
            .orderStatus, .fr, 3, "bien ete expedie*", "confirmer que ma commande", "quand _ recevoir",
            "aucune nouvelle de ma commande"),
        TermGroup(
            .orderStatus, .fr, 2, "ete expedie*", "aucune nouvelle", "des nouvelles", "recevoir mon colis",
            "quand sera", "date de livraison"),
        TermGroup(
            .orderStatus, .it, 3, "e partito", "quando _ spedito", "quando verra spedito", "nessuna notizia"),
        TermGroup(.orderStatus, .it, 2, "partito", "aggiornamenti", "novita", "codice di tracciamento", "notizie"),
        TermGroup(
            .orderStatus, .en, 3, "been packed", "did you ship", "did _ ship", "did _ _ ship", "ship my order",
            "ship my stuff", "shipped my", "on its way", "on the way"),
        TermGroup(.orderStatus, .en, 2, "packed", "ship my"),
        TermGroup(
            .orderStatus, .es, 3, "habeis mandado", "habeis enviado", "ya lo habeis", "ya la habeis", "esta en camino",
            "de camino"),
        TermGroup(.orderStatus, .es, 1.5, "saber si"),
        TermGroup(.orderStatus, .de, 3, "schon unterwegs", "unterwegs", "auf dem weg"),
        TermGroup(.orderStatus, .fr, 3, "est elle partie", "est il parti", "en route", "en cours de livraison"),
        TermGroup(.orderStatus, .fr, 2, "partie"),
        TermGroup(.orderStatus, .it, 3, "in viaggio", "in arrivo", "e gia partito"),
        TermGroup(.orderStatus, .en, 3, "where it is", "where my order is", "where my package is", "track it"),
    ]

    static let shippingDelay: [TermGroup] = [
        TermGroup(
            .shippingDelay, .en, 3, "delay*", "overdue", "supposed to arrive", "supposed to be delivered",
            "supposed to be here", "supposed to come", "should have arrived", "should have been delivered",
            "should have been here", "still not delivered", "still not arrived", "still hasn't arrived",
            "still haven't received", "still not received", "still no sign", "days late", "weeks late",
            "week late", "customs", "still stuck", "taking forever", "taking so long", "running late",
            "not updating", "hasn't updated", "hasn't moved", "not moved", "no movement", "lost in transit",
            "held at customs", "expected delivery was", "estimated delivery was", "missed the delivery date"),
        TermGroup(
            .shippingDelay, .en, 2.5, "stuck", "still waiting", "is it lost", "lost package", "lost parcel",
            "hasn't changed", "same status for", "for _ days", "for _ weeks", "weeks ago", "import fee*",
            "import vat", "import duties", "still in transit", "never arrived", "not arrived yet"),
        TermGroup(
            .shippingDelay, .en, 2, "late", "lost", "no update", "no updates", "would be here by", "held at",
            "last week", "weeks"),
        TermGroup(.shippingDelay, .en, 1.5, "duties", "it's now the", "still"),

        TermGroup(
            .shippingDelay, .es, 3, "retras*", "demora*", "deberia haber llegado", "tenia que llegar",
            "tendria que haber llegado", "sigue sin llegar", "sigue sin aparecer", "semanas esperando",
            "aduana*", "todavia no lo he recibido", "aun no lo he recibido", "no ha llegado todavia",
            "no se actualiza", "atascado", "sin moverse"),
        TermGroup(
            .shippingDelay, .es, 2.5, "iba a llegar", "llevo _ esperando", "llevo esperando", "desde hace _ dias",
            "hace _ semanas", "perdido", "parado"),
        TermGroup(.shippingDelay, .es, 2, "tarde", "esperando", "semanas", "aun no ha llegado"),

        TermGroup(
            .shippingDelay, .de, 3, "verspät*", "verzöger*", "lieferverzug", "immer noch nicht", "noch immer nicht",
            "beim zoll", "im zoll", "vom zoll", "zollamt", "zollgebühr*", "verzoll*", "zollabfertigung",
            "sollte _ ankommen", "sollte _ geliefert", "hätte _ ankommen", "warte seit", "keine bewegung",
            "nicht aktualisiert", "seit tagen", "seit wochen", "hängt seit", "steckt fest", "feststeck*"),
        TermGroup(.shippingDelay, .de, 2.5, "seit _ tagen", "seit _ wochen", "verloren", "hängt"),
        TermGroup(.shippingDelay, .de, 1.5, "sollte"),
        TermGroup(.shippingDelay, .de, 2, "wochen", "warte"),

        TermGroup(
            .shippingDelay, .fr, 3, "retard*", "aurait du arriver", "devait arriver", "devait etre livre*",
            "toujours pas arrive*", "toujours pas livre*", "toujours rien", "douane*", "attends depuis",
            "j attends toujours", "pas de mise a jour", "colis introuvable", "introuvable", "bloque depuis"),
        TermGroup(.shippingDelay, .fr, 2.5, "bloque*", "perdu", "depuis _ jours", "depuis _ semaines"),
        TermGroup(.shippingDelay, .fr, 2, "semaines", "toujours pas"),

        TermGroup(
            .shippingDelay, .it, 3, "ritard*", "doveva arrivare", "sarebbe dovuto arrivare", "doveva essere consegnat*",
            "ancora non e arrivato", "non e ancora arrivato", "ancora niente", "giacenza", "dogana*", "aspetto da",
            "bloccato da", "fermo da", "smarrit*", "non si aggiorna"),
        TermGroup(.shippingDelay, .it, 2.5, "bloccat*", "fermo", "perso", "da _ giorni", "da _ settimane"),
        TermGroup(.shippingDelay, .it, 2, "settimane"),
        TermGroup(.shippingDelay, .it, 1, "ancora"),

        TermGroup(.shippingDelay, .pt, 3, "atras*", "ainda nao chegou", "alfandega"),
        TermGroup(.shippingDelay, .nl, 3, "vertraag*", "vertraging", "nog steeds niet", "douane"),
        TermGroup(
            .shippingDelay, .en, 3, "hasn't shown up", "not shown up", "never showed up", "date passed",
            "delivery date passed", "way too long", "for weeks", "been _ weeks", "over a week", "more than a week"),
        TermGroup(
            .shippingDelay, .en, 2.5, "too long", "for days", "been _ days", "shown up", "days ago", "still waiting for"
        ),
        TermGroup(.shippingDelay, .en, 1.5, "it's been", "depot"),
        TermGroup(.shippingDelay, .es, 3, "lleva* _ semanas", "hace _ semanas que", "no llega"),
        TermGroup(.shippingDelay, .es, 2.5, "lleva* _ dias", "hace _ dias que"),
        TermGroup(
            .shippingDelay, .de, 3, "sollte _ kommen", "sollte _ _ kommen", "sollte _ _ ankommen",
            "noch nicht da", "immer noch nicht da", "nichts ist da", "ist nichts da", "ist immer noch nicht"),
        TermGroup(.shippingDelay, .fr, 3, "toujours pas recu", "n est toujours pas", "depuis plus d une semaine"),
        TermGroup(.shippingDelay, .it, 3, "non e ancora arrivat*", "non mi e ancora arrivat*", "non e mai arrivat*"),
        TermGroup(.shippingDelay, .de, 3, "überfällig", "seit einer woche", "seit _ woche"),
        TermGroup(
            .shippingDelay, .en, 3, "would arrive by", "said it would arrive", "told me _ would arrive",
            "told me this would arrive", "promised delivery", "was due on", "was due to arrive"),
        TermGroup(
            .shippingDelay, .de, 3, "nichts gekommen", "nicht bewegt", "nicht mehr bewegt", "bisher ist nichts",
            "für letzte woche", "war für _ angekündigt"),
    ]

    static let returnRefund: [TermGroup] = [
        TermGroup(
            .returnRefund, .en, 3, "!return~", "!returns", "!returning", "!returned", "return label", "!refund~",
            "!refunds", "!refunded", "!refunding", "money back", "!reimburse*", "store credit", "send _ back",
            "sent _ back", "send it back", "send them back", "ship _ back", "rma", "return policy",
            "returns policy", "!exchange~", "!exchanged"),
        TermGroup(.returnRefund, .en, 2, "too small", "too big", "too large", "doesn't fit", "don't fit", "didn't fit"),
        TermGroup(.returnRefund, .en, 1.5, "no longer need", "change my mind", "changed my mind"),
        TermGroup(.returnRefund, .en, 1, "fit"),

        TermGroup(
            .returnRefund, .es, 3, "!devol*", "!devuelv*", "!reembols*", "etiqueta de devolucion",
            "me devolvais el dinero", "devolver el dinero", "cambio de talla", "!cambiarla", "!cambiarlo",
            "!cambiar por"),
        TermGroup(.returnRefund, .es, 2, "me queda* pequen*", "me queda* grande*", "no me queda*", "dinero"),

        TermGroup(
            .returnRefund, .de, 3, "!rücksend*", "!zurücksend*", "!zurückschick*", "!zurückgeschickt",
            "!zurückgesendet", "!retoure*", "!retourenetikett", "!erstatt*", "!rückerstatt*", "!rückzahlung",
            "geld zurück", "!umtausch*"),
        TermGroup(.returnRefund, .de, 2, "widerruf*"),
        TermGroup(.returnRefund, .de, 2, "passt nicht", "zu klein", "zu groß"),

        TermGroup(
            .returnRefund, .fr, 3, "!retour*", "!retourner", "!rembours*", "!échang*", "!renvoy*", "!renvoi*",
            "etiquette de retour", "delai de retour"),
        TermGroup(.returnRefund, .fr, 2, "trop petit*", "trop grand*", "ne me va pas"),

        TermGroup(
            .returnRefund, .it, 3, "!reso", "!resi", "!restitu*", "!rimbors*", "etichetta di reso",
            "cambio taglia", "!rendere", "!cambiare taglia"),
        TermGroup(.returnRefund, .it, 2, "troppo piccol*", "troppo grand*", "non mi sta", "soldi"),

        TermGroup(.returnRefund, .pt, 3, "!devolu*", "!reembolso", "!devolver", "!troca*"),
        TermGroup(.returnRefund, .nl, 3, "!retour*", "!terugbetal*", "!terugsturen", "!ruilen", "geld terug"),
        TermGroup(
            .returnRefund, .en, 3, "swap _ for", "swap _ _ for", "get my money", "sent _ _ back", "send _ _ back",
            "ship _ _ back", "returned it", "return it", "return them"),
        TermGroup(.returnRefund, .en, 2.5, "swap", "my money"),
        TermGroup(.returnRefund, .en, 1.5, "bigger size", "smaller size", "larger size", "different size"),
        TermGroup(
            .returnRefund, .es, 3, "cambiar _ por", "cambiar _ _ por", "no he recibido el dinero",
            "devolverme el dinero"),
        TermGroup(.returnRefund, .es, 2, "el dinero", "talla mas grande", "talla mas pequena"),
        TermGroup(.returnRefund, .de, 3, "mein geld", "gegen eine andere", "gegen _ größere", "gegen _ kleinere"),
        TermGroup(.returnRefund, .fr, 3, "echanger _ contre", "echanger _ _ contre", "mon argent"),
        TermGroup(
            .returnRefund, .it, 3, "rispedit*", "rispedire", "cambiare _ con", "cambiare _ _ con", "i miei soldi"),
        TermGroup(.returnRefund, .it, 2.5, "rimandat*", "i soldi", "taglia piu grande", "taglia piu piccola"),
    ]

    static let cancellation: [TermGroup] = [
        TermGroup(.cancellation, .any, 3, "!cancel~", "!cancelar", "!cancellare", "!annul*"),
        TermGroup(
            .cancellation, .en, 3, "!cancellation~", "cancel _ subscription", "stop _ subscription",
            "ordered by mistake", "accidentally ordered", "ordered twice by mistake", "don't ship",
            "do not ship", "stop the order", "stop my order", "!unsubscribe"),
        TermGroup(
            .cancellation, .en, 2, "from this order", "from my order", "from the order",
            "changed my mind", "by mistake", "don't need it after all", "don't want it anymore", "found _ cheaper",
            "cheaper elsewhere"),
        // Past participles often report a state ("you cancelled my order but kept the money"): weak.
        TermGroup(.cancellation, .en, 1.5, "remove", "don't need", "!cancelled", "!canceled"),

        TermGroup(.cancellation, .es, 3, "!anular", "!anulacion", "!cancelacion", "!cancelen", "!cancelad"),
        TermGroup(.cancellation, .es, 1.5, "por error", "me he equivocado", "ya no lo quiero", "me equivoque"),

        TermGroup(.cancellation, .de, 3, "!storn*", "!abbestell*", "!kündig*", "abo beenden"),
        TermGroup(.cancellation, .de, 2, "!widerrufen"),
        TermGroup(
            .cancellation, .de, 2, "versehentlich", "aus versehen", "doppelt bestellt", "zweimal bestellt",
            "nicht mehr versenden"),

        TermGroup(.cancellation, .fr, 3, "!résilier", "!résiliation", "!désabonner"),
        TermGroup(.cancellation, .fr, 1.5, "par erreur", "je me suis trompe*", "je n en veux plus"),

        TermGroup(.cancellation, .it, 3, "!annullare", "!annullamento", "!disdire", "!disdetta"),
        TermGroup(.cancellation, .it, 2, "per errore", "ho sbagliato", "non lo voglio piu"),

        TermGroup(.cancellation, .pt, 3, "!cancelamento"),
        TermGroup(.cancellation, .nl, 3, "!annuleren", "!annulering", "!opzeggen"),
        TermGroup(
            .cancellation, .en, 3, "don't send", "do not send", "no longer want", "withdraw my order",
            "withdraw my purchase", "before it ships", "before it's shipped", "before it is shipped",
            "before it gets shipped", "hold my order", "call off"),
        TermGroup(.cancellation, .en, 2.5, "!withdraw", "before shipping"),
        TermGroup(.cancellation, .es, 2.5, "antes de que se envie", "no lo envieis", "no me lo envieis"),
        TermGroup(
            .cancellation, .de, 2.5, "bevor _ versendet", "bevor _ _ versendet", "nicht versenden",
            "bevor _ verschickt", "bevor _ _ verschickt"),
        TermGroup(
            .cancellation, .fr, 2.5, "avant l expedition", "avant qu elle soit expediee", "ne l envoyez pas",
            "avant son expedition"),
        TermGroup(.cancellation, .it, 2.5, "prima che venga spedit*", "non spedite", "prima della spedizione"),
        TermGroup(.cancellation, .de, 3, "!abbrechen"),
        TermGroup(.cancellation, .de, 1.5, "vertan"),
    ]

    static let paymentBilling: [TermGroup] = [
        TermGroup(.paymentBilling, .any, 2.5, "paypal", "klarna", "afterpay", "apple pay", "google pay", "sepa"),
        TermGroup(
            .paymentBilling, .en, 3, "payment~", "payments", "billing", "billed", "invoice~", "invoices",
            "invoiced", "charged twice", "double charged", "double charge", "charged me twice", "overcharged",
            "code didn't apply", "code did not apply", "didn't apply", "promo code", "discount code", "coupon~",
            "card declined", "card was declined", "declined", "vat number", "bank statement", "pre authorisation",
            "pre authorization", "preauthorization", "payment method"),
        TermGroup(
            .paymentBilling, .en, 2.5, "charged", "charge", "charges", "receipt", "vat", "transaction",
            "credit card", "debit card", "installment*", "full price", "wrong price", "price adjustment"),
        TermGroup(.paymentBilling, .en, 1.5, "card", "bill", "pay", "applied", "tax", "amount", "net 30"),

        TermGroup(
            .paymentBilling, .es, 3, "pago", "pagos", "cobr*", "cargo", "cargos", "cargad*", "dos veces",
            "factura*", "cupon", "codigo de descuento", "codigo promocional", "me habeis cobrado"),
        TermGroup(.paymentBilling, .es, 2, "tarjeta", "rechazad*", "iva", "importe", "pagar", "pague", "transferencia"),

        TermGroup(
            .paymentBilling, .de, 3, "zahlung*", "rechnung*", "abgebucht", "abbuchung*", "doppelt abgebucht",
            "zweimal abgebucht", "gutscheincode", "rabattcode", "kauf auf rechnung", "lastschrift"),
        TermGroup(
            .paymentBilling, .de, 2, "bezahl*", "kreditkarte", "abgelehnt", "mwst", "ust id", "betrag", "karte",
            "überweisung", "doppelt", "zweimal"),

        TermGroup(
            .paymentBilling, .fr, 3, "paiement*", "débit*", "prélev*", "factur*", "deux fois", "code promo",
            "carte bancaire", "carte bleue", "carte de credit"),
        TermGroup(.paymentBilling, .fr, 2, "payer", "paye", "refuse", "refusé", "tva", "montant", "virement"),

        TermGroup(
            .paymentBilling, .it, 3, "pagament*", "addebit*", "fattur*", "due volte", "codice sconto",
            "carta di credito", "partita iva", "codice sdi", "codice destinatario"),
        TermGroup(.paymentBilling, .it, 2, "pagare", "pagato", "carta", "rifiutat*", "iva", "importo", "bonifico"),

        TermGroup(.paymentBilling, .pt, 3, "pagamento", "cobrad*", "fatura"),
        TermGroup(.paymentBilling, .nl, 3, "betaling", "factuur", "afgeschreven", "dubbel betaald"),
    ]

    static let productQuestion: [TermGroup] = [
        TermGroup(.productQuestion, .any, 2.5, "bpa", "bluetooth", "usb c", "induction"),
        TermGroup(
            .productQuestion, .en, 3, "sizing", "size chart", "size guide", "true to size", "runs small",
            "runs large", "run small", "run large", "compatible", "compatibility", "in stock", "back in stock",
            "restock*", "before i buy", "before buying", "planning to buy", "thinking of buying", "difference between",
            "dishwasher safe", "made of", "how do i connect", "how do i use", "pairing", "quick question",
            "quick q", "pre order", "preorder"),
        TermGroup(
            .productQuestion, .en, 2, "warranty", "dimensions", "material", "materials", "available", "availability",
            "recommend", "work with", "work on", "works with", "does it", "does the", "do they", "waterproof",
            "instructions", "manual", "specs", "battery", "connect", "out of stock"),
        TermGroup(.productQuestion, .en, 1.5, "size", "will it", "is it", "colour", "color", "wide"),

        TermGroup(
            .productQuestion, .es, 3, "tallaje", "antes de comprar", "hay stock", "volvera a haber", "compatible",
            "guia de tallas", "apto para", "sirve para"),
        TermGroup(
            .productQuestion, .es, 2, "talla", "tallas", "disponible", "garantia", "medidas", "material",
            "funciona con", "recomiend*", "lavavajillas", "stock"),

        TermGroup(
            .productQuestion, .de, 3, "passform", "vor dem kauf", "auf lager", "kompatibel", "frage zu*",
            "frage zum", "frage zur", "fällt _ aus", "spülmaschinenfest", "wieder verfügbar", "geeignet"),
        TermGroup(
            .productQuestion, .de, 2, "verfügbar", "lieferbar", "garantie", "material", "maße", "abmessungen",
            "spülmaschine", "empfehl*", "funktioniert _ mit"),
        TermGroup(.productQuestion, .de, 1.5, "größe"),

        TermGroup(
            .productQuestion, .fr, 3, "avant d acheter", "en stock", "compatible", "guide des tailles",
            "taille t il", "taillent", "taille grand", "taille petit", "question sur"),
        TermGroup(
            .productQuestion, .fr, 2, "taille", "disponible", "garantie", "matiere", "dimensions", "fonctionne avec",
            "convient", "lave vaisselle", "conseill*", "gratte"),

        TermGroup(
            .productQuestion, .it, 3, "vestibilita", "prima di acquistare", "prima di comprare", "compatibile",
            "guida alle taglie", "domanda su", "torna disponibile"),
        TermGroup(
            .productQuestion, .it, 2, "taglia", "taglie", "disponibil*", "garanzia", "materiale", "misure",
            "dimensioni", "funziona con", "lavastoviglie", "consiglia*"),

        TermGroup(.productQuestion, .pt, 2, "tamanho", "disponivel", "garantia"),
        TermGroup(.productQuestion, .nl, 2, "maat", "beschikbaar", "op voorraad", "garantie"),
        TermGroup(
            .productQuestion, .en, 3, "come in", "comes in", "available in", "oven safe", "microwave safe",
            "go in the oven", "machine washable", "how heavy", "how big", "how long does the", "do you have this in",
            "do you have it in", "do you sell"),
        TermGroup(
            .productQuestion, .en, 2.5, "capacity", "suitable for", "weight", "washable", "vegan", "ingredients",
            "made in", "fabric"),
        TermGroup(.productQuestion, .en, 2, "oven", "microwave", "litres", "liters", "good for", "organic"),
        TermGroup(
            .productQuestion, .en, 1.5,
            colors(
                [
                    "black", "white", "navy", "blue", "red", "green", "grey",
                    "gray", "beige", "pink", "brown", "yellow", "purple",
                ], prefix: "in")),
        TermGroup(
            .productQuestion, .es, 3, "lo teneis en", "la teneis en", "en color", "cuanto pesa", "se puede lavar",
            "es apto", "vitroceramica", "teneis _ en"),
        TermGroup(
            .productQuestion, .es, 2.5, "induccion", "capacidad", "horno", "lavable", "abriga", "tamano", "peso"),
        TermGroup(
            .productQuestion, .es, 1.5, colors(["negro", "blanco", "azul", "rojo", "verde", "gris"], prefix: "en")),
        TermGroup(
            .productQuestion, .de, 3, "gibt es _ auch in", "gibt es _ in", "ofenfest", "wie schwer", "waschbar",
            "fassungsvermögen", "induktion*", "spülmaschinengeeignet"),
        TermGroup(.productQuestion, .de, 2, "auch in", "farbe", "backofen", "gewicht", "welche maße"),
        TermGroup(
            .productQuestion, .de, 1.5, colors(["schwarz", "weiss", "blau", "rot", "grün", "grau"], prefix: "in")),
        TermGroup(
            .productQuestion, .fr, 3, "passe au four", "au four", "avez vous _ en", "avez vous ce modele",
            "lavable en machine", "combien pese"),
        TermGroup(.productQuestion, .fr, 2.5, "couleur", "capacite", "poids", "lavable", "adapte", "adaptee"),
        TermGroup(
            .productQuestion, .fr, 1.5, colors(["noir", "blanc", "bleu", "rouge", "vert", "gris"], prefix: "en")),
        TermGroup(
            .productQuestion, .it, 3, "va bene per", "avete _ in", "avete questo modello", "quanto pesa",
            "lavabile in lavatrice"),
        TermGroup(.productQuestion, .it, 2.5, "induzione", "capacita", "forno", "lavabile", "adatto", "adatta", "peso"),
        TermGroup(
            .productQuestion, .it, 1.5, colors(["nero", "bianco", "blu", "rosso", "verde", "grigio"], prefix: "in")),
        TermGroup(
            .productQuestion, .en, 3, "thinking about getting", "thinking of getting", "thinking about buying",
            "considering buying", "would it fit", "will it fit", "does it fit"),
        TermGroup(.productQuestion, .en, 2, "loud", "noisy", "quiet", "durable", "comfortable"),
        TermGroup(.productQuestion, .en, 2.5, "waterproof"),
        TermGroup(.productQuestion, .es, 3, "sirven para", "impermeable*", "son comodas", "es comodo"),
        TermGroup(.productQuestion, .de, 3, "wasserdicht", "passt _ hinein", "passt ein", "bequem"),
        TermGroup(.productQuestion, .fr, 3, "imperméable*", "est il chaud", "est elle chaude", "convient il"),
        TermGroup(.productQuestion, .it, 3, "impermeabil*", "vanno bene per", "sono comode", "e comodo"),
        TermGroup(.productQuestion, .en, 2.5, "non toxic", "smoke free", "safe for", "child safe", "pet safe"),
        TermGroup(.productQuestion, .fr, 3, "existe en", "existe t il en", "existe t elle en"),
        TermGroup(.productQuestion, .es, 3, "existe en", "viene en"),
        TermGroup(.productQuestion, .it, 3, "esiste in", "esiste anche in"),
        TermGroup(.productQuestion, .de, 3, "gibt es _ auch als"),
    ]

    static let damagedOrWrongItem: [TermGroup] = [
        TermGroup(
            .damagedOrWrongItem, .en, 3.5, "wrong item", "wrong product", "wrong size", "wrong colour",
            "wrong color", "received the wrong", "sent the wrong", "sent me the wrong", "not what i ordered",
            "arrived broken", "arrived damaged", "dead on arrival", "picking error"),
        TermGroup(
            .damagedOrWrongItem, .en, 3, "!broken~", "!damaged~", "damage", "shattered", "cracked", "smashed",
            "defective~", "defect", "faulty", "malfunction*", "doesn't work", "does not work", "not working",
            "stopped working", "won't turn on", "will not turn on", "doesn't turn on", "won't charge",
            "missing part*", "missing item*", "torn", "ripped"),
        TermGroup(
            .damagedOrWrongItem, .en, 2.5, "stain*", "scratch*", "leak*", "instead of", "incomplete",
            "dented", "crushed", "bent", "peeling", "mould", "mold"),
        TermGroup(.damagedOrWrongItem, .en, 1.5, "replacement", "seam", "hole", "wrong", "missing"),

        TermGroup(
            .damagedOrWrongItem, .es, 3.5, "talla equivocada", "producto equivocado", "articulo equivocado",
            "me han enviado otro", "me habeis enviado otro", "en mal estado", "ha llegado roto", "ha llegado rota"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "!roto", "!rota", "!rotos", "!rotas", "!dañad*", "!rajad*", "defectuos*",
            "no funciona", "no enciende", "no se enciende", "equivocad*", "estropead*"),
        TermGroup(
            .damagedOrWrongItem, .es, 2.5, "pierde agua", "mancha*", "rayad*", "falta*", "aplastad*", "golpead*",
            "en lugar de"),
        TermGroup(.damagedOrWrongItem, .es, 1.5, "sustitucion", "incorrect*"),

        TermGroup(
            .damagedOrWrongItem, .de, 3.5, "falsche größe", "falscher artikel", "falsches produkt", "falsche farbe",
            "falsch geliefert", "defekt angekommen", "kaputt angekommen", "beschädigt angekommen"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "!kaputt", "!beschädigt*", "!beschädigung", "!defekt*", "zerbrochen",
            "gebrochen", "gerissen", "funktioniert nicht", "geht nicht an", "lässt sich nicht einschalten"),
        TermGroup(
            .damagedOrWrongItem, .de, 2.5, "falsch*", "richtige größe", "zerkratzt", "fleck*", "fehlt", "undicht",
            "verbeult", "statt", "anstatt"),
        TermGroup(.damagedOrWrongItem, .de, 1.5, "ersatz", "geliefert wurde"),

        TermGroup(
            .damagedOrWrongItem, .fr, 3.5, "mauvais article", "mauvaise taille", "mauvais produit",
            "mauvaise couleur", "arrive casse*", "arrive endommage*"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "!cassé", "!cassée", "!cassés", "!cassées", "!endommag*", "!abîm*",
            "défectueu*", "ne fonctionne pas",
            "ne marche pas", "ne s allume pas", "fissur*", "brisé*", "en panne"),
        TermGroup(
            .damagedOrWrongItem, .fr, 2.5, "tache*", "rayé*", "manquant*", "il manque", "au lieu de", "fuit",
            "enfoncé"),
        TermGroup(.damagedOrWrongItem, .fr, 1.5, "remplacement"),

        TermGroup(
            .damagedOrWrongItem, .it, 3.5, "articolo sbagliato", "taglia sbagliata", "prodotto sbagliato",
            "colore sbagliato", "arrivato rotto", "arrivata rotta"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "!rott*", "!danneggiat*", "difettos*", "non funziona", "non si accende",
            "guast*", "crepat*", "incrinat*", "!ammaccat*"),
        TermGroup(
            .damagedOrWrongItem, .it, 2.5, "sbagliat*", "invece di", "mancant*", "manca", "macchia*", "graffiat*",
            "perde acqua"),
        TermGroup(.damagedOrWrongItem, .it, 1.5, "sostituzione"),

        TermGroup(.damagedOrWrongItem, .pt, 3, "danificad*", "partid*", "defeituos*", "errad*"),
        TermGroup(.damagedOrWrongItem, .nl, 3, "kapot", "beschadigd", "defect", "verkeerde"),
        TermGroup(
            .damagedOrWrongItem, .en, 3, "broke", "snapped", "chipped", "came apart", "fell apart", "falling apart",
            "doesn't heat", "won't heat", "stopped heating", "not the one i ordered", "different colour",
            "different color", "different item", "you sent me a", "you sent me the", "came with a hole"),
        TermGroup(.damagedOrWrongItem, .en, 2, "sent me a"),
        TermGroup(
            .damagedOrWrongItem, .en, 2.5, "zipper is stuck", "zip is stuck", "nothing happens", "doesn't respond",
            "not responding"),
        TermGroup(.damagedOrWrongItem, .en, 1.5, "zipper"),
        TermGroup(
            .damagedOrWrongItem, .es, 3.5, "hecho pedazos", "hecha pedazos", "color distinto", "color diferente",
            "no es el que pedi", "no calienta"),
        TermGroup(.damagedOrWrongItem, .es, 3, "pedazos", "romp*", "se ha roto", "desconchad*"),
        TermGroup(.damagedOrWrongItem, .es, 2, "distinto", "diferente", "al que pedi", "mandado un"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "angeschlagen", "geht nicht mehr", "funktioniert nicht mehr",
            "kaputt gegangen", "anders als bestellt", "andere farbe", "heizt nicht"),
        TermGroup(.damagedOrWrongItem, .de, 1.5, "nach _ tagen", "nicht mehr"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "couleur differente", "ne chauffe plus", "ne chauffe pas",
            "ne s allume plus", "ne fonctionne plus", "ne marche plus", "ne charge plus", "ebreche*", "ecaille*"),
        TermGroup(.damagedOrWrongItem, .fr, 2, "differente de", "different de"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "colore diverso", "scheggiat*", "non funziona piu", "non scalda",
            "non si accende piu"),
        TermGroup(.damagedOrWrongItem, .it, 2.5, "diverso da", "diversa da"),
        TermGroup(.damagedOrWrongItem, .de, 3, "anderer artikel", "als bestellt", "falsche ware"),
        TermGroup(.damagedOrWrongItem, .fr, 3, "fêlé*", "inutilisable", "impossible de l utiliser"),
        // Everyday defect descriptions: noises, leaks, charging, connection, holes, tears, rust, missing parts.
        TermGroup(
            .damagedOrWrongItem, .en, 3, "won't connect", "doesn't connect", "keeps disconnecting", "cuts out",
            "turns off by itself", "won't charge", "doesn't charge", "makes a noise", "strange noise",
            "crackling", "flickers", "flickering", "rusty", "rusted", "missing a piece", "missing pieces",
            "piece missing", "part missing", "with a hole", "a hole in"),
        TermGroup(.damagedOrWrongItem, .en, 2, "noise", "tear", "rust"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "le falta", "vino sin", "viene sin", "no se puede montar", "de menos",
            "hace ruido", "ruido raro", "no carga", "no conecta", "se apaga sola", "se apaga solo", "parpadea",
            "oxidad*", "agujero", "rasgad*", "descosid*", "falta una pieza", "se pela"),
        TermGroup(.damagedOrWrongItem, .es, 1.5, "ruido", "pieza"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "leckt", "tropft", "komische geräusche", "macht _ geräusche",
            "lädt nicht", "verbindet sich nicht", "geht von selbst aus", "flackert", "rostet", "rostig", "loch",
            "riss", "fehlt ein teil", "teil fehlt", "blättert ab"),
        TermGroup(.damagedOrWrongItem, .de, 1.5, "geräusch*"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "trou", "arrive comme ca", "fait du bruit", "bruit bizarre",
            "ne charge pas", "ne se connecte plus", "ne se connecte pas", "s eteint tout seul", "clignote",
            "rouille", "dechire*", "il manque une piece", "piece manquante", "decousu*"),
        TermGroup(.damagedOrWrongItem, .fr, 1.5, "bruit"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "non si collega*", "non si connette", "si spegne da sol*", "si spengono",
            "non si carica", "fa rumore", "rumore strano", "sfarfall*", "lampeggia", "arrugginit*", "buco",
            "strappat*", "scucit*", "manca un pezzo", "si stacca"),
        TermGroup(.damagedOrWrongItem, .it, 1.5, "rumore"),
    ]

    static let accountAccess: [TermGroup] = [
        TermGroup(.accountAccess, .any, 3, "password~", "login", "log in", "2fa", "otp", "captcha"),
        TermGroup(
            .accountAccess, .en, 3.5, "locked out", "account locked", "account is locked", "can't log in",
            "cannot log in", "can't sign in", "cannot sign in", "can't access my account", "cannot access my account",
            "access my account", "get into my account", "reset my password", "user not found", "changed the email",
            "email was changed", "lock my account"),
        TermGroup(
            .accountAccess, .en, 3, "sign in", "signing in", "log into", "logging in", "two factor", "2 factor",
            "verification code", "authenticator", "username", "reset link", "one time code", "magic link",
            "security code"),
        TermGroup(
            .accountAccess, .en, 2, "my account", "locked", "get back in", "hacked", "reset", "delete my account"),
        TermGroup(.accountAccess, .en, 1.5, "account", "logged in", "email address on"),

        TermGroup(
            .accountAccess, .es, 3.5, "no puedo entrar", "entrar en mi cuenta", "acceder a mi cuenta",
            "iniciar sesion", "cuenta bloqueada", "contraseña~"),
        TermGroup(.accountAccess, .es, 3, "codigo de verificacion", "restablecer", "usuario"),
        TermGroup(.accountAccess, .es, 2, "mi cuenta", "acceder", "bloquead*"),
        TermGroup(.accountAccess, .es, 1.5, "cuenta"),

        TermGroup(
            .accountAccess, .de, 3.5, "passwort~", "kennwort", "einlogg*", "kann mich nicht anmelden",
            "konto gesperrt", "zwei faktor", "bestätigungscode", "zugang zu meinem konto"),
        TermGroup(.accountAccess, .de, 3, "anmeld*", "zugang", "zurücksetzen", "sms code"),
        TermGroup(.accountAccess, .de, 2, "kundenkonto", "mein konto", "gesperrt", "code"),
        TermGroup(.accountAccess, .de, 1.5, "konto"),

        TermGroup(
            .accountAccess, .fr, 3.5, "mot de passe", "me connecter", "se connecter", "acceder a mon compte",
            "compte bloque", "code de verification"),
        TermGroup(.accountAccess, .fr, 3, "connexion", "identifiant*"),
        TermGroup(.accountAccess, .fr, 2, "mon compte", "espace client"),
        TermGroup(.accountAccess, .fr, 1, "compte"),

        TermGroup(
            .accountAccess, .it, 3.5, "non riesco ad accedere", "non riesco a entrare", "accedere al mio account",
            "account bloccato", "codice di verifica", "credenziali", "recupero password"),
        TermGroup(.accountAccess, .it, 3, "accedere", "accesso", "utente non trovato"),
        TermGroup(.accountAccess, .it, 2, "account", "utente", "il mio account"),

        TermGroup(.accountAccess, .pt, 3, "senha", "entrar na minha conta", "iniciar sessao"),
        TermGroup(.accountAccess, .nl, 3, "wachtwoord", "inloggen", "account geblokkeerd"),
        TermGroup(
            .accountAccess, .en, 3, "verify my account", "verification email", "activate my account",
            "activation email", "confirm my email"),
        TermGroup(.accountAccess, .es, 3, "recuperar la contraseña", "verificar mi cuenta", "activar mi cuenta"),
        TermGroup(.accountAccess, .de, 3, "konto aktivieren", "konto bestätigen"),
        TermGroup(.accountAccess, .fr, 3, "reinitialiser", "activer mon compte"),
        // Two-factor recovery: codes sent to an old number, lost backup codes.
        TermGroup(
            .accountAccess, .en, 3, "backup codes", "recovery codes", "sms code", "code by sms", "text message code",
            "old phone number", "changed my number", "changed phones"),
        TermGroup(
            .accountAccess, .es, 3, "códigos de respaldo", "código por sms", "código sms", "cambié de número",
            "número antiguo"),
        TermGroup(
            .accountAccess, .de, 3, "backup codes", "backup-codes", "wiederherstellungscodes", "alte nummer",
            "neue handynummer", "handynummer geändert"),
        TermGroup(
            .accountAccess, .fr, 3, "codes de secours", "code par sms", "code sms", "changé de numéro",
            "ancien numéro"),
        TermGroup(
            .accountAccess, .it, 3, "codici di backup", "codice via sms", "codice sms", "cambiato numero",
            "vecchio numero"),
        TermGroup(.accountAccess, .it, 3, "reimpostar*", "attivare l account"),
        TermGroup(
            .accountAccess, .en, 3, "isn't registered", "not registered", "invalid credentials", "wrong password",
            "incorrect password"),
        TermGroup(
            .accountAccess, .es, 3.5, "no me deja entrar", "intento entrar", "no esta registrado",
            "no me deja acceder", "no me deja iniciar"),
        TermGroup(.accountAccess, .de, 3, "nicht registriert", "falsches passwort"),
        TermGroup(.accountAccess, .fr, 3, "n est pas enregistre*", "pas reconnu", "identifiants incorrects"),
        TermGroup(.accountAccess, .it, 3, "non e registrat*", "password errata", "password sbagliata"),
    ]

    static let complaint: [TermGroup] = [
        TermGroup(
            .complaint, .en, 4, "formal complaint", "file a complaint", "make a complaint", "lodge a complaint",
            "never answered", "no one answers", "nobody answers", "speak to a manager", "speak to a supervisor"),
        TermGroup(
            .complaint, .en, 3, "complaint~", "complain*", "terrible service", "poor service", "bad service",
            "awful service", "worst service", "rude", "unhelpful", "unprofessional", "no answer", "no response",
            "no reply", "ignored", "ignoring", "do better", "waste of time", "treated like", "been treated"),
        TermGroup(
            .complaint, .en, 2, "unacceptable", "disappoint*", "embarrassing", "shameful", "fourth time",
            "third time", "fed up", "supervisor", "manager", "worst", "feedback", "customer service",
            "contacted you", "loyal customer", "to whom it may concern", "never again"),
        TermGroup(.complaint, .en, 1, "ridiculous", "joke", "packaging", "plastic", "sustainable", "wasteful"),

        TermGroup(
            .complaint, .es, 4, "reclamacion formal", "hoja de reclamaciones", "poner una reclamacion",
            "nadie me responde", "nadie me contesta"),
        TermGroup(
            .complaint, .es, 3, "reclamacion", "queja*", "quejarme", "pesimo", "pesima", "mal servicio",
            "ninguna respuesta", "tomadura de pelo", "no tiene nombre", "inaceptable"),
        TermGroup(.complaint, .es, 2, "decepcion*", "verguenza", "atencion al cliente", "excusas", "responsable"),

        TermGroup(
            .complaint, .de, 4, "offizielle beschwerde", "förmliche beschwerde", "keine antwort erhalten"),
        TermGroup(
            .complaint, .de, 3, "beschwerde*", "beschweren", "unverschämt", "frechheit", "unzumutbar",
            "keine antwort", "keine rückmeldung", "letzte frist"),
        TermGroup(.complaint, .de, 2, "enttäuscht", "katastroph*", "kundenservice", "vorgesetzt*", "frist"),

        TermGroup(.complaint, .fr, 4, "reclamation officielle", "me plaindre", "porter reclamation"),
        TermGroup(
            .complaint, .fr, 3, "plainte", "inadmissible", "inacceptable", "scandaleu*", "aucune reponse",
            "pas de reponse", "service client deplorable"),
        TermGroup(.complaint, .fr, 2, "reclamation", "honteu*", "déçu*", "decevant", "service client", "responsable"),

        TermGroup(
            .complaint, .it, 4, "reclamo formale", "parlare con un responsabile", "servizio clienti pessimo"),
        TermGroup(
            .complaint, .it, 3, "reclamo", "lamentar*", "lamentel*", "pessimo", "pessima", "inaccettabile",
            "nessuna risposta", "preso in giro", "vergognoso"),
        TermGroup(.complaint, .it, 2, "delus*", "vergogna", "servizio clienti", "responsabile"),

        TermGroup(.complaint, .pt, 3, "reclamacao", "pessimo atendimento"),
        TermGroup(.complaint, .nl, 3, "klacht", "slechte service"),
        TermGroup(
            .complaint, .en, 3, "nobody replies", "no one replies", "never replies", "never reply", "nobody ever",
            "dissatisfied", "unsatisfied", "customer experience", "your service"),
        TermGroup(.complaint, .en, 2, "not satisfied"),
        TermGroup(
            .complaint, .es, 3, "descontent*", "nadie contesta", "nadie responde", "no contesta nadie", "insatisfech*",
            "vuestro servicio"),
        TermGroup(
            .complaint, .de, 3, "zumutung", "auf eine antwort", "unzufrieden", "ihr service", "ihr kundenservice"),
        TermGroup(.complaint, .fr, 3, "mecontent*", "personne ne repond", "insatisf*", "votre service"),
        TermGroup(
            .complaint, .it, 3, "insoddisfatt*", "nessuno risponde", "non risponde nessuno", "scortese",
            "vostro servizio"),
        TermGroup(.complaint, .fr, 3, "sans reponse", "mail sans reponse", "lamentable comme service"),
        TermGroup(.complaint, .en, 3, "without an answer", "without a reply", "worst support"),
        TermGroup(.complaint, .es, 3, "sin respuesta", "peor servicio"),
        TermGroup(.complaint, .de, 3, "ohne antwort", "schlechtester service"),
        TermGroup(.complaint, .it, 3, "senza risposta", "peggior servizio"),
    ]

    static let other: [TermGroup] = [
        TermGroup(.other, .any, 3, "instagram", "tiktok", "gdpr", "rgpd", "dsgvo", "b2b"),
        TermGroup(
            .other, .en, 3, "collab*", "partnership", "sponsor*", "influencer", "affiliate", "media kit",
            "wholesale", "volume pricing", "bulk order", "reseller", "gift card", "giftcard", "e gift card",
            "catalogue", "catalog", "brochure",
            "careers", "job opening", "internship", "just wanted to say", "great service", "kudos", "compliment*",
            "personal data", "all customers", "customer list", "corporate gift*"),
        TermGroup(
            .other, .en, 2.5, "creator", "corporate", "business account", "voucher", "hiring", "opening hours",
            "newsletter", "donation", "charity"),
        TermGroup(.other, .en, 1.5, "partner", "audit", "export"),
        TermGroup(.other, .en, 1, "thank you"),

        TermGroup(
            .other, .es, 3, "colaboracion", "tarjeta regalo", "catálogo", "mayorista", "al por mayor",
            "datos personales",
            "felicitar*"),
        TermGroup(.other, .es, 2, "empleo"),
        TermGroup(.other, .es, 1.5, "muchas gracias por"),

        TermGroup(
            .other, .de, 3, "kooperation", "zusammenarbeit", "katalog", "geschenkkarte*", "geschenkgutschein*",
            "großhandel", "wiederverkäufer", "datenschutz", "lob"),
        TermGroup(.other, .de, 2, "bewerbung", "firmenkunde*", "gutschein"),

        TermGroup(
            .other, .fr, 3, "collaboration", "partenariat", "carte cadeau", "catalogue papier", "cheque cadeau",
            "bon d achat",
            "grossiste", "revendeur", "donnees personnelles", "validite", "felicit*"),
        TermGroup(.other, .fr, 2, "candidature", "valable"),

        TermGroup(
            .other, .it, 3, "collaborazione", "buono regalo", "carta regalo", "catalogo", "ingrosso", "rivenditore",
            "dati personali", "complimenti"),
        TermGroup(.other, .it, 2, "candidatura"),

        TermGroup(.other, .pt, 3, "cartao presente", "parceria"),
        TermGroup(.other, .nl, 3, "cadeaubon", "samenwerking"),
        TermGroup(
            .other, .en, 3, "physical store", "physical shop", "brick and mortar", "showroom", "are you hiring",
            "delete my data", "delete my personal", "super helpful", "so helpful", "very helpful", "great job",
            "well done", "store in", "shop in"),
        TermGroup(.other, .en, 2, "job", "opening hours", "store hours"),
        TermGroup(.other, .es, 3, "tienda fisica", "tienda en", "borrar mis datos", "trabajar con vosotros"),
        TermGroup(.other, .de, 3, "ladengeschäft", "filiale in", "laden in", "meine daten löschen", "stellenangebot*"),
        TermGroup(.other, .fr, 3, "boutique a", "magasin a", "supprimer mes donnees"),
        TermGroup(.other, .fr, 1.5, "boutique", "magasin"),
        TermGroup(.other, .it, 3, "negozio fisico", "negozio a", "cancellare i miei dati", "lavorare con voi"),
        // Shop policies and general information, asked before or without any order.
        TermGroup(
            .other, .en, 3, "do you ship to", "ship internationally", "international shipping", "shipping costs",
            "shipping cost", "how long does shipping take", "delivery times", "are you open"),
        TermGroup(.other, .es, 3, "enviais a", "hacéis envíos a", "envios internacionales", "plazos de entrega"),
        TermGroup(.other, .de, 3, "liefert ihr nach", "versendet ihr nach", "liefern sie nach", "lieferzeiten"),
        TermGroup(.other, .fr, 3, "livrez vous", "livrez vous en", "delais de livraison", "frais de port"),
        TermGroup(.other, .it, 3, "spedite in", "spedite anche", "tempi di consegna", "spese di spedizione"),
    ]

    /// "in black", "en negro"…: a colour asked about is a product question (a wrong colour is caught by
    /// the damaged/wrong-item phrases instead).
    static func colors(_ names: [String], prefix: String) -> [String] {
        names.map { prefix + " " + $0 }
    }
}
