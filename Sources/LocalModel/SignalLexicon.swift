/// Keyword evidence for everything that is not a category: tone, escalation reasons, prompt injection,
/// urgency, and the sentence roles the summarizer needs. Same pattern syntax as `CategoryLexicon`.
enum SignalLexicon {
    static let groups: [TermGroup] =
        negative + positive + mildNegative + legal + threat + fraud + suspicious + vip + injection + safety
        + urgency + blocker + request + pleasantry + action + broadTone + broadEscalation + worryAndPraise
        + unrecognisedCharges

    /// Words that negate what follows them in the same clause (see `Lexicon.isNegated`).
    static let negators: [String] = [
        "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "havent", "hasnt",
        "hadnt", "cant", "cannot", "wont", "wouldnt", "shouldnt", "couldnt", "without", "neither", "nor",
        "nunca", "sin", "ni", "tampoco", "jamas",
        "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "ohne",
        "pas", "ne", "n", "jamais", "sans", "aucun", "aucune",
        "non", "mai", "senza", "nessun", "nessuna", "nessuno",
        "nao", "sem", "nem", "niet", "geen", "nooit", "zonder",
    ]

    /// Words of will: with a negator they withdraw a request (see `Lexicon.isNegated`).
    static let volition: [String] = [
        "want", "wanna", "need", "wish", "like", "plan", "planning", "intend", "going", "mean", "quiero", "queria",
        "necesito", "quisiera", "pienso", "hace", "falta", "möchte", "möchten", "will", "wollte", "brauche",
        "veux", "voulais", "voudrais", "souhaite", "besoin", "voglio", "volevo", "vorrei", "intendo", "bisogno",
        "serve", "quero", "preciso", "wil", "hoef",
    ]

    static let negative: [TermGroup] = [
        TermGroup(
            .negative, .en, 3, "furious", "outraged", "disgusting", "disgusted", "pathetic", "incompetent",
            "rip off", "ripoff", "scam", "worst", "unacceptable", "ridiculous", "absolutely ridiculous",
            "fed up", "sick of", "sick and tired", "never again", "a joke", "is a joke", "joke of a"),
        TermGroup(
            .negative, .en, 2, "angry", "annoyed", "annoying", "frustrat*", "upset", "disappoint*", "unhappy",
            "terrible", "horrible", "awful", "useless", "rude", "nightmare", "embarrassing", "shameful", "hassle",
            "damn", "wtf", "seriously", "not good enough", "waste", "lied", "lying", "excuses", "straight answer",
            "chasing", "unhelpful", "treated like this", "been treated", "disrespectful"),
        TermGroup(.negative, .en, 1, "not happy", "no one", "nobody", "unfortunately"),

        TermGroup(
            .negative, .es, 3, "pesimo", "pesima", "vergonzoso", "inaceptable", "indignad*", "harto", "harta",
            "estafa", "tomadura de pelo", "no tiene nombre", "desastre", "ridiculo"),
        TermGroup(
            .negative, .es, 2, "enfadad*", "molest*", "decepcion*", "horrible", "terrible", "fatal", "verguenza",
            "excusas", "cabread*"),

        TermGroup(
            .negative, .de, 3, "unverschämt", "frechheit", "katastroph*", "inakzeptabel", "unzumutbar",
            "lächerlich", "betrug", "abzocke", "sauerei"),
        TermGroup(
            .negative, .de, 2, "ärgerlich", "verärgert", "sauer", "wütend", "enttäuscht", "schlecht", "schlimm",
            "mies", "nervig"),
        // Polite regret words ("leider", "purtroppo") are common in calm messages: they only tip the balance.
        TermGroup(.negative, .de, 1, "leider"),

        TermGroup(
            .negative, .fr, 3, "inadmissible", "inacceptable", "scandaleu*", "honteu*", "lamentable",
            "catastrophique", "arnaque", "ridicule", "en ai marre", "j en ai marre", "furieu*"),
        TermGroup(.negative, .fr, 2, "énerv*", "agacé*", "déçu*", "décevant", "nul", "horrible", "pas content*"),

        TermGroup(
            .negative, .it, 3, "pessimo", "pessima", "vergognoso", "inaccettabile", "scandaloso", "assurdo", "stufo",
            "stufa", "schifo", "preso in giro", "presa in giro", "truffa", "disastro", "ridicolo"),
        TermGroup(.negative, .it, 2, "arrabbiat*", "furioso", "delus*", "deludente", "vergogna"),
        TermGroup(.negative, .it, 1, "purtroppo"),
        TermGroup(.negative, .es, 1, "desgraciadamente", "lamentablemente"),
        TermGroup(.negative, .fr, 1, "malheureusement"),

        TermGroup(.negative, .pt, 2, "pessimo", "ridiculo", "absurdo", "decepcionad*"),
        TermGroup(.negative, .nl, 2, "belachelijk", "teleurgesteld", "slecht", "boos"),
    ]

