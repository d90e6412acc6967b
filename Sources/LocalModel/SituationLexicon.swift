/// Keyword evidence for the situation behind a ticket, as the golden-set labelling guide describes it: what
/// happened (wrong item received, problem already resolved, parcel lost, charged for nothing), how the
/// customer stands (locked out, third contact, closing the thread) and deadlines. Priority, the wrong-item and
/// complaint tie-breaks read these; none of them scores a category on its own. Same syntax as `CategoryLexicon`.
enum SituationLexicon {
    static let groups: [TermGroup] =
        orderedClaim + receivedClaim + resolved + shipped + subscription + closing + asksNothing + repeatContact
        + soon + need + thisWeek + lost + wrongCharge + lockedOut + refundWord + orderChange + choice + authority
        + ownMistake

    /// "I ordered …": paired with `receivedClaim` later in the same message it means a wrong item.
    static let orderedClaim: [TermGroup] = [
        TermGroup(
            .orderedClaim, .en, 1, "ordered", "i ordered", "i had ordered", "i've ordered", "we ordered", "i picked",
            "i chose", "i selected", "my order was for", "what i ordered", "i paid for"),
        TermGroup(.orderedClaim, .es, 1, "pedí", "he pedido", "había pedido", "encargué", "pedimos", "elegí"),
        TermGroup(.orderedClaim, .de, 1, "bestellt", "bestellte", "ausgewählt"),
        TermGroup(.orderedClaim, .fr, 1, "commandé", "commandée", "commandés", "choisi"),
        TermGroup(.orderedClaim, .it, 1, "ordinato", "ordinata", "ordinati", "scelto"),
    ]

    /// "… and got / you sent me …". Negatable: "haven't received it" is a delay, not a wrong item.
    static let receivedClaim: [TermGroup] = [
        TermGroup(
            .receivedClaim, .en, 1, "!got a", "!got an", "!got the", "!got one", "!received a", "!received an",
            "!received the", "!received one", "!sent me", "!you sent", "!what came", "!what arrived", "!came in",
            "!arrived in", "!but got", "!but received", "!instead got", "!in the box was", "!in the parcel was",
            "!there was a", "!they sent"),
        // Receipts that are not goods: longer patterns at the same word override the ones above.
        TermGroup(
            .receivedClaim, .en, 0, "got a confirmation", "got the confirmation", "got an email", "got a refund",
            "got the tracking", "got a tracking", "received a confirmation", "received the confirmation",
            "received an email", "received the email", "received a refund", "received the refund",
            "received the tracking", "received a tracking", "got a message", "received a message",
            "received the parcel", "received the package", "received a shipping", "got a shipping",
            "received a notification", "got a notification", "received a text", "got a text"),
        TermGroup(
            .receivedClaim, .es, 1, "!me llegó", "!me ha llegado", "!me llegaron", "!recibí", "!he recibido",
            "!me mandasteis", "!me habéis mandado", "!me habéis enviado", "!me enviasteis", "!me enviaron",
            "!me mandaron", "!me han enviado", "!me han mandado", "!ha llegado un", "!ha llegado una", "!vino un",
            "!vino una", "!venía un", "!venía una", "!en la caja había", "!en el paquete había"),
        TermGroup(
            .receivedClaim, .de, 1, "!geliefert wurde", "!geliefert wurden", "!bekommen habe", "!erhalten habe",
            "!bekommen", "!erhalten", "!kam ein", "!kam eine", "!kam aber", "!geschickt", "!im paket war",
            "!im karton war", "!war im paket", "!geliefert wurde aber", "!zugeschickt", "!im paket lag",
            "!lag im paket",
            "!in meinem paket lag"),
        TermGroup(
            .receivedClaim, .fr, 1, "!j'ai reçu", "!reçu un", "!reçu une", "!reçu le", "!reçu la", "!m'avez envoyé",
            "!m'a été envoyé", "!dans le colis il y avait", "!il y avait", "!est arrivé un", "!est arrivée une"),
        TermGroup(
            .receivedClaim, .it, 1, "!mi è arrivato", "!mi è arrivata", "!mi sono arrivati", "!mi sono arrivate",
            "!ho ricevuto", "!ricevuto un", "!ricevuto una", "!mi avete mandato", "!mi avete inviato",
            "!mi avete spedito", "!nel pacco c'era", "!c'era un", "!c'era una", "!è arrivato un", "!è arrivata una"),
    ]

