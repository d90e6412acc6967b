/// Two boundaries of `other` and `complaint`: store services and business terms asked without any order
/// (gift wrapping, a special price for a school or company), and complaints about a policy or about how the
/// shop treats its customers ("changed without notice", "dishonest"), where the service itself is the point (T6).
extension CategoryLexicon {
    static let storeAndPolicy: [TermGroup] = [
        TermGroup(
            .other, .en, 3, "gift wrap*", "gift message", "gift note", "gift receipt", "special price",
            "special pricing", "we are a school", "for our pupils", "for our students"),
        TermGroup(
            .other, .es, 3, "envolver para regalo", "envoltorio de regalo", "papel de regalo", "precio especial",
            "somos un colegio", "somos una escuela", "para los alumnos", "para nuestros alumnos"),
        TermGroup(
            .other, .de, 3, "geschenkverpackung", "als geschenk verpack*", "geschenkpapier", "sonderpreis",
            "sonderkondition*", "wir sind eine schule", "für unsere schüler"),
        TermGroup(
            .other, .fr, 3, "papier cadeau", "emballage cadeau", "paquet cadeau", "prix spécial", "tarif préférentiel",
            "nous sommes une école", "pour nos élèves"),
        TermGroup(
            .other, .it, 3, "confezione regalo", "pacchetto regalo", "prezzo speciale", "prezzi speciali",
            "siamo una scuola", "per i nostri alunni", "per i nostri studenti"),
        // Job enquiries phrased as "are you looking for staff".
        TermGroup(
            .other, .en, 3, "looking for staff", "any vacancies", "vacanc*", "job openings", "open positions"),
        TermGroup(.other, .es, 3, "buscáis personal", "buscan personal", "ofertas de empleo", "puestos vacantes"),
        TermGroup(.other, .de, 3, "sucht ihr personal", "suchen sie personal", "offene stellen", "stellen frei"),
        TermGroup(.other, .fr, 3, "vous recrutez", "recrutez", "offres d'emploi", "postes ouverts"),
        TermGroup(
            .other, .it, 3, "cercando personale", "cercate personale", "assumete", "lavora con noi",
            "posizioni aperte"),
        // A school or company asking for a special price is a bulk buyer (a VIP with a quantity named).
        TermGroup(
            .vip, .any, 1, "special price", "special pricing", "precio especial", "sonderpreis", "prix spécial",
            "tarif préférentiel", "prezzo speciale", "prezzi speciali"),
        TermGroup(
            .complaint, .en, 3, "dishonest", "without warning", "without any notice", "without notice",
            "loyal customers"),
        TermGroup(.complaint, .en, 2, "an explanation"),
        TermGroup(
            .complaint, .es, 3, "deshonest*", "sin avisar", "sin previo aviso", "clientes fieles"),
        TermGroup(.complaint, .es, 2, "una explicación"),
        TermGroup(
            .complaint, .de, 3, "unehrlich", "ohne vorwarnung", "ohne ankündigung", "treue kunden", "stammkunden"),
        TermGroup(.complaint, .de, 2, "eine erklärung"),
        TermGroup(.complaint, .fr, 3, "malhonnête*", "sans prévenir", "sans préavis", "clients fidèles"),
        TermGroup(.complaint, .fr, 2, "une explication"),
        TermGroup(.complaint, .it, 3, "disonest*", "senza preavviso", "senza avvisare", "clienti fedeli"),
        TermGroup(.complaint, .it, 2, "una spiegazione"),
    ]
}