    /// Negatable: "not happy" / "nicht zufrieden" / "pas content" count as negative instead.
    static let positive: [TermGroup] = [
        TermGroup(
            .positive, .en, 2, "!love", "!loved", "!great", "!amazing", "!awesome", "!excellent", "!perfect",
            "!perfectly", "!fantastic", "!wonderful", "!brilliant", "!happy", "!pleased", "!delighted",
            "!helpful", "kudos", "well done"),
        TermGroup(
            .positive, .en, 1, "thank you", "!nice", "!good", "!quick", "!fast", "appreciate*", "thank you so much",
            "thanks so much", "thanks a lot"),
        // Politeness that only looks positive; longer patterns override the single words above.
        TermGroup(
            .positive, .en, 0, "good morning", "good afternoon", "good evening", "good day", "happy to",
            "happy to help", "happy to share", "be happy to", "great day", "good news", "thank you in advance"),
        TermGroup(.positive, .en, 0.5, "thanks", "thx"),

        TermGroup(
            .positive, .es, 2, "!encanta*", "!genial", "!perfecto", "!perfecta", "!excelente", "maravillos*",
            "fantastic*", "!contento", "!contenta", "agradezco"),
        TermGroup(.positive, .es, 1, "muchas gracias", "mil gracias"),
        TermGroup(.positive, .es, 0.5, "gracias"),
        TermGroup(.positive, .es, 0, "buenos dias", "buenas tardes"),

        TermGroup(
            .positive, .de, 2, "!toll", "!super", "!perfekt", "!klasse", "!prima", "!wunderbar", "!großartig",
            "begeistert", "!zufrieden"),
        TermGroup(.positive, .de, 1, "vielen dank", "herzlichen dank"),
        TermGroup(.positive, .de, 0.5, "danke"),
        TermGroup(.positive, .de, 0, "super schnell antworten", "vielen dank im voraus", "danke im voraus"),

        TermGroup(
            .positive, .fr, 2, "!génial", "!parfait", "!parfaite", "!excellent", "!super", "!ravi", "!ravie",
            "!content", "!contente", "formidable", "appreciable"),
        TermGroup(.positive, .fr, 1, "merci beaucoup", "merci mille fois"),
        TermGroup(.positive, .fr, 0.5, "merci"),
        TermGroup(.positive, .fr, 0, "merci d avance", "bonne journee", "bonne soiree"),

        TermGroup(
            .positive, .it, 2, "!ottimo", "!ottima", "!perfetto", "!perfetta", "!fantastico", "!eccellente",
            "!contento", "!contenta", "!felice", "!bellissim*", "gentilissim*"),
        TermGroup(.positive, .it, 1, "grazie mille"),
        TermGroup(.positive, .it, 0.5, "grazie"),
        TermGroup(.positive, .it, 0, "grazie in anticipo", "buona giornata"),

        TermGroup(.positive, .pt, 2, "!otimo", "!perfeito", "muito obrigad*", "!adorei"),
        TermGroup(.positive, .nl, 2, "!geweldig", "!perfect", "heel erg bedankt", "!tevreden"),
    ]

