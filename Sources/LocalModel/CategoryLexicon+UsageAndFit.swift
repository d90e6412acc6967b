/// Product questions beyond "is it waterproof?": sizing advice given with the customer's own measurements ("I'm
/// usually a 40"), how to set up, use or care for something, whether it is normal or will last, who it suits,
/// spare parts sold separately and what the warranty covers. Asked before buying or about a product that works,
/// so they are `product_question`, not a defect.
extension CategoryLexicon {
    static let usageAndFit: [TermGroup] = [
        TermGroup(
            .productQuestion, .en, 3, "what size would", "which size would", "between sizes", "i usually wear",
            "i normally wear", "i'm usually a", "i usually take", "how do i set", "how do i adjust", "how do i clean",
            "how do i care", "spare part*", "sold separately",
            "buy separately", "see through", "does the warranty", "warranty cover*"),
        TermGroup(
            .productQuestion, .en, 2, "best way to", "is _ covered", "over time", "in the long run", "for kids",
            "for children", "for a child"),
        TermGroup(
            .productQuestion, .en, 1.5, "booklet", "figure it out", "set up", "can it be", "can they be", "can i use",
            "how should i", "is it normal", "is that normal", "is this normal"),
        TermGroup(
            .productQuestion, .es, 3, "qué talla me", "qué número me", "qué número pido", "entre dos tallas",
            "suelo usar", "uso la talla",
            "normalmente uso", "calzo un", "calzo el", "cómo se usa", "cómo se limpia", "cómo se lava",
            "cómo hago para",
            "se puede usar", "se pueden usar", "por separado", "recambio*", "repuesto*",
            "la garantía cubre", "cubre la garantía", "qué cubre", "se puede inflar"),
        TermGroup(.productQuestion, .es, 2.5, "aguanta", "para niños"),
        TermGroup(.productQuestion, .es, 2, "es normal que"),
        TermGroup(.productQuestion, .es, 2, "tintorería", "con el tiempo"),
        TermGroup(.productQuestion, .es, 1.5, "trae"),
        TermGroup(
            .productQuestion, .de, 3, "zwischen zwei größen", "trage normalerweise", "trage sonst", "trage meistens",
            "welche schuhgröße", "wie stelle ich", "wie reinige ich", "wie pflege ich", "wie benutze ich",
            "ersatzteil*", "einzeln kaufen", "gilt die garantie", "deckt die garantie",
            "in den trockner", "wieder erhältlich", "frage zur pflege", "gasherd"),
        TermGroup(.productQuestion, .de, 2.5, "für kinder", "passt in"),
        TermGroup(
            .productQuestion, .de, 2, "erhältlich", "pflege", "separat", "mit der zeit", "ist es normal", "normal, dass"
        ),
        TermGroup(
            .productQuestion, .fr, 3, "je fais du", "je chausse du", "je prends quoi", "quelle pointure",
            "entre deux tailles", "d'habitude je", "comment régler", "comment utiliser", "comment entretenir",
            "comment laver", "comment nettoyer", "comment faire pour", "vendu séparément", "vendue séparément",
            "pièce de rechange", "pièces de rechange", "la garantie couvre", "couvre t elle", "couvre t il",
            "assez grand pour", "assez chaud", "hypoallergénique", "plaque à induction", "reviendront",
            "sera t il", "sera t elle"),
        TermGroup(.productQuestion, .fr, 2.5, "pour enfant*"),
        TermGroup(
            .productQuestion, .fr, 2, "est ce normal", "c'est normal que", "est il normal", "pointure", "séparément",
            "entretenir", "avec le temps", "à la longue"),
        TermGroup(.productQuestion, .fr, 1.5, "t il", "t elle", "t ils", "t elles"),
        TermGroup(
            .productQuestion, .it, 3, "che numero mi", "che numero prendo", "porto di solito", "di solito porto",
            "tra due taglie",
            "come si usa", "come si lava", "come si lavano", "come si pulisce", "come regolo", "come imposto",
            "separatamente", "ricambi*",
            "pezzi di ricambio", "la garanzia copre", "copre anche", "regge", "tasca per", "quando tornano",
            "quando torna"),
        TermGroup(.productQuestion, .it, 2.5, "per bambini"),
        TermGroup(
            .productQuestion, .it, 2, "è normale che", "come faccio a", "impermeabilizzar*", "a parte", "con il tempo",
            "col tempo"),
    ]
}