    /// The problem itself is over; what is left is how it was handled.
    static let resolved: [TermGroup] = [
        TermGroup(
            .resolved, .en, 2.5, "finally arrived", "finally got", "finally came", "finally received",
            "eventually arrived", "eventually came", "eventually got", "eventually received", "refund eventually",
            "refund finally", "has since arrived", "arrived in the end", "in the end it arrived", "sorted now",
            "issue is resolved", "problem is resolved", "issue was resolved", "problem was resolved",
            "problem was solved", "already resolved", "been resolved", "got my refund", "received my refund",
            "isn't about the money", "not about the money", "isn't about the order", "not about the order",
            "the parcel is fine", "the order itself is fine", "everything arrived", "all good now", "fixed now",
            "sorted in the end", "was sorted", "got sorted", "was resolved", "lo he solucionado",
            "ya lo he solucionado",
            "zum glück ist nichts passiert", "enfin arrivé hier", "est enfin arrivé"),
        TermGroup(
            .resolved, .es, 2.5, "al final llegó", "al final me llegó", "al final llegaron", "por fin llegó",
            "por fin me llegó", "ya me llegó", "ya llegó", "ya está resuelto", "ya está solucionado",
            "ya se ha solucionado", "ya se solucionó", "al final me devolvieron", "ya me devolvisteis",
            "no es por el dinero", "no es por el pedido", "el pedido llegó bien", "ya lo recibí", "ya está resuelto"),
        TermGroup(
            .resolved, .de, 2.5, "endlich da", "endlich angekommen", "inzwischen angekommen",
            "mittlerweile angekommen", "inzwischen erstattet", "mittlerweile erstattet", "wurde inzwischen",
            "ist inzwischen", "ist zwar", "wurde zwar", "hat sich erledigt", "ist erledigt", "ist gelöst",
            "nicht ums geld", "nicht um das geld", "doch noch angekommen", "schließlich angekommen"),
        TermGroup(
            .resolved, .fr, 2.5, "enfin arrivé", "enfin arrivée", "enfin reçu", "enfin été remboursé",
            "enfin été remboursée", "fini par arriver", "finalement arrivé", "finalement reçu", "est réglé",
            "est résolu", "a été résolu", "pas une question d'argent", "pas pour l'argent", "bien arrivé",
            "j'ai fini par"),
        TermGroup(
            .resolved, .it, 2.5, "alla fine è arrivato", "alla fine è arrivata", "alla fine il rimborso",
            "finalmente è arrivato", "finalmente arrivato", "è stato risolto", "ormai risolto", "già risolto",
            "non è per i soldi", "questione di soldi", "il pacco è arrivato"),
        TermGroup(.resolved, .es, 1.5, "al final", "por fin"),
        TermGroup(.resolved, .de, 1.5, "inzwischen", "mittlerweile", "endlich"),
        TermGroup(.resolved, .fr, 1.5, "enfin", "finalement"),
        TermGroup(.resolved, .it, 1.5, "alla fine", "finalmente"),
        TermGroup(.resolved, .en, 1.5, "finally", "eventually"),
    ]

