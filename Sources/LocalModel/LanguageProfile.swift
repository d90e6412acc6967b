/// Hand-built language profiles: function words, everyday support vocabulary, and word endings.
///
/// Function words identify a language in long texts; the support vocabulary ("pedido", "Bestellung",
/// "commande") and word endings ("-ung", "-zione", "-ción") are what make three-word tickets such as
/// "Stornierung Bestellung 1079" or "annullare ordine" detectable. A word listed for several languages
/// is split between them, so shared words like "de" or "no" weigh little.
enum LanguageProfile {
    static let words: [(Language, [String])] = [
        (
            .en,
            [
                "the", "and", "is", "are", "was", "were", "to", "of", "it", "my", "i", "you", "your", "for", "on",
                "with", "this", "that", "have", "has", "had", "not", "but", "be", "been", "would", "could",
                "can", "please", "thanks", "thank", "hi", "hello", "hey", "what", "when", "where", "how", "why",
                "do", "does", "did", "dont", "didnt", "yet", "just", "order", "from", "at", "an", "any", "will",
                "there", "they", "we", "our", "me", "get", "got", "still", "which", "about", "if", "or", "so",
                "all", "because", "since", "after", "before", "here", "tracking", "shipped", "arrived",
                "received", "refund", "help", "should", "than", "wrong", "size", "cancel", "return", "account",
                "password", "delivery", "package", "parcel", "item", "charged", "twice", "broken", "damaged",
                "yes", "im", "ive", "its", "cant", "wont", "hasnt", "havent", "isnt", "doesnt", "thanks", "regards",
                "best", "dear", "shipping", "arrive", "week", "days", "today", "would", "like", "want", "need",
                "know", "sent", "new", "one", "two", "out", "up", "no", "by", "as", "who", "them", "their", "some", "a",
            ]
        ),
        (
            .es,
            [
                "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "con", "no",
                "es", "mi", "me", "se", "lo", "le", "al", "pero", "como", "mas", "ya", "muy", "hola", "gracias",
                "pedido", "quiero", "puedo", "podeis", "esta", "estoy", "tengo", "he", "ha", "hace", "todavia",
                "cuando", "donde", "porque", "sin", "sobre", "tambien", "hay", "os", "nos", "su", "sus", "este",
                "esto", "eso", "usted", "buenos", "buenas", "dias", "tardes", "saludos", "llegado", "ayuda",
                "favor", "vuestra", "vuestro", "vuestro", "aun", "solo", "bien", "dos", "veces", "cuenta", "talla",
                "envio", "devolucion", "reembolso", "contrasena", "cobrado", "roto", "rota", "llegado", "recibido",
                "paquete", "entrega", "tarjeta", "dinero", "semanas", "hoy", "ayer", "manana", "si", "q", "d",
                "necesito", "puede", "podria", "seria", "fue", "son", "estan", "nada", "nadie", "otra", "otro",
                "habeis", "vez", "a", "ahora", "luego", "pues", "vale", "cual", "quien", "estado", "llega", "llegara",
            ]
        ),
        (
            .de,
            [
                "der", "die", "das", "und", "ist", "ich", "nicht", "ein", "eine", "einen", "mit", "auf", "fur",
                "von", "zu", "den", "dem", "des", "sie", "es", "mein", "meine", "meinen", "meiner", "bei", "bitte",
                "danke", "hallo", "wie", "was", "wo", "wann", "warum", "noch", "schon", "aber", "auch", "sehr",
                "habe", "hat", "haben", "wurde", "wird", "kann", "konnen", "ihre", "ihr", "ihnen", "uns", "wir",
                "guten", "tag", "morgen", "gruss", "grusse", "freundlichen", "mfg", "lg", "bestellung",
                "lieferung", "paket", "seit", "nur", "oder", "wenn", "dass", "sind", "war", "mir", "mich", "kein",
                "keine", "im", "am", "um", "nach", "vom", "zum", "zur", "heute", "gestern", "leider", "erhalten",
                "geliefert", "rucksendung", "erstattung", "storniert", "stornierung", "konto", "passwort",
                "sendung", "ware", "artikel", "grosse", "rechnung", "zahlung", "uber", "jetzt", "immer", "mehr",
                "einfach", "sollte", "wurden", "ob", "dann", "hier", "da", "also", "bereits", "vielen", "dank",
                "sehr", "geehrte", "damen", "herren", "servus", "kommt", "bekommen", "gibt", "geht",
            ]
        ),
        (
            .fr,
            [
                "le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "je", "j", "vous", "nous", "il",
                "elle", "pas", "ne", "que", "qui", "pour", "dans", "sur", "avec", "mon", "ma", "mes", "votre",
                "vos", "ce", "cette", "ces", "au", "aux", "en", "mais", "ou", "bonjour", "bonsoir", "merci",
                "commande", "colis", "livraison", "remboursement", "suis", "ai", "avez", "avoir", "etre", "fait",
                "tres", "plus", "depuis", "toujours", "encore", "aussi", "comme", "quand", "pourquoi",
                "comment", "cordialement", "svp", "qu", "c", "n", "d", "l", "s", "m", "y", "ca", "ete", "recu",
                "livre", "annuler", "taille", "paiement", "carte", "compte", "mot", "passe", "jour", "jours",
                "semaine", "aujourd", "hui", "hier", "demain", "rien", "personne", "chez", "sont", "sera", "peux",
                "pouvez", "pourriez", "voudrais", "souhaite", "aucun", "aucune", "alors", "donc", "car", "leur",
                "madame", "monsieur", "bien", "bonne", "journee", "etait", "avais", "ont", "a",
            ]
        ),
        (
            .it,
            [
                "il", "lo", "la", "gli", "le", "di", "del", "della", "dei", "delle", "che", "e", "non", "un",
                "una", "per", "con", "sono", "ho", "ha", "mi", "mio", "mia", "miei", "si", "ma", "come", "anche",
                "piu", "gia", "ancora", "ordine", "grazie", "buongiorno", "buonasera", "salve", "ciao", "vorrei",
                "potete", "potreste", "quando", "dove", "perche", "nel", "nella", "al", "alla", "dal", "dalla",
                "sul", "sulla", "questo", "questa", "cosa", "molto", "sempre", "ieri", "oggi", "domani", "pacco",
                "spedizione", "consegna", "rimborso", "cordiali", "saluti", "dell", "all", "nell", "sull", "dall",
                "un", "ci", "vi", "sia", "stato", "stata", "ricevuto", "arrivato", "arrivata", "reso", "taglia",
                "account", "accedere", "pagamento", "carta", "fattura", "niente", "nessuno", "volte", "giorni",
                "settimana", "settimane", "mille", "gentile", "avete", "abbiamo", "fatto", "essere", "tutto",
                "tutti", "a", "poi", "qui", "allora", "quindi", "ne", "uno", "mai", "dopo", "prima", "dovrebbe",
                "scarpe", "piccole", "piccoli", "piccola", "piccolo", "grandi", "maglione", "giacca", "calzano",
                "quello", "quella", "questi", "queste", "potrei",
            ]
        ),
        (
            .pt,
            [
                "o", "a", "os", "as", "de", "do", "da", "dos", "das", "que", "e", "em", "um", "uma", "para",
                "com", "nao", "por", "meu", "minha", "voce", "obrigado", "obrigada", "encomenda", "pedido", "ola",
                "bom", "dia", "esta", "estou", "ja", "ainda", "mais", "muito", "foi", "ser", "tem", "tenho",
                "quando", "onde", "porque", "como", "isso", "este", "essa", "sua", "seu", "entrega", "reembolso",
                "recebi", "chegou", "fatura", "voces", "gostaria", "preciso", "sim", "nada", "nem", "mas",
                "tambem", "agora", "ontem", "hoje", "amanha", "conta", "senha", "tamanho", "produto", "pelo",
                "pela", "numa", "num", "nos", "lhe", "ate", "apos", "obrigadao",
            ]
        ),
        (
            .nl,
            [
                "de", "het", "een", "en", "is", "ik", "niet", "van", "op", "te", "dat", "die", "met", "voor",
                "mijn", "je", "u", "uw", "zijn", "hebben", "heb", "maar", "ook", "nog", "geen", "wel", "naar",
                "bij", "om", "er", "dit", "wat", "waar", "wanneer", "hoe", "bestelling", "pakket", "bedankt",
                "dank", "hallo", "groet", "groeten", "graag", "kunnen", "kunt", "jullie", "ontvangen", "bezorgd",
                "retour", "terugbetaling", "alvast", "vriendelijke", "goedemorgen", "goedemiddag", "hoi", "al",
                "gisteren", "vandaag", "morgen", "zou", "wil", "moet", "kan", "werd", "wordt", "heeft", "waarom",
                "omdat", "daar", "hier", "zo", "nu", "dan", "als", "ze", "we", "wij", "ons", "onze",
            ]
        ),
    ]

