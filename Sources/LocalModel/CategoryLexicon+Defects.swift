/// How customers report that an item is not as it should be, beyond the plain "broken" and "wrong size": it
/// does not match its description or photo, a part was not in the box, it fails at its one job (keeping warm,
/// staying on, holding water), it wore out from the first days, or what came differs from what they chose or
/// from what the confirmation says. All of these are `damaged_or_wrong_item` whatever remedy is asked (T3).
extension CategoryLexicon {
    static let defects: [TermGroup] = [
        // Not as described or pictured.
        TermGroup(
            .damagedOrWrongItem, .en, 3, "not as described", "not as advertised", "not what was advertised",
            "not what was described", "doesn't match the description", "does not match the description",
            "doesn't match the photo*", "doesn't match the picture*", "doesn't look like the photo*",
            "doesn't look like the picture*", "looks nothing like", "nothing like the photo*",
            "nothing like the picture*", "than described", "than advertised", "than stated", "warranty claim"),
        TermGroup(.damagedOrWrongItem, .en, 2, "listing says", "the listing", "advertised as", "described as"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "no corresponde con la descripción", "no corresponde a la descripción",
            "no se corresponde", "no corresponde", "no coincide", "no coinciden", "no es como en la foto",
            "no se parece a la foto", "nada que ver con la foto", "distinto a la foto", "diferente a la foto",
            "no es como se describe", "que lo indicado", "que lo anunciado", "reclamación de garantía"),
        TermGroup(.damagedOrWrongItem, .es, 2, "según la descripción", "aparece en la web", "sale en la foto"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "entspricht nicht", "nicht wie beschrieben", "nicht wie abgebildet",
            "anders als abgebildet", "anders als auf dem foto", "anders als auf dem bild", "sieht anders aus",
            "als angegeben", "als beschrieben", "garantiefall", "gewährleistung*", "reklamation", "reklamieren"),
        TermGroup(.damagedOrWrongItem, .de, 2.5, "laut beschreibung", "laut artikelbeschreibung"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "ne correspond pas", "ne correspondent pas", "non conforme",
            "pas conforme", "rien à voir avec la photo", "différent de la photo", "différente de la photo",
            "pas comme sur la photo", "pas comme décrit", "ne ressemble pas", "que ce qui était indiqué",
        ),
        TermGroup(.damagedOrWrongItem, .fr, 2.5, "sous garantie", "il n'y avait pas"),
        TermGroup(.damagedOrWrongItem, .fr, 2, "selon la description", "annoncé comme"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "non corrisponde", "non corrispondono", "non conforme", "diverso dalla foto",
            "diversa dalla foto", "diverso dalla descrizione", "diversa dalla descrizione", "non è come in foto",
            "non è come descritto", "di quanto indicato", "rispetto alla descrizione"),
        TermGroup(.damagedOrWrongItem, .it, 2.5, "in garanzia"),
        TermGroup(.damagedOrWrongItem, .it, 2, "secondo la descrizione", "descritto come"),

        // A part or item not in the box; cannot be assembled.
        TermGroup(
            .damagedOrWrongItem, .en, 3, "isn't there", "wasn't there", "aren't there", "weren't there",
            "wasn't included", "weren't included", "can't assemble", "cannot assemble", "can't put it together",
            "impossible to assemble", "packing slip says", "confirmation says", "confirmation email says",
            "my order says", "order confirmation says", "invoice says"),
        TermGroup(.damagedOrWrongItem, .en, 2, "packing slip", "packing list", "delivery note"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "no puedo montar", "imposible de montar",
            "imposible montar", "en el pedido pone", "la confirmación dice", "en la confirmación pone"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "lässt sich nicht aufbauen", "lässt sich nicht montieren",
            "kann _ nicht aufbauen", "kann _ nicht montieren", "laut bestellbestätigung", "laut lieferschein",
            "auf dem lieferschein", "in der bestellbestätigung steht"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "il n'y a pas les", "impossible de monter",
            "impossible de la monter", "impossible de le monter", "impossible à monter", "la confirmation indique",
            "le bon de livraison"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "non c'erano", "impossibile montar*", "non riesco a montar*",
            "non si riesce a montar*", "nella conferma c'è scritto", "la conferma dice"),

        // Fails at its job, or wears out from the first days.
        TermGroup(
            .damagedOrWrongItem, .en, 3, "separating", "delaminat*", "doesn't keep", "won't keep", "no longer keeps",
            "doesn't stay", "won't stay on", "turns itself off", "switches itself off", "goes off after",
            "from day one", "from the first day", "since day one", "first time i used", "warped",
            "deformed"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "no mantiene", "ya no mantiene", "no conserva", "no enfría",
            "desde el primer día", "doblad*", "deformad*", "se deforma", "torcid*", "se apaga a los",
            "dura muy poco"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "geht nach _ aus", "geht nach _ _ aus", "schaltet sich _ aus",
            "leuchtet nur noch", "nur noch schwach", "hält nicht warm", "hält _ nicht warm", "hält nicht mehr",
            "vom ersten tag an", "seit dem ersten tag", "verformt", "verzogen", "fleckig"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "troué*", "coule", "dès le premier jour", "depuis le premier jour",
            "déformé*", "ne garde pas", "ne garde plus", "ne tient plus", "une tache", "des taches",
            "grosse tache", "taché*", "au bout de _ lavages", "au bout de _ utilisations"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "bucat*", "gocciola", "dal primo giorno", "deformat*", "storto",
            "storta", "non mantiene", "non tiene caldo", "non tiene più", "si è bucat*"),

        // Wear within weeks of buying; "I bought it two weeks ago" is about an item the customer has, not a late one.
        TermGroup(.damagedOrWrongItem, .en, 2.5, "after about", "after only", "of wearing", "weeks of wear"),
        TermGroup(.damagedOrWrongItem, .en, 1.5, "bought it", "bought them", "purchased it", "purchased them"),
        TermGroup(
            .damagedOrWrongItem, .es, 2.5, "no son del modelo", "no es el modelo", "no es del modelo",
            "tampoco coincide", "tampoco coinciden"),
        TermGroup(.damagedOrWrongItem, .es, 1.5, "lo compré", "la compré", "los compré", "las compré", "compré hace"),
        TermGroup(.damagedOrWrongItem, .de, 1.5, "gekauft vor", "vor _ gekauft", "vor _ _ gekauft"),
        TermGroup(.damagedOrWrongItem, .fr, 1.5, "je l'ai acheté", "je l'ai achetée", "je les ai achetés"),
        TermGroup(.damagedOrWrongItem, .it, 1.5, "l'ho comprato", "l'ho comprata", "li ho comprati"),

        // What came differs from what was chosen (said after what came).
        TermGroup(
            .damagedOrWrongItem, .en, 3, "but i had ordered", "whereas i ordered", "but i chose", "but i picked",
            "but i selected", "when i'd ordered"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "pero yo pedí", "pero había pedido", "cuando había pedido",
            "y yo había pedido", "pero elegí", "cuando elegí", "cuando había elegido"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "hatte aber _ bestellt", "ich hatte aber", "dabei hatte ich",
            "obwohl ich _ ausgewählt", "hatte _ ausgewählt"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "alors que j'avais", "mais j'avais choisi", "j'avais choisi",
            "j'avais commandé"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "avevo scelto", "ma avevo scelto", "mentre avevo scelto", "avevo ordinato",
            "invece avevo"),
    ]
}