    /// Problem words: a ticket full of them reads negative even when the customer stays polite.
    static let mildNegative: [TermGroup] = [
        TermGroup(
            .mildNegative, .en, 1, "broken", "damaged", "shattered", "cracked", "not happy", "late", "delayed",
            "still not", "never received", "charged twice", "locked out", "can't", "nothing", "wrong", "missing",
            "stuck", "lost", "stain*", "failed"),
        TermGroup(
            .mildNegative, .es, 1, "roto", "rota", "todavia no", "sigue sin", "no puedo", "retraso", "equivocad*",
            "dos veces", "nada"),
        TermGroup(
            .mildNegative, .de, 1, "kaputt", "beschädigt", "defekt", "immer noch nicht", "verspätet", "falsch*",
            "doppelt", "nichts"),
        TermGroup(
            .mildNegative, .fr, 1, "cassé", "cassée", "cassés", "cassées", "endommagé*", "toujours pas", "retard",
            "deux fois", "rien",
            "impossible"),
        TermGroup(
            .mildNegative, .it, 1, "rotto", "rotta", "danneggiat*", "ancora non", "ritardo", "due volte", "niente",
            "non riesco"),
    ]

    static let legal: [TermGroup] = [
        TermGroup(
            .legal, .en, 3, "my lawyer", "my attorney", "my solicitor", "get a lawyer", "contact a lawyer",
            "hire a lawyer", "speak to a lawyer", "consult a lawyer", "call a lawyer", "involve a lawyer",
            "our lawyers",
            "legal action", "legal proceedings", "lawsuit", "sue you", "sue your", "sue the", "will sue",
            "going to sue", "small claims", "in court", "to court", "court case", "chargeback",
            "charge back", "chargebacks", "file a dispute", "filing a dispute", "open a dispute", "report you",
            "reporting you", "bbb", "better business bureau", "trading standards", "consumer protection",
            "attorney general", "ftc", "ombudsman"),
        TermGroup(
            .legal, .en, 3, "disputing", "dispute it", "dispute this", "dispute the charge", "dispute the payment",
            "paypal dispute", "dispute with paypal", "open a case with paypal", "reverse the charge",
            "reverse the payment", "charge reversal"),
        TermGroup(.legal, .en, 2.5, "regulator"),
        TermGroup(.legal, .en, 2, "contact my bank", "call my bank"),
        TermGroup(
            .legal, .en, 1.5, "dispute", "legal", "with my bank", "credit card company", "lawyer*", "attorney*",
            "solicitor*", "court"),
        TermGroup(.legal, .en, 0.5, "my bank"),

        TermGroup(
            .legal, .es, 3, "mi abogado", "un abogado", "abogados", "demandar*", "poner una demanda", "denuncia*",
            "juzgado", "tribunal*", "ocu",
            "hoja de reclamaciones", "acciones legales", "via judicial", "contracargo", "oficina de consumo",
            "oficina del consumidor"),
        TermGroup(.legal, .es, 3, "reclamar al banco", "reclamacion al banco", "anular el cargo", "disputa"),
        TermGroup(.legal, .es, 1.5, "con el banco", "consumo", "abogad*"),

        TermGroup(
            .legal, .de, 3, "meinen anwalt", "meinem anwalt", "mein anwalt", "einen anwalt", "anwalt einschalten",
            "rechtsanwalt*", "anwaltlich*", "klage", "verklagen", "gerichtlich*",
            "verbraucherzentrale", "rechtliche schritte", "mahnverfahren", "rückbuchung", "inkasso"),
        TermGroup(.legal, .de, 3, "zurückbuchen", "zurückbuchung", "zahlung zurückholen"),
        TermGroup(.legal, .de, 2, "gericht", "lastschrift zurück*", "bei meiner bank"),
        TermGroup(.legal, .de, 1.5, "anwalt", "anwältin"),

        TermGroup(
            .legal, .fr, 3, "mon avocat", "contacter un avocat", "prendre un avocat", "consulter un avocat",
            "tribunal", "porter plainte", "poursuite*", "mise en demeure",
            "que choisir", "dgccrf", "action en justice", "opposition bancaire", "faire opposition", "litige"),
        TermGroup(.legal, .fr, 3, "contester le paiement", "contester le prelevement", "contester la transaction"),
        TermGroup(.legal, .fr, 2, "justice", "plainte", "contestation", "aupres de ma banque"),
        // "avocat" is also the avocado: alone it only adds to other evidence.
        TermGroup(.legal, .fr, 1, "avocat*"),

        TermGroup(
            .legal, .it, 3, "mio avvocato", "a un avvocato", "contattare un avvocato", "avvocati", "tribunale",
            "azioni legali", "vie legali", "diffida", "agcm", "codacons",
            "giudice", "riaddebito", "contestazione con la banca", "denuncia*"),
        TermGroup(.legal, .it, 3, "contestare l addebito", "contestare il pagamento", "stornare il pagamento"),
        TermGroup(.legal, .it, 2, "contestazione", "antitrust", "segnalazione", "con la banca"),
        TermGroup(.legal, .it, 1.5, "avvocato"),

        TermGroup(.legal, .pt, 3, "meu advogado", "processo judicial", "procon"),
        TermGroup(.legal, .nl, 3, "mijn advocaat", "rechtszaak", "consumentenbond"),
    ]

