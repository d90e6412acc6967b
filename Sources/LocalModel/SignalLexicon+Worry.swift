/// Tone and fraud wording the guide names but the other lists miss: fear and worry about a product that sparks
/// or burns are negative (the guide counts worry as displeasure), thanks for a fast reply and "works brilliantly"
/// are explicit praise, and a charge for an order the customer never placed is payment fraud (T1).
extension SignalLexicon {
    static let worryAndPraise: [TermGroup] = [
        TermGroup(
            .negative, .en, 2, "!scared", "!afraid", "!terrified", "!frightened", "!frightening", "!dangerous"),
        TermGroup(.negative, .es, 2, "!miedo", "!asustad*", "!peligros*", "!da miedo"),
        TermGroup(.negative, .de, 2, "!angst", "!gefährlich", "!erschrocken", "!beängstigend"),
        TermGroup(.negative, .fr, 2, "!peur", "!dangereu*", "!effray*", "!inquiétude"),
        TermGroup(.negative, .it, 2, "!paura", "!spaventat*", "!pericolos*"),
        TermGroup(
            .positive, .en, 2, "quick response", "quick reply", "fast reply", "fast response", "speedy response",
            "speedy reply", "works great", "works brilliantly", "works like a charm"),
        TermGroup(
            .positive, .es, 2, "respuesta tan rápida", "respuesta rápida", "por la rapidez", "funciona genial",
            "de maravilla", "funciona perfectamente"),
        TermGroup(
            .positive, .de, 2, "schnelle antwort", "schnelle rückmeldung", "schnelle hilfe", "so schnell geantwortet",
            "funktioniert super", "funktioniert einwandfrei"),
        TermGroup(
            .positive, .fr, 2, "réponse si rapide", "réponse aussi rapide", "réponse rapide", "si rapidement",
            "pour la rapidité", "au top", "!adorable", "!adorables", "marche très bien", "fonctionne très bien"),
        TermGroup(
            .positive, .it, 2, "risposta così rapida", "risposta rapida", "risposta veloce", "per la rapidità",
            "!benissimo", "funziona benissimo", "ottimamente"),
    ]

    static let unrecognisedCharges: [TermGroup] = [
        TermGroup(
            .fraud, .en, 3, "someone is using my card", "someone used my card", "using my card",
            "haven't ordered anything", "didn't order anything", "unknown charge"),
        TermGroup(
            .fraud, .es, 3, "no he hecho ningún pedido", "no he hecho ninguna compra", "alguien está usando mi tarjeta",
            "usando mi tarjeta", "cargo desconocido"),
        TermGroup(
            .fraud, .de, 3, "habe nichts bestellt", "jemand benutzt meine karte", "meine karte benutzt",
            "unbekannte abbuchung"),
        TermGroup(
            .fraud, .fr, 3, "je n'ai rien commandé", "je n'ai passé aucune commande", "quelqu'un utilise ma carte",
            "utilise ma carte", "prélèvement inconnu"),
        TermGroup(
            .fraud, .it, 3, "non ho fatto nessun ordine", "non ho fatto alcun ordine", "non ho fatto ordini",
            "qualcuno sta usando la mia carta", "usando la mia carta", "addebito sconosciuto"),
    ]
}