extension CategoryLexicon {
    /// Moving parts that jam, rattle or stop on their own, dents, and "instead of" contracted with an article
    /// ("au lieu du 40", "invece del blu"): everyday failure words in each language.
    static let failures: [TermGroup] = [
        TermGroup(
            .damagedOrWrongItem, .en, 3, "a dent", "dents", "rattl*", "jammed", "jams", "won't move", "won't open",
            "won't lock", "stops by itself", "stops on its own", "switches off by itself", "keeps stopping",
            "doesn't close properly", "buzzing"),
        TermGroup(
            .damagedOrWrongItem, .es, 3, "en lugar del", "en vez del", "se atasca", "atascad*", "se para sol*",
            "se detiene sol*", "bollo", "abolladura", "no se abre", "no abre", "suelt*", "se traba", "trabad*"),
        TermGroup(
            .damagedOrWrongItem, .de, 3, "anstelle", "klemmt", "hakt", "bleibt stecken", "geht nicht auf",
            "geht nicht zu", "delle", "dellen", "klappert", "hört von selbst auf", "schaltet sich von selbst ab"),
        TermGroup(
            .damagedOrWrongItem, .fr, 3, "au lieu du", "au lieu des", "s'arrête tout seul", "s'arrête toute seule",
            "coincé*", "se bloque", "ne s'ouvre pas", "ne s'ouvre plus", "ne se ferme pas", "bosse", "grince"),
        TermGroup(.damagedOrWrongItem, .fr, 2, "s'arrête"),
        TermGroup(
            .damagedOrWrongItem, .it, 3, "al posto del", "invece del", "si blocca", "incastrat*", "si inceppa",
            "inceppat*", "si ferma da sol*", "ammaccatura", "non si apre", "sbatte", "tintinna"),
    ]
}