    /// The order has left the warehouse. Negatable: "not shipped yet", "pas encore partie".
    static let shipped: [TermGroup] = [
        TermGroup(
            .shipped, .en, 2, "!already shipped", "!has shipped", "!was shipped", "!been shipped", "!already sent",
            "!already dispatched", "!been dispatched", "!handed to", "!in transit", "!on its way", "!out for delivery",
            "!it shipped", "!before it shipped", "!bring it back", "!refuse the delivery", "!already left"),
        TermGroup(
            .shipped, .es, 2, "!ya ha salido", "!ya se ha enviado", "!ya fue enviado", "!ya ha sido enviado",
            "!ya está enviado", "!en tránsito", "!en camino", "!ya lo habéis enviado", "!ya salió"),
        TermGroup(
            .shipped, .de, 2, "!bereits versandt", "!schon versandt", "!bereits verschickt", "!schon verschickt",
            "!wurde versandt", "!ist unterwegs", "!schon unterwegs", "!bereits unterwegs", "!wurde verschickt",
            "!in zustellung", "!bereits versendet", "!schon versendet"),
        TermGroup(
            .shipped, .fr, 2, "!déjà expédiée", "!déjà expédié", "!déjà partie", "!déjà parti", "!a été expédiée",
            "!a été expédié", "!est en route", "!en cours de livraison", "!en transit"),
        TermGroup(
            .shipped, .it, 2, "!già spedito", "!già spedita", "!già stato spedito", "!già partito", "!è stato spedito",
            "!è partito", "!in transito", "!in viaggio", "!in consegna"),
    ]

    static let subscription: [TermGroup] = [
        TermGroup(
            .subscription, .en, 3, "subscription*", "subscribe*", "membership", "sock club", "monthly box", "renewal"),
        TermGroup(.subscription, .es, 3, "suscripción", "suscripcion", "membresía", "renovación"),
        TermGroup(.subscription, .de, 3, "abo", "abonnement", "mitgliedschaft", "verlängerung"),
        TermGroup(.subscription, .fr, 3, "abonnement", "adhésion", "renouvellement"),
        TermGroup(.subscription, .it, 3, "abbonamento", "iscrizione", "rinnovo"),
    ]

    /// The last message only closes the thread.
    static let closing: [TermGroup] = [
        TermGroup(
            .closing, .en, 2, "all sorted", "all good", "that's all", "that solved it", "that worked", "works now",
            "problem solved", "issue solved", "got it thanks", "perfect thanks", "great thanks", "you can close",
            "close the ticket", "nothing else", "keep an eye on it", "i'll track it", "label printed",
            "it's arrived", "it has arrived", "sorted thanks", "that's great", "got it", "printed it",
            "printed the label", "label is printed", "all clear"),
        TermGroup(
            .closing, .es, 2, "ya está", "todo bien", "todo solucionado", "solucionado", "ya me ha llegado",
            "ya funciona", "podéis cerrar", "perfecto gracias", "genial gracias", "eso es todo"),
        TermGroup(
            .closing, .de, 2, "alles klar", "alles erledigt", "hat geklappt", "funktioniert jetzt", "ist angekommen",
            "ticket schließen", "passt danke", "super danke", "perfekt danke"),
        TermGroup(
            .closing, .fr, 2, "c'est réglé", "tout est réglé", "c'est bon", "problème résolu", "ça marche",
            "ça fonctionne", "je vais suivre", "pouvez clôturer", "parfait merci", "super merci", "c'est arrivé"),
        TermGroup(
            .closing, .it, 2, "tutto risolto", "tutto a posto", "ora funziona", "adesso funziona", "è arrivato",
            "potete chiudere", "perfetto grazie", "ottimo grazie", "seguirò"),
    ]

