/// Every word list and table the detectors use, in one data file.
///
/// A static table rather than a `Bundle.module` resource on purpose: every prompt passes through the redactor, and a
/// resource bundle is looked up next to the executable at run time, so a binary copied without it would stop
/// redacting (or crash) on the first prompt. `RedactionLexiconTests` rejects duplicates and conflicts between the
/// lists. Entries are lower case; `^` marks words that count only when capitalised and a trailing `.` an abbreviation
/// (see ``WordList``).
enum RedactionLexicon {
    // MARK: Street addresses

    /// English street types, written after the name: "Baker Street", "Elm St.".
    static let typeAfterName = WordList([
        "street", "st.", "avenue", "ave.", "av.", "road", "rd.", "boulevard", "blvd.", "lane", "ln.", "drive", "dr.",
        "court", "ct.", "place", "pl.", "parkway", "pkwy.", "way", "terrace", "terr.", "square", "sq.", "highway",
        "hwy.", "circle", "cir.", "close", "crescent", "cres.", "trail", "trl.", "alley", "plaza", "row", "mews",
        "grove", "loop",
    ])

    /// French street types, written after the number and before the name: "12 rue de la Paix".
    static let typeBeforeName = WordList([
        "rue", "avenue", "av.", "boulevard", "bd.", "bld.", "place", "pl.", "chemin", "allée", "impasse", "quai",
        "cours", "route", "square", "passage", "faubourg", "rte.",
    ])

    /// Street types written before the name with the number last: Spanish, Italian, and Belgian/Swiss French.
    static let typeBeforeNumber = WordList([
        // es
        "calle", "carrer", "avenida", "avda.", "^av.", "paseo", "plaza", "pza.", "camino", "carretera", "ctra.",
        "ronda", "travesía", "travesia", "glorieta", "callejón", "rambla", "vía", "bulevar", "pasaje",
        // it
        "^via", "viale", "piazza", "piazzale", "p.za", "corso", "^largo", "vicolo", "strada", "contrada", "lungomare",
        "vico", "salita",
        // fr (Belgium, Switzerland)
        "rue", "avenue", "boulevard", "^bd.", "^place", "chemin", "allée", "impasse", "quai", "^route",
    ])

    /// German street types written as a separate word after an adjective: "Berliner Str.", "Lange Gasse".
    static let germanType = WordList([
        "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "damm", "chaussee",
    ])

    /// German street types at the end of a compound: "Hauptstraße", "Lindenweg". Not "ring" or "ufer", which end
    /// too many English words ("Spring 2024", "Buffer 256").
    static let germanSuffixes = WordList(["straße", "strasse", "weg", "gasse", "platz", "allee", "damm", "chaussee"])

    /// The abbreviation that ends a compound: "Friedrichstr.".
    static let germanStreetAbbreviation = WordList(["str."])

    /// Lower-case words inside street names: "Avenida de la Constitución", "Viale dei Mille", "rue des Écoles".
    static let particles = WordList([
        "de", "del", "la", "las", "los", "el", "di", "da", "dal", "della", "delle", "dei", "degli", "dello", "du",
        "des", "le", "les", "y", "e", "der", "die", "das", "den", "dem", "am", "an", "im", "zum", "zur", "von", "van",
        "of", "the", "à", "aux", "sur", "en", "et",
    ])

    /// Between a street name and its number: "Calle Mayor nº 7", "Via Roma n. 10".
    static let houseNumberMarkers = WordList(["n.", "no.", "nr.", "num.", "núm.", "nº"])

    /// After a French house number: "25 bis rue Victor Hugo".
    static let houseNumberSuffixes = WordList(["bis", "ter"])

    // MARK: Identity documents

    /// Words a passport number follows, in the five languages: "passport 12AB34567", "Reisepass C01X00T47".
    static let passportLabels = WordList([
        "passport", "pasaporte", "passeport", "passaporto", "reisepass", "reisepassnummer", "passnummer", "^pass",
        "pass-nr.",
    ])

    /// Words a German identity card number follows: "Personalausweis: T22000129". Its printed number has no check
    /// digit, so it is only recognised after one of these.
    static let identityCardLabels = WordList([
        "personalausweis", "personalausweisnummer", "personalausweis-nr.", "ausweis", "ausweisnummer", "ausweis-nr.",
        "ausweisnr.",
    ])

    /// Words between a document label and its number: "Passport No. 123456789", "pasaporte nº PAA123456",
    /// "my passport is …".
    static let documentNumberMarkers = WordList([
        "no.", "nr.", "n.", "nº", "num.", "number", "nummer", "número", "numero", "numéro", "is", "ist", "es",
        "est", "è", "lautet",
    ])

    // MARK: IBAN

    /// Country IBAN lengths (ISO 13616 registry); other countries are accepted at 15–34 characters. Pairs rather
    /// than a dictionary so that a duplicate is a failing test, not a crash at start-up.
    static let ibanLengths: KeyValuePairs<String, Int> = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
        "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
        "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
        "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
        "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]
}