    static let threat: [TermGroup] = [
        TermGroup(
            .threat, .en, 3, "kill you", "kill your", "i will kill", "gonna kill", "going to kill", "hurt you",
            "beat you",
            "find you", "find where you live", "come down there", "come to your office", "come to your store",
            "come to your warehouse", "burn _ down", "blow up your", "bomb threat", "shoot you", "watch your back",
            "you'll regret", "you will regret",
            "you'll be sorry", "fuck you", "f you", "idiots", "moron*", "asshole*", "bitch", "cunt", "scum"),
        TermGroup(.threat, .en, 2, "idiot", "murder", "pay for this"),
        TermGroup(.threat, .en, 1.5, "stupid"),
        TermGroup(.threat, .en, 1, "threat*"),

        TermGroup(
            .threat, .es, 3, "matar", "te mato", "os mato", "partir la cara", "idiotas", "imbecil*", "gilipollas",
            "cabron*", "hijo de puta", "hijos de puta", "os vais a arrepentir"),
        TermGroup(.threat, .es, 2, "idiota", "amenaz*"),

        TermGroup(
            .threat, .de, 3, "umbringen", "töten", "abstechen", "arschloch*", "vollidiot*", "wichser", "idioten",
            "ihr werdet es bereuen", "ich finde euch"),
        TermGroup(.threat, .de, 2, "idiot", "drohung", "bedroh*"),

        TermGroup(
            .threat, .fr, 3, "tuer", "vous tuer", "connard*", "connasse", "abruti*", "enculé*", "salaud*",
            "vous allez le regretter", "idiots"),
        TermGroup(.threat, .fr, 2, "menace*"),

        TermGroup(
            .threat, .it, 3, "ammazz*", "uccid*", "stronz*", "vaffanculo", "bastard*", "cretin*", "idioti",
            "ve ne pentirete"),
        TermGroup(.threat, .it, 2, "idiota", "minacc*"),
    ]

    static let fraud: [TermGroup] = [
        TermGroup(
            .fraud, .en, 3, "hacked", "unauthorized", "unauthorised", "did not place", "didn't place",
            "never placed", "did not make this order", "stolen card", "card was stolen", "card has been stolen",
            "fraud*", "identity theft", "someone changed", "someone logged", "someone has access", "phishing",
            "account takeover", "has been compromised", "was compromised", "been hacked"),
        TermGroup(
            .fraud, .en, 2.5, "compromised", "didn't order", "did not order", "don't recognise", "don't recognize",
            "do not recognise", "do not recognize", "not me", "without my permission", "stolen"),
        TermGroup(
            .fraud, .es, 3, "hackead*", "fraude*", "tarjeta robada", "no he hecho este pedido", "no reconozco",
            "suplantacion", "sin mi permiso", "sin autorizacion"),
        TermGroup(
            .fraud, .de, 3, "gehackt", "betrug*", "gestohlen*", "nicht bestellt", "nicht autorisiert", "unbefugt*",
            "nicht von mir", "ohne meine zustimmung"),
        TermGroup(
            .fraud, .fr, 3, "piraté*", "fraude*", "carte volée", "pas passe cette commande", "usurpation",
            "ne reconnais pas", "sans mon accord"),
        TermGroup(
            .fraud, .it, 3, "hackerat*", "frode", "carta rubata", "rubat*", "non ho effettuato", "non riconosco",
            "non autorizzat*", "furto d identita"),
    ]