    /// Feedback that explicitly asks for nothing.
    static let asksNothing: [TermGroup] = [
        TermGroup(
            .asksNothing, .en, 3, "no need to reply", "no need to respond", "no reply needed", "don't need a reply",
            "not asking for anything", "just feedback", "just wanted to let you know", "just so you know",
            "for your information", "i don't expect anything", "no action needed", "nothing needs to be done",
            "i don't need anything", "thought you should know", "thought you'd want to know", "just wanted to mention",
            "wanted someone to know", "wanted you to know"),
        TermGroup(.asksNothing, .en, 0, "not asking for anything unreasonable", "not asking for anything else"),
        TermGroup(
            .asksNothing, .es, 3, "no pido nada", "no necesito respuesta", "no hace falta que respondáis",
            "que lo sepáis", "que lo sepais", "solo quería comentarlo", "solo quería comentar", "no quiero nada",
            "no espero nada"),
        TermGroup(
            .asksNothing, .de, 3, "ich möchte nichts", "ich will nichts", "ich erwarte nichts", "keine antwort nötig",
            "keine antwort erforderlich", "nur zur info", "nur als feedback", "nur mitteilen", "nur loswerden",
            "wollte nur anmerken", "das sollten sie wissen"),
        TermGroup(
            .asksNothing, .fr, 3, "je ne demande rien", "pas besoin de répondre", "inutile de répondre",
            "je voulais juste vous le dire", "je tenais à vous le dire", "pour information", "juste pour info",
            "je voulais juste signaler",
            "je n'attends rien"),
        TermGroup(
            .asksNothing, .it, 3, "non chiedo niente", "non chiedo nulla", "non voglio niente", "non voglio nulla",
            "non serve rispondere", "bisogno di rispondere", "volevo solo farvelo sapere", "per vostra informazione",
            "volevo solo segnalare",
            "non mi aspetto nulla", "non mi aspetto niente"),
    ]

    /// Third or later contact (weight 2), or a second one / unanswered messages (weight 1).
    static let repeatContact: [TermGroup] = [
        TermGroup(
            .repeatContact, .en, 2, "third time", "3rd time", "fourth time", "fifth time", "three times",
            "four times", "five times", "several times", "multiple times", "many times", "countless times",
            "again and again", "for the third", "emailed you twice", "written twice", "contacted you twice",
            "still no answer", "still no reply", "still no response", "still haven't heard", "no one has replied",
            "nobody has replied", "no one got back", "nobody got back", "never got back", "still waiting for a reply",
            "still waiting for an answer", "nobody answers", "no one answers", "nobody picks up"),
        TermGroup(.repeatContact, .en, 1, "no answer", "no reply", "no response", "again", "once again", "yet again"),
        TermGroup(
            .repeatContact, .es, 2, "tercera vez", "cuarta vez", "tres veces", "cuatro veces", "varias veces",
            "muchas veces", "sigo sin respuesta", "nadie me responde", "nadie me contesta", "nadie me coge",
            "nadie contesta", "nadie responde"),
        TermGroup(.repeatContact, .es, 1, "otra vez", "de nuevo", "sin respuesta", "ninguna respuesta"),
        TermGroup(
            .repeatContact, .de, 2, "dritte mal", "dritten mal", "vierte mal", "vierten mal", "dreimal", "viermal",
            "mehrmals", "mehrfach", "wiederholt", "immer noch keine antwort", "niemand meldet sich",
            "hat sich niemand gemeldet", "gemeldet hat sich niemand", "bis heute keine antwort",
            "noch keine antwort"),
        TermGroup(.repeatContact, .de, 1, "keine antwort", "keine rückmeldung", "schon wieder", "erneut"),
        TermGroup(
            .repeatContact, .fr, 2, "troisième fois", "quatrième fois", "trois fois", "quatre fois", "plusieurs fois",
            "à plusieurs reprises", "toujours pas de réponse", "personne ne répond", "personne ne m'a répondu",
            "personne ne me répond"),
        TermGroup(.repeatContact, .fr, 1, "aucune réponse", "sans réponse", "encore une fois", "de nouveau"),
        TermGroup(
            .repeatContact, .it, 2, "terza volta", "quarta volta", "tre volte", "quattro volte", "più volte",
            "diverse volte", "nessuno risponde", "nessuno mi ha risposto", "non risponde nessuno",
            "ancora nessuna risposta", "nessuno mi risponde"),
        TermGroup(.repeatContact, .it, 1, "nessuna risposta", "senza risposta", "ancora una volta", "di nuovo"),
    ]