    /// Word endings with their evidence. Checked on every word of four or more letters.
    static let suffixes: [(Language, Float, [String])] = [
        (.en, 1, ["ing", "ness", "ful", "ight", "ough"]),
        (.en, 0.5, ["ly", "ship"]),
        (.es, 1.2, ["cion", "ciones", "iendo", "dad", "dades", "amos", "emos", "ais", "eis"]),
        (.es, 0.5, ["ado", "ada", "idos", "idas", "ados", "adas", "ando"]),
        (.de, 1.3, ["ung", "ungen", "keit", "heit", "lich", "schaft", "chen", "isch", "nis"]),
        (.de, 0.3, ["en", "er", "st"]),
        (.fr, 1.2, ["eau", "eaux", "eux", "euse", "aient", "ees", "oir", "ez"]),
        (.fr, 0.6, ["ais", "ait", "ement", "eur", "ique", "ons", "ee"]),
        (.it, 1.4, ["zione", "zioni", "ssimo", "ssima", "iamo", "ggio", "etto", "etta", "mente"]),
        (.it, 0.5, ["ato", "ata", "ati", "ito", "ita", "are", "ere", "ire", "ello", "ella", "endo", "i"]),
        (.pt, 1.4, ["cao", "coes", "oes", "inho", "inha", "agem"]),
        (.pt, 0.5, ["ao", "em"]),
        (.nl, 1.4, ["heid", "lijk", "tje", "tjes", "ijk"]),
        (.nl, 0.4, ["aar", "oor", "eer", "ingen"]),
    ]

    /// Letter trigrams, used only on short texts where there are too few function words to decide.
    static let trigrams: [(Language, Float, [String])] = [
        (.en, 0.8, ["the", "wha", "whe", "why", "ght", "thi", "oul", "ith"]),
        (.es, 0.6, ["ued", "ueo", "lla", "llo", "edi", "cio", "nue"]),
        (.de, 0.7, ["sch", "cht", "ung", "ich", "eit", "tel", "ber", "hst"]),
        (.fr, 0.7, ["eau", "oui", "aux", "oir", "ett", "our", "ois", "ieu"]),
        (.it, 0.8, ["zza", "zzo", "zzi", "zze", "gli", "cch", "ggi", "zio", "ell"]),
        (.pt, 0.8, ["nha", "nho", "lha", "lho", "cao", "oes"]),
        (.nl, 0.8, ["ijk", "ijn", "aar", "oed", "oek", "uit", "eer"]),
    ]

    /// Every profile word, for `Lexicon`'s do-not-fuzz list.
    static var allWords: [String] {
        words.flatMap { $0.1 }
    }
}
