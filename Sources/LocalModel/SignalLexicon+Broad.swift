/// Tone and escalation wording added for the golden-set labelling guide: worry and impatience are negative,
/// explicit enthusiasm is positive, intimidation is a threat, an account takeover or a claimed authority asking
/// for customer data is fraud, and company or bulk buyers are VIPs. Same syntax as `CategoryLexicon`.
extension SignalLexicon {
    static let broadTone: [TermGroup] = [
        TermGroup(
            .negative, .en, 2, "freaking out", "worried", "worrying", "concerned", "anxious", "stressful", "stressed",
            "running out of patience", "losing patience", "lost patience", "impatient", "not ok", "not okay",
            "not acceptable", "poorly", "a nuisance", "shocking", "appalling", "dreadful", "unfair", "a mess",
            "really disappointing", "what a joke", "come on", "are you kidding", "not how a company",
            "getting ridiculous", "step backwards", "worse than before", "used to be better", "expected better",
            "beyond a joke"),
        TermGroup(
            .negative, .es, 2, "preocupad*", "me parece feo", "me parece _ _ feo", "tampoco me parece justo",
            "no me parece justo", "no es justo",
            "injusto", "estresante", "agobiad*", "impaciente", "ya está bien", "me parece fatal", "indignante",
            "maleducad*", "harta", "harto", "qué vergüenza", "me tiene hart*", "perder la paciencia",
            "pierdo la paciencia", "perdiendo la paciencia"),
        TermGroup(
            .negative, .de, 2, "genervt", "nervt", "enttäuschend", "besorgt", "beunruhigt", "ungerecht", "unfair",
            "stressig", "ungeduldig", "es reicht", "reicht mir", "nicht in ordnung", "unfreundlich", "unmöglich",
            "ärgert mich", "bin sauer", "geduld verlieren", "verliere die geduld", "geduld ist am ende",
            "langsam reicht"),
        TermGroup(
            .negative, .fr, 2, "pénible", "agaçant", "agaçante", "agacé*", "énervant", "inquiet", "inquiète",
            "inquiétant", "injuste", "stressant", "pas normal", "impoli*", "désagréable", "déplorable", "une honte",
            "marre", "perdre patience", "je perds patience", "à bout de patience"),
        TermGroup(
            .negative, .it, 2, "preoccupat*", "ingiusto", "stressante", "perso la pazienza", "non è normale",
            "scortese", "maleducat*", "seccat*", "infastidit*", "assurdo", "una vergogna", "perdere la pazienza",
            "perdendo la pazienza"),
        TermGroup(
            .positive, .en, 2, "!gorgeous", "!beautiful", "!lovely", "so quickly", "so fast", "super fast",
            "absolutely love", "!thrilled", "!impressed", "!stunning", "!superb", "!fabulous", "!love them",
            "!love it"),
        // "I'd love to know", "would love to apply": a polite formula, not enthusiasm.
        TermGroup(.positive, .en, 0, "love to", "love to know", "love to hear"),
        TermGroup(
            .positive, .es, 2, "!precios*", "rapidísim*", "!me encantan", "!me encanta", "!encantad*",
            "una maravilla", "!estupend*", "qué bien", "!me encantó", "!me encantaron", "!nos encantó"),
        TermGroup(
            .positive, .de, 2, "!schön", "!wunderschön", "freue mich", "freuen uns", "!top", "!genial",
            "!liebe sie", "!liebe ihn", "!liebe es", "gefällt mir sehr", "!total begeistert"),
        TermGroup(
            .positive, .fr, 2, "!magnifique", "!adore", "j'adore", "!superbe", "!top", "!génial", "j'ai adoré",
            "!adoré", "!adorée"),
        TermGroup(
            .positive, .it, 2, "!stupend*", "!meraviglios*", "adoro", "velocissim*", "!perfett*", "!splendid*",
            "mi piace tantissimo", "mi è piaciuto tantissimo", "!innamorata", "!innamorato"),
    ]