    /// Within 48 hours. `TicketEvidence` drops "today" after an arrival verb ("it arrived today") and
    /// "mañana"/"Morgen" meaning the morning ("esta mañana", "guten Morgen").
    static let soon: [TermGroup] = [
        TermGroup(
            .soon, .en, 2, "tomorrow", "tonight", "today", "this evening", "within 24 hours", "in 24 hours",
            "by end of day", "by the end of the day", "day after tomorrow"),
        TermGroup(.soon, .es, 2, "mañana", "esta noche", "hoy", "pasado mañana"),
        TermGroup(.soon, .de, 2, "morgen", "heute abend", "noch heute", "heute noch", "übermorgen"),
        TermGroup(.soon, .fr, 2, "demain", "ce soir", "aujourd'hui", "après demain"),
        TermGroup(.soon, .it, 2, "domani", "stasera", "oggi", "dopodomani", "entro oggi"),
    ]

    /// What hangs on a deadline: a trip, an event, a gift, "I need it", "call me back".
    static let need: [TermGroup] = [
        TermGroup(
            .need, .en, 2, "need it", "need them", "need this", "need the", "trip", "travel*", "flight", "flying",
            "leaving", "i leave", "vacation", "holiday", "wedding", "birthday", "party", "event", "gift", "present",
            "call me", "call back", "ring me", "christmas"),
        TermGroup(
            .need, .es, 2, "lo necesito", "la necesito", "los necesito", "las necesito", "necesito", "viaje",
            "viajo", "vuelo", "me voy", "salgo", "boda", "cumpleaños", "regalo", "fiesta", "evento", "vacaciones",
            "llamadme", "llamarme", "llámenme", "me llaméis", "navidad"),
        TermGroup(
            .need, .de, 2, "brauche", "brauchen", "benötige", "reise", "urlaub", "flug", "fliege", "fahre",
            "hochzeit", "geburtstag", "geschenk", "feier", "rufen sie mich", "ruft mich", "zurückrufen",
            "weihnachten"),
        TermGroup(
            .need, .fr, 2, "besoin", "voyage", "vol", "je pars", "vacances", "mariage", "anniversaire", "cadeau",
            "fête", "rappelez", "rappeler", "me rappelle", "appelez moi", "noël"),
        TermGroup(
            .need, .it, 2, "ho bisogno", "mi serve", "mi servono", "viaggio", "volo", "parto", "vacanza", "vacanze",
            "matrimonio", "compleanno", "regalo", "festa", "richiamatemi", "richiamare", "chiamatemi", "mi richiami",
            "natale"),
    ]

    /// A deadline later this week.
    static let thisWeek: [TermGroup] = [
        TermGroup(
            .thisWeek, .en, 2,
            weekdays(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], ["by", "before"])
                + ["this weekend", "by the weekend", "this week", "end of the week", "in a few days"]),
        TermGroup(
            .thisWeek, .es, 2,
            weekdays(
                ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
                ["para el", "antes del", "el próximo"]) + ["este fin de semana", "esta semana", "el finde"]),
        TermGroup(
            .thisWeek, .de, 2,
            weekdays(
                ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
                ["bis", "vor", "am", "bis zum"]) + [
                    "dieses wochenende", "am wochenende", "diese woche", "ende der woche",
                ]
        ),
        TermGroup(
            .thisWeek, .fr, 2,
            weekdays(
                ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"], ["avant", "d'ici", "pour"])
                + ["ce week-end", "cette semaine", "fin de semaine"]),
        TermGroup(
            .thisWeek, .it, 2,
            weekdays(
                ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
                ["entro", "per", "prima di"])
                + ["questo weekend", "questo fine settimana", "questa settimana", "entro la settimana"]),
    ]