    /// Each weak on its own (customers do change addresses); three or more together look like a takeover or a
    /// social-engineering attempt.
    static let suspicious: [TermGroup] = [
        TermGroup(
            .suspicious, .en, 2.5, "all customers", "list of customers", "customer list", "customer data",
            "customers who placed", "do not contact", "don't contact", "freight forward*", "forwarding address",
            "reshipper", "gift cards as payment"),
        TermGroup(
            .suspicious, .en, 1.5, "change the delivery", "change the shipping", "change _ address",
            "different address", "another address", "logistics partner", "other card", "another card",
            "different card", "wire transfer", "on behalf of", "executive assistant", "cannot be reached",
            "can't be reached", "last 4 digits", "last four digits", "full names", "export", "new email",
            "refund to a different"),
        TermGroup(.suspicious, .en, 1, "urgently"),
        TermGroup(.suspicious, .es, 1.5, "otra tarjeta", "cambiar la direccion", "en nombre de", "no contacten"),
        TermGroup(.suspicious, .de, 1.5, "andere karte", "adresse ändern", "im auftrag von", "nicht kontaktieren"),
        TermGroup(.suspicious, .fr, 1.5, "autre carte", "changer l adresse", "au nom de", "ne pas contacter"),
        TermGroup(.suspicious, .it, 1.5, "altra carta", "cambiare indirizzo", "per conto di", "non contattate"),
    ]

    static let vip: [TermGroup] = [
        TermGroup(.vip, .any, 3, "vip"),
        TermGroup(
            .vip, .en, 3, "wholesale", "reseller", "bulk order", "volume pricing", "journalist", "reporter",
            "press inquiry", "press enquiry", "editor at", "media kit", "influencer", "premium member",
            "gold member", "platinum member", "corporate account"),
        TermGroup(.vip, .en, 2, "magazine", "newspaper", "blogger", "followers", "corporate", "creator"),
        TermGroup(.vip, .es, 3, "mayorista", "al por mayor", "periodista", "de la prensa"),
        TermGroup(
            .vip, .de, 3, "großhandel", "wiederverkäufer", "journalist*", "presseanfrage", "von der presse",
            "redakteur*",
            "großkunde"),
        TermGroup(.vip, .fr, 3, "grossiste", "revendeur", "journaliste", "la presse", "rédacteur*", "rédactrice"),
        TermGroup(.vip, .it, 3, "ingrosso", "rivenditore", "giornalista", "della stampa"),
    ]

    static let injection: [TermGroup] = [
        TermGroup(
            .injection, .en, 3, "ignore previous instructions", "ignore all previous", "ignore previous",
            "ignore the above", "ignore your instructions", "ignore all instructions", "ignore _ instructions",
            "disregard _ instructions", "disregard previous", "disregard all", "forget your instructions",
            "forget _ instructions", "system prompt", "reveal your system", "reveal your prompt",
            "reveal your instructions", "print your system", "print your prompt", "print your instructions",
            "act as dan", "you are dan", "do anything now", "jailbreak", "developer mode", "stay in character",
            "note to the ai", "ai assistant reading", "assistant reading this", "tag this ticket",
            "the assistant is now"),
        TermGroup(
            .injection, .en, 2.5, "you are now", "from now on you", "mark this ticket", "set the priority"),
        TermGroup(
            .injection, .en, 2, "act as", "pretend to be", "roleplay", "role play", "confines of ai", "never refuses",
            "as an ai", "language model", "api key*", "every tool", "exact parameters", "respond in full",
            "do not summarise", "do not summarize", "maintenance mode", "full configuration", "new instructions"),
        TermGroup(
            .injection, .en, 1, "dan", "reveal your", "any rules", "output the", "in your reply", "override", "prompt"),
        TermGroup(.injection, .en, 0.5, "instructions", "system"),

        TermGroup(
            .injection, .es, 3, "ignora las instrucciones", "ignora todas las instrucciones",
            "instrucciones anteriores", "prompt del sistema"),
        TermGroup(.injection, .es, 2, "a partir de ahora eres", "ahora eres"),
        TermGroup(
            .injection, .de, 3, "ignoriere _ anweisungen", "ignoriere alle", "vorherigen anweisungen",
            "systemprompt", "system prompt"),
        TermGroup(.injection, .de, 2, "du bist jetzt", "ab jetzt bist du"),
        TermGroup(
            .injection, .fr, 3, "ignore les instructions", "ignorez les instructions", "instructions precedentes",
            "invite systeme", "prompt systeme"),
        TermGroup(.injection, .fr, 2, "tu es maintenant", "vous etes maintenant"),
        TermGroup(
            .injection, .it, 3, "ignora le istruzioni", "ignora tutte le istruzioni", "istruzioni precedenti",
            "prompt di sistema"),
        TermGroup(.injection, .it, 2, "ora sei", "da ora in poi sei"),
    ]