    static let broadEscalation: [TermGroup] = [
        // Intimidation. Negatable where "don't know where" would otherwise read as "know where".
        TermGroup(
            .threat, .en, 3, "i know where your", "i know where you live", "i know where you work",
            "regret it physically", "pay you a visit", "show up at your", "you will pay for"),
        TermGroup(.threat, .en, 2, "physically", "regret it"),
        TermGroup(
            .threat, .es, 3, "!sé dónde está vuestr*", "!sé dónde estáis", "!sé dónde vivís", "!sé dónde trabaj*",
            "os vais a enterar", "lo vais a pagar"),
        TermGroup(.threat, .es, 2, "físicamente", "arrepentir"),
        TermGroup(
            .threat, .de, 3, "ich weiß, wo ihr", "ich weiß, wo sie", "ich weiß, wo euer", "ich weiß, wo sich",
            "das werdet ihr bereuen", "das werden sie bereuen"),
        TermGroup(.threat, .de, 2, "körperlich", "bereuen"),
        TermGroup(
            .threat, .fr, 3, "je sais où se trouve", "je sais où vous", "je sais où habite", "je sais où travaille",
            "va le regretter", "vont le regretter", "vous allez le payer"),
        TermGroup(.threat, .fr, 2, "physiquement", "regretter"),
        TermGroup(
            .threat, .it, 3, "!so dove si trova", "!so dove siete", "!so dove abita*", "!so dove lavora*",
            "se ne pentirà", "la pagherete"),
        TermGroup(.threat, .it, 2, "fisicamente", "pentire"),
        // Account takeover and orders the customer did not place.
        TermGroup(
            .fraud, .en, 3, "someone changed my email", "email was changed", "email has been changed",
            "changed my email", "an order i didn't make", "order i did not make", "i never made",
            "took over my account",
            "stole my account", "account was stolen", "account has been stolen", "fraud alert*",
            "never ordered from you"),
        TermGroup(
            .fraud, .es, 3, "me han robado la cuenta", "robado la cuenta", "que yo no he hecho",
            "que no he realizado", "han cambiado el correo", "han cambiado el email", "han cambiado la contraseña"),
        TermGroup(.fraud, .es, 2, "que no conozco", "no he hecho"),
        TermGroup(
            .fraud, .de, 3, "konto wurde übernommen", "konto gekapert", "adresse wurde geändert",
            "habe ich nicht aufgegeben", "nicht getätigt", "nie bestellt"),
        TermGroup(.fraud, .de, 2, "die ich nicht kenne"),
        TermGroup(
            .fraud, .fr, 3, "compte volé", "que je n'ai pas passée", "je n'ai jamais commandé",
            "adresse mail a été changée", "e-mail a été modifié", "email a été modifié"),
        TermGroup(.fraud, .fr, 2, "que je ne connais pas"),
        TermGroup(
            .fraud, .it, 3, "mi hanno rubato l'account", "account rubato", "che non ho fatto", "non ho mai ordinato",
            "email è stata cambiata", "email è stata modificata"),
        TermGroup(.fraud, .it, 2, "che non conosco"),
        // Requests for other customers' data.
        TermGroup(
            .suspicious, .en, 2.5, "all your customers", "customers who received", "list of names",
            "names and addresses"),
        TermGroup(
            .suspicious, .en, 1.5, "your customers", "delivery addresses", "phone numbers", "order contents",
            "spreadsheet", "csv"),
        TermGroup(
            .suspicious, .es, 2.5, "todos vuestros clientes", "datos de clientes", "datos de los clientes",
            "nombres y direcciones", "lista de clientes"),
        TermGroup(
            .suspicious, .de, 2.5, "alle kunden", "alle ihre kunden", "kundendaten", "namen und adressen",
            "kundenliste"),
        TermGroup(
            .suspicious, .fr, 2.5, "tous vos clients", "données clients", "données des clients", "noms et adresses",
            "liste des clients"),
        TermGroup(
            .suspicious, .it, 2.5, "tutti i vostri clienti", "dati dei clienti", "nomi e indirizzi",
            "elenco dei clienti"),
        // Company and bulk buyers, press writing for publication.
        TermGroup(
            .vip, .en, 3, "volume discount", "quantity discount", "bulk discount", "for publication",
            "writing an article", "writing a piece", "net 30", "payment terms", "company order"),
        TermGroup(
            .vip, .en, 2, "bulk", "company discount", "for our employees", "for our staff", "staff gifts",
            "team event", "gift guide", "editor", "our company", "business customer*"),
        TermGroup(
            .vip, .es, 3, "descuento por volumen", "pedido de empresa", "para nuestros empleados", "artículo sobre"),
        TermGroup(.vip, .es, 2, "empleados", "para la empresa", "revista"),
        TermGroup(
            .vip, .de, 3, "firmenbestellung", "mengenrabatt*", "geschäftskunde*", "zahlungsziel", "firmenkunde*"),
        TermGroup(.vip, .de, 2, "mitarbeitende*", "firmenlogo", "für unsere mitarbeiter", "zeitschrift", "gmbh"),
        TermGroup(
            .vip, .fr, 3, "remise sur quantité", "commande d'entreprise", "pour nos salariés",
            "pour nos collaborateurs",
            "paiement à 30 jours"),
        TermGroup(.vip, .fr, 2, "salariés", "entreprise", "magazine"),
        TermGroup(
            .vip, .it, 3, "sconto quantità", "ordine aziendale", "per i nostri dipendenti", "pagamento a 30 giorni"),
        TermGroup(.vip, .it, 2, "dipendenti", "azienda", "rivista"),
        // Physical danger described in everyday words.
        TermGroup(
            .safety, .en, 3, "!sparked", "!burning smell", "!smell of burning", "!burning plastic", "!burnt smell",
            "!scorched", "!too hot to touch", "!hot to the touch", "!shocked me", "!gave me a shock", "!a fire",
            "!start a fire", "!rash", "!allergic", "!choking", "!melting", "!smell like burning",
            "!smells like burning", "!smell of melting", "!melting plastic", "!tripped the breaker",
            "!blew a fuse", "!short circuit", "!blackened", "!scorch marks"),
        TermGroup(
            .safety, .any, 3, "!disjoncter", "!disjoncté", "!noirci*", "!court circuit", "!saltó el diferencial",
            "!hizo saltar", "!ennegrecid*", "!cortocircuito", "!sicherung rausgeflogen", "!kurzschluss",
            "!geschwärzt", "!ha fatto saltare", "!annerit*"),
        TermGroup(
            .safety, .es, 3, "!olor a quemado", "!echó chispas", "!saltaron chispas", "!chispazo", "!calambre",
            "!se calienta muchísimo", "!olor a plástico quemado", "!se derrite", "!derretido"),
        TermGroup(
            .safety, .de, 3, "!brandgeruch", "!riecht verbrannt", "!verschmort", "!gefunkt", "!schlag bekommen",
            "!extrem heiß", "!glühend heiß", "!geschmolzen", "!schmilzt", "!riecht nach verbranntem"),
        TermGroup(
            .safety, .fr, 3, "!odeur de brûlé", "!étincelles", "!fait des étincelles", "!brûlant",
            "!pris une décharge", "!fondu", "!odeur de plastique", "!odeur de brûlé"),
        TermGroup(
            .safety, .it, 3, "!odore di bruciato", "!scintille", "!preso la scossa", "!bollente", "!prende fuoco",
            "!fuso", "!si scioglie", "!puzza di bruciato", "!odore di plastica"),
    ]
}