    /// Lost, or marked delivered and not received.
    static let lost: [TermGroup] = [
        TermGroup(
            .lost, .en, 3, "lost", "got lost", "never arrived", "never came", "never showed up", "never received it",
            "never got it", "marked as delivered", "marked delivered", "says delivered", "shows as delivered",
            "shows delivered", "delivered but", "delivered _ but", "delivered to the wrong", "stolen from",
            "not at my door", "received nothing", "nothing arrived", "with the neighbours", "mailbox was empty"),
        TermGroup(
            .lost, .es, 3, "perdido", "se ha perdido", "extraviado", "nunca llegó", "nunca me llegó",
            "pone entregado", "figura como entregado", "aparece como entregado", "marcado como entregado",
            "entregado pero", "entregado _ pero", "no he recibido nada"),
        TermGroup(
            .lost, .de, 3, "verloren", "verloren gegangen", "nie angekommen", "nie erhalten", "als zugestellt",
            "zugestellt aber", "zugestellt _ aber", "laut sendungsverfolgung zugestellt", "nichts erhalten",
            "nichts bekommen"),
        TermGroup(
            .lost, .fr, 3, "perdu", "égaré", "jamais arrivé", "jamais reçu", "marqué comme livré",
            "indiqué comme livré", "indique livré", "livré mais", "livré _ mais", "noté livré", "rien reçu"),
        TermGroup(
            .lost, .it, 3, "perso", "smarrito", "smarrita", "mai arrivato", "mai ricevuto", "risulta consegnato",
            "consegnato ma", "consegnato _ ma", "segnato come consegnato", "ricevuto niente", "ricevuto nulla"),
    ]

    /// Money taken for nothing received (priority rule H1).
    static let wrongCharge: [TermGroup] = [
        TermGroup(
            .wrongCharge, .en, 3, "charged twice", "charged me twice", "double charged", "double charge",
            "charged three times", "two charges", "duplicate charge", "duplicate payment", "charged but",
            "money was taken", "taken from my account", "debited but", "order failed", "payment failed but",
            "no order confirmation", "never got an order confirmation", "never got a confirmation",
            "not confirmed", "awaiting payment", "pending payment", "says unpaid", "still unpaid", "two payments",
            "money is still gone", "still gone from my account", "charged for a cancelled",
            "paid twice", "charged double", "marked as unpaid", "shows as unpaid",
            "charged for a cancelled", "charged for an order i never", "two identical payments"),
        TermGroup(
            .wrongCharge, .es, 3, "cobrado dos veces", "cobr* dos veces", "carg* dos veces", "cobrasteis dos veces",
            "dos cargos", "cargo duplicado",
            "cobro duplicado", "pago duplicado", "me han cobrado pero", "pendiente de pago", "sin confirmación",
            "no se ha confirmado", "no aparece el pedido", "pagado dos veces", "dos pagos", "como no pagado"),
        TermGroup(
            .wrongCharge, .de, 3, "doppelt abgebucht", "zweimal abgebucht", "zweimal belastet", "doppelt belastet",
            "abgebucht aber", "nie bestätigt", "nicht bestätigt", "keine bestellbestätigung", "zahlung ausstehend",
            "trotzdem abgebucht", "zweimal bezahlt", "zwei zahlungen", "doppelt bezahlt", "nicht bezahlt"),
        TermGroup(
            .wrongCharge, .fr, 3, "débit* deux fois", "prélev* deux fois", "factur* deux fois", "débité mais",
            "quand même été débité",
            "quand même débité", "aucune confirmation", "pas de confirmation", "en attente de paiement",
            "n'apparaît pas", "payé deux fois", "deux paiements", "non payée", "impayée"),
        TermGroup(
            .wrongCharge, .it, 3, "addebitato due volte", "addebitat* due volte", "pagat* due volte",
            "addebitati due volte", "due addebiti", "addebitato ma",
            "addebitati ma", "in attesa di pagamento", "nessuna conferma", "non confermato", "risulta annullato",
            "già addebitati", "già addebitato", "pagato due volte", "due pagamenti", "non pagato",
            "due addebiti identici", "due addebiti"),
    ]