    /// Negatable, so "non-toxic" or "not dangerous" in a product question does not read as a hazard.
    static let safety: [TermGroup] = [
        TermGroup(
            .safety, .en, 3, "!caught fire", "!on fire", "!fire hazard", "!smoke came", "!smoke coming",
            "!started smoking",
            "!began smoking", "!started to smoke", "!full of smoke", "!sparks", "!sparking", "!electric shock",
            "!got shocked", "!exploded", "!explosion", "!overheat*", "!melted", "!burned my", "!burnt my",
            "!got burned",
            "!burn mark*", "!scorch*", "!injur*", "!cut myself", "!allergic reaction", "!choking hazard", "!toxic",
            "!poison*", "!safety hazard", "!dangerous"),
        TermGroup(
            .safety, .es, 3, "!fuego", "!humo", "!quemad*", "!quemadura*", "!incendio", "!chispas",
            "!descarga electrica",
            "!explot*", "!sobrecalent*", "!herid*", "!reaccion alergica", "!peligros*"),
        TermGroup(
            .safety, .de, 3, "!feuer", "!rauch", "!qualm*", "!verbrannt", "!verbrennung*", "!stromschlag", "!funken",
            "!explodiert", "!überhitz*", "!verletz*", "!allergische reaktion", "!gefährlich", "!brandgefahr"),
        TermGroup(
            .safety, .fr, 3, "!incendie", "!fumee", "!brûl*", "!etincelle*", "!décharge électrique", "!explosé",
            "!surchauff*", "!blessé*", "!blessure*", "!réaction allergique", "!dangereu*", "!pris feu"),
        TermGroup(
            .safety, .it, 3, "!fuoco", "!incendio", "!fumo", "!bruciat*", "!ustion*", "!scintill*", "!scossa",
            "!esplos*",
            "!surriscald*", "!ferit*", "!reazione allergica", "!pericolos*"),
    ]

    static let urgency: [TermGroup] = [
        TermGroup(
            .urgency, .en, 2, "urgent*", "asap", "immediately", "right now", "right away", "by friday", "by monday",
            "by saturday", "by sunday", "by tomorrow", "by tonight", "by end of day", "deadline", "need it by",
            "emergency", "as soon as possible", "time sensitive", "today please", "by today", "before christmas",
            "no later than"),
        TermGroup(.urgency, .en, 1, "today", "tonight", "tomorrow", "wedding", "birthday", "before the"),
        TermGroup(
            .urgency, .es, 2, "urgente", "cuanto antes", "inmediatamente", "lo antes posible", "hoy mismo",
            "ya mismo", "para el viernes", "para mañana"),
        TermGroup(.urgency, .es, 1, "hoy", "mañana", "cumpleaños", "boda"),
        TermGroup(
            .urgency, .de, 2, "dringend", "sofort", "umgehend", "schnellstmöglich", "so schnell wie möglich",
            "bis freitag", "bis morgen", "noch heute", "frist"),
        TermGroup(.urgency, .de, 1, "heute", "morgen", "geburtstag", "hochzeit"),
        TermGroup(
            .urgency, .fr, 2, "urgent*", "urgence", "immédiatement", "au plus vite", "des que possible",
            "avant demain", "pour demain", "des aujourd hui"),
        TermGroup(.urgency, .fr, 1, "aujourd hui", "demain", "rapidement", "anniversaire", "mariage"),
        TermGroup(
            .urgency, .it, 2, "urgente", "subito", "immediatamente", "al più presto", "entro domani", "entro oggi",
            "quanto prima"),
        TermGroup(.urgency, .it, 1, "oggi", "domani", "compleanno", "matrimonio"),
    ]