    /// No way into the account (priority rule H6).
    static let lockedOut: [TermGroup] = [
        TermGroup(
            .lockedOut, .en, 3, "locked out", "can't log in", "cannot log in", "can't sign in", "cannot sign in",
            "can't get in", "can't get into", "cannot access my account", "can't access my account",
            "no access to my account", "unable to log in", "unable to access", "no longer have access", "lost access",
            "account is locked", "account locked", "get back into my account", "get back in"),
        // Self-service recovery that cannot work: codes go to a lost number, no backup codes.
        TermGroup(
            .lockedOut, .any, 1.5, "backup codes", "recovery codes", "old number", "old phone", "changed my number",
            "changed phones", "códigos de respaldo", "cambié de número", "número antiguo", "alte nummer",
            "codes de secours", "changé de numéro", "ancien numéro", "codici di backup", "vecchio numero",
            "cambiato numero"),
        TermGroup(
            .lockedOut, .es, 3, "no puedo entrar", "no puedo acceder", "no puedo iniciar sesión", "no consigo entrar",
            "no me deja entrar", "cuenta bloqueada", "ya no puedo entrar", "sin acceso"),
        TermGroup(
            .lockedOut, .de, 3, "kann mich nicht anmelden", "kann mich nicht einloggen", "komme nicht in mein konto",
            "komme nicht mehr rein", "kein zugriff", "keinen zugriff", "konto gesperrt", "ausgesperrt"),
        TermGroup(
            .lockedOut, .fr, 3, "impossible de me connecter", "je n'arrive pas à me connecter",
            "je n'arrive plus à me connecter", "je ne peux pas me connecter", "je ne peux plus me connecter",
            "plus accès", "compte bloqué", "complètement bloqué", "complètement bloquée"),
        TermGroup(
            .lockedOut, .it, 3, "non riesco ad accedere", "non riesco a entrare", "non riesco _ a entrare",
            "non riesco più ad accedere", "non riesco più a entrare", "account bloccato", "non posso accedere"),
    ]

    /// The refund itself (priority rule H2 reads it with the elapsed time).
    static let refundWord: [TermGroup] = [
        TermGroup(.refundWord, .en, 2, "refund*", "money back", "reimburse*", "my money"),
        TermGroup(.refundWord, .es, 2, "reembols*", "el dinero", "abono"),
        TermGroup(.refundWord, .de, 2, "erstatt*", "rückerstatt*", "geld", "rückzahlung", "gutschrift"),
        TermGroup(.refundWord, .fr, 2, "rembours*", "argent"),
        TermGroup(.refundWord, .it, 2, "rimbors*", "soldi"),
    ]

    /// Changing an order that is still in progress.
    static let orderChange: [TermGroup] = [
        TermGroup(
            .orderChange, .en, 3, "change the delivery address", "change the shipping address", "change my address",
            "change the address", "change _ address", "update the delivery address", "update my address",
            "update the address", "correct the address", "add _ to my order", "change my order", "modify my order",
            "change the size on my order", "wrong address on", "old address", "flat number", "apartment number",
            "house number", "wrong postcode", "wrong zip code", "fix the address", "deliver it to", "deliver to my",
            "my new address", "à ma nouvelle adresse", "a mi nueva dirección", "an meine neue adresse",
            "al mio nuovo indirizzo", "al nuovo indirizzo",
            "ship it to", "send it to my", "instead of my home", "enviadlo a", "entregadlo en", "en vez de a mi casa",
            "liefern sie _ an", "an meine arbeitsadresse", "statt nach hause", "livrer à", "livrez la", "livrez le",
            "faire livrer", "livrer à mon bureau", "to my office", "a mi oficina", "ins büro", "al mio ufficio",
            "au lieu de chez moi", "consegnare a", "spedite a", "invece che a casa"),
        TermGroup(
            .orderChange, .es, 3, "cambiar la dirección", "modificar la dirección", "corregir la dirección",
            "modificar el pedido", "cambiar el pedido", "añadir _ al pedido"),
        TermGroup(
            .orderChange, .de, 3, "adresse ändern", "lieferadresse ändern", "lieferadresse _ ändern",
            "ändern _ _ lieferadresse",
            "ändern _ _ _ lieferadresse", "ändern _ _ adresse", "ändern _ _ _ adresse", "neue lieferadresse",
            "lieferadresse _ _ ändern", "adresse _ ändern", "adresse korrigieren", "bestellung ändern"),
        TermGroup(
            .orderChange, .fr, 3, "changer l'adresse", "modifier l'adresse", "corriger l'adresse",
            "modifier ma commande", "ajouter _ à ma commande"),
        TermGroup(
            .orderChange, .it, 3, "cambiare l'indirizzo", "cambiare indirizzo", "modificare l'indirizzo",
            "correggere l'indirizzo", "modificare l'ordine", "aggiungere _ all'ordine"),
    ]

    /// The item is fine but not right for the customer: a return, not a defect (T3).
    static let choice: [TermGroup] = [
        TermGroup(
            .choice, .en, 2, "too small", "too big", "too large", "doesn't fit", "don't fit", "didn't fit",
            "a bit tight", "too tight", "too loose", "too short", "too long", "changed my mind", "change my mind",
            "don't like", "doesn't suit", "not for me", "no longer need", "ordered the wrong size",
            "picked the wrong size", "runs small", "runs large"),
        TermGroup(
            .choice, .es, 2, "me queda*", "me quedan", "no me gusta", "no me convence", "cambiado de opinión",
            "cambiado de idea", "me equivoqué de talla", "tallan pequeño", "tallan grande"),
        TermGroup(
            .choice, .de, 2, "zu klein", "zu groß", "zu eng", "zu weit", "zu kurz", "zu lang", "passt nicht",
            "gefällt mir nicht", "anders überlegt", "falsche größe bestellt"),
        TermGroup(
            .choice, .fr, 2, "trop petit*", "trop grand*", "trop juste", "un peu juste", "ne me va pas",
            "ne me plaît pas", "changé d'avis", "ne me convient pas"),
        TermGroup(
            .choice, .it, 2, "troppo piccol*", "troppo grand*", "troppo strett*", "non mi sta", "non mi piace",
            "cambiato idea", "calzano piccol*", "calzano grand*"),
    ]

    /// Claimed institutional authority, the mark of an outsider's social engineering.
    static let authority: [TermGroup] = [
        TermGroup(
            .authority, .en, 3, "security audit", "mandatory audit", "compliance department", "security department",
            "security and compliance", "fraud department", "law enforcement",
            "police department", "failure to comply", "audit of", "carrier audit", "logistics department"),
        TermGroup(
            .authority, .es, 3, "auditoría", "departamento de seguridad", "cumplimiento normativo", "policía"),
        TermGroup(.authority, .de, 3, "sicherheitsprüfung", "compliance abteilung", "polizei", "prüfung im auftrag"),
        TermGroup(.authority, .fr, 3, "audit de sécurité", "service conformité", "police", "gendarmerie"),
        TermGroup(.authority, .it, 3, "audit di sicurezza", "ufficio conformità", "polizia", "carabinieri"),
    ]

    /// The customer picked the wrong variant themselves, so "wrong size" describes their order, not the parcel.
    static let ownMistake: [TermGroup] = [
        TermGroup(
            .ownMistake, .en, 3, "i entered the wrong", "i selected the wrong", "i chose the wrong",
            "i picked the wrong",
            "i ordered the wrong", "i clicked the wrong", "i put the wrong", "my mistake", "my fault",
            "ordered it by mistake",
            "i made a mistake", "i messed up"),
        TermGroup(
            .ownMistake, .es, 3, "me equivoqué", "me he equivocado", "me confundí", "puse mal", "he puesto mal",
            "elegí mal", "pedí mal", "culpa mía", "lo pedí sin querer"),
        TermGroup(
            .ownMistake, .de, 3, "habe mich vertan", "mich vertan", "falsch ausgewählt",
            "falsch bestellt", "mein fehler", "habe mich verklickt"),
        TermGroup(
            .ownMistake, .fr, 3, "je me suis trompé", "je me suis trompée", "suis trompé", "suis trompée",
            "me suis trompé", "me suis trompée", "trompé de", "trompée de", "ma faute"),
        TermGroup(
            .ownMistake, .it, 3, "ho sbagliato", "mi sono sbagliato", "mi sono sbagliata", "colpa mia",
            "ho selezionato la taglia sbagliata"),
    ]

    /// "by friday", "para el viernes"…
    private static func weekdays(_ days: [String], _ prefixes: [String]) -> [String] {
        prefixes.flatMap { prefix in days.map { prefix + " " + $0 } }
    }
}