    /// The customer is stuck until someone acts: these make a ticket high priority.
    static let blocker: [TermGroup] = [
        TermGroup(
            .blocker, .en, 3, "charged twice", "double charged", "charged me twice", "locked out", "can't log in",
            "cannot log in", "can't access", "cannot access", "get back in", "broken", "damaged", "shattered",
            "doesn't work", "not working", "won't turn on", "weeks late", "still not", "never received",
            "lost", "stuck", "wrong item", "account is locked", "payment failed"),
        TermGroup(
            .blocker, .es, 3, "dos veces", "no puedo entrar", "roto", "rota", "no funciona", "sigue sin",
            "semanas esperando", "todavia no", "bloquead*"),
        TermGroup(
            .blocker, .de, 3, "doppelt", "zweimal", "kaputt", "beschädigt", "defekt", "funktioniert nicht",
            "immer noch nicht", "gesperrt", "kommt nicht an", "nicht anmelden", "abgelehnt"),
        TermGroup(
            .blocker, .fr, 3, "deux fois", "cassé", "cassée", "cassés", "cassées", "endommagé*", "ne fonctionne pas",
            "toujours pas",
            "impossible de", "bloqué*", "refusé"),
        TermGroup(
            .blocker, .it, 3, "due volte", "rott*", "danneggiat*", "non funziona", "non si accende",
            "non riesco", "bloccat*", "ancora non"),
    ]

    static let request: [TermGroup] = [
        TermGroup(
            .request, .en, 2, "please", "could you", "can you", "would you", "i want", "i would like", "i'd like",
            "i need", "how do i", "how can i", "is it possible", "let me know", "can i", "do you"),
        TermGroup(
            .request, .es, 2, "por favor", "quiero", "me gustaria", "podeis", "podrian", "podria", "puede*",
            "necesito", "como puedo", "quisiera"),
        TermGroup(
            .request, .de, 2, "bitte", "können sie", "könnten sie", "ich möchte", "ich brauche", "ich will",
            "wie kann ich", "würde gerne", "hätte gerne", "ich bitte um"),
        TermGroup(
            .request, .fr, 2, "pouvez vous", "pourriez vous", "je voudrais", "je souhaite*", "j aimerais", "merci de",
            "svp", "s il vous plait", "comment puis je", "est ce que"),
        TermGroup(
            .request, .it, 2, "per favore", "vorrei", "potete", "potreste", "puo", "potrebbe", "ho bisogno",
            "desidero", "come posso", "si puo"),
    ]

    static let pleasantry: [TermGroup] = [
        TermGroup(
            .pleasantry, .en, 2, "sorry", "apologi*", "thank you for", "thanks for", "thanks for reaching out",
            "hope this helps", "let us know", "don't hesitate", "happy to help", "understand the frustration",
            "sorry for the inconvenience", "best regards", "kind regards"),
        TermGroup(
            .pleasantry, .es, 2, "lo siento", "sentimos", "disculp*", "gracias por", "lamentamos", "un saludo"),
        TermGroup(
            .pleasantry, .de, 2, "entschuldig*", "tut uns leid", "tut mir leid", "vielen dank für", "danke für",
            "mit freundlichen grüßen"),
        TermGroup(.pleasantry, .fr, 2, "désolé*", "excus*", "merci pour", "merci de votre", "cordialement"),
        TermGroup(.pleasantry, .it, 2, "ci dispiace", "ci scusiamo", "mi scuso", "grazie per", "cordiali saluti"),
    ]

    static let action: [TermGroup] = [
        TermGroup(
            .action, .en, 2, "i've", "i have", "we've", "we have", "i'll", "we'll", "i will", "we will",
            "has been", "is now", "will be", "should arrive", "expects to", "within", "escalated", "refunded",
            "cancelled", "shipped", "sent", "issued", "opened", "passed", "we can", "i can", "arrives by",
            "will arrive"),
        TermGroup(
            .action, .es, 2, "he enviado", "hemos", "te enviamos", "os enviamos", "gestionamos", "saldra",
            "deberia llegarte", "llegara", "reembolsado", "cancelado", "podemos"),
        TermGroup(
            .action, .de, 2, "ich habe", "wir haben", "habe ich", "haben wir", "erhalten sie", "wird", "werden",
            "weitergegeben", "erstattet", "storniert", "versandt", "können wir"),
        TermGroup(
            .action, .fr, 2, "j ai", "nous avons", "nous vous", "sera", "apparaitra", "annulé", "remboursé",
            "expédié", "viens de", "nous pouvons"),
        TermGroup(
            .action, .it, 2, "ho ", "abbiamo", "le inviamo", "sara", "riprogrammato", "rimborsato", "annullato",
            "spedito", "inoltriamo", "possiamo"),
    ]
}
