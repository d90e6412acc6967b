/// Finds the order number a customer mentions.
///
/// Accepted forms: an order word followed by a number ("order 1042", "order no. 1042", "pedido n.º 1070",
/// "Bestellung 1080", "commande n° 1082", "l'ordine 1097"), a hash ("#1042"), letter-prefixed ids ("A-20931"),
/// and ids spelled out in voicemail transcripts ("order … A as in apple, 2-0-9-3-1", "el número es el tres cuatro
/// siete dos").
///
/// Numbers are taken only in those contexts, so prices ("€159,00"), dates ("12.11.2026"), phone numbers,
/// postcodes and tracking numbers (too long, or digit-first mixes such as "1Z999AA1…") are not mistaken for
/// order ids.
public struct OrderIDExtractor: Sendable {
    public init() {}

    /// The first order id in `text`, or nil.
    public func extract(from text: String) -> String? {
        let found = OrderIDExtractor.scan(text)
        return found.strong ?? found.weak
    }

    /// The first id found in an explicit order context (`strong`) and the first bare "A-20931"-style id (`weak`).
    /// Triage prefers a strong id from any message over a weak one from an earlier message.
    static func scan(_ text: String) -> (strong: String?, weak: String?) {
        let pieces = Pieces(text)
        var weak: String?
        var lastKeyword = -100
        for index in pieces.items.indices {
            let piece = pieces.items[index]
            if piece.isWord {
                if OrderIDExtractor.keywordHashes.contains(piece.hash) { lastKeyword = index }
                // Digits read out as words, shortly after the order word (not after "phone", which is no order).
                if index - lastKeyword <= 15, OrderIDExtractor.digitWords[piece.hash] != nil,
                    let id = pieces.spokenDigits(at: index)
                {
                    return (id, weak)
                }
                if OrderIDExtractor.keywordHashes.contains(piece.hash) && !pieces.isVerbUse(index),
                    let id = pieces.idAfterKeyword(index)
                {
                    return (id, weak)
                }
                if weak == nil, let id = pieces.standaloneID(at: index) { weak = id }
            } else if piece.symbol == 0x23, let id = pieces.idAfterHash(index) {  // #
                return (id, weak)
            }
        }
        return (nil, weak)
    }

    /// Words that introduce an order number, folded.
    static let keywords: Set<String> = [
        "order", "orders", "ordernumber", "ordernr", "orderno", "orderid", "ordine", "ordini", "ordinazione",
        "pedido", "pedidos", "bestellung", "bestellnummer", "bestellnr", "auftrag", "auftragsnummer", "commande",
        "encomenda", "bestelling", "bestelnummer", "ordernummer",
    ]

    // Hashed copies of the word sets: the scan compares piece hashes and builds no strings.
    static let keywordHashes = Set(keywords.map(FNV.hash))
    static let fillerHashes = Set(fillers.map(FNV.hash))
    static let unitHashes = Set(units.map(FNV.hash))
    static let hashExclusionHashes = Set(hashExclusions.map(FNV.hash))
    static let prefixExclusionHashes = Set(prefixExclusions.map(FNV.hash))
    static let verbContextHashes = Set(
        ["to", "i", "we", "you", "they", "ll", "d", "will", "would", "can", "could", "should", "might"].map(FNV.hash))

    /// Digits as words in English, Spanish, German, French and Italian (folded).
    static let digitWords: [UInt64: Character] = {
        let words: [(String, Character)] = [
            ("zero", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"),
            ("seven", "7"), ("eight", "8"), ("nine", "9"),
            ("cero", "0"), ("uno", "1"), ("dos", "2"), ("tres", "3"), ("cuatro", "4"), ("cinco", "5"), ("seis", "6"),
            ("siete", "7"), ("ocho", "8"), ("nueve", "9"),
            ("null", "0"), ("eins", "1"), ("zwei", "2"), ("drei", "3"), ("vier", "4"), ("funf", "5"), ("sechs", "6"),
            ("sieben", "7"), ("acht", "8"), ("neun", "9"),
            ("un", "1"), ("deux", "2"), ("trois", "3"), ("quatre", "4"), ("cinq", "5"), ("sept", "7"), ("huit", "8"),
            ("neuf", "9"),
            ("due", "2"), ("tre", "3"), ("quattro", "4"), ("cinque", "5"), ("sei", "6"), ("sette", "7"), ("otto", "8"),
            ("nove", "9"),
        ]
        var table: [UInt64: Character] = [:]
        for (word, digit) in words { table[FNV.hash(word)] = digit }
        return table
    }()

    /// Words that may sit between the order word and the number ("order no.", "the number is", "mi pedido").
    static let fillers: Set<String> = [
        "no", "nr", "n", "num", "number", "numero", "nummer", "nro", "id", "ref", "reference", "is", "was", "the",
        "it", "s", "my", "your", "mi", "mio", "mia", "ma", "mon", "meine", "meiner", "mein", "votre", "vostro",
        "nostro", "o", "e", "es", "ist", "est", "de",
    ]

    /// Symbols that may sit between the order word and the number: # : . ° º ( - – ,
    static let fillerSymbols: Set<UInt32> = [0x23, 0x3A, 0x2E, 0xB0, 0xBA, 0x28, 0x2D, 0x2013, 0x2C]

    /// A number followed by one of these is a quantity or a price, not an id ("order 200 sets", "order 1042 EUR").
    static let units: Set<String> = [
        "eur", "euro", "euros", "usd", "dollars", "dollar", "gbp", "chf", "kg", "g", "cm", "mm", "ml", "l", "x",
        "pcs", "pieces", "units", "sets", "items", "unidades", "stuck", "stk", "pezzi", "pieces", "unites",
    ]

    /// Words before "#123" that make it something else than an order: a ticket, an invoice, a flat.
    static let hashExclusions: Set<String> = [
        "ticket", "case", "issue", "invoice", "factura", "rechnung", "facture", "fattura", "suite", "apt",
        "apartment", "unit", "room", "line", "item", "step", "caso", "fall", "dossier",
    ]

    /// Letter prefixes of standards and time zones that look like "ABC-1234" but are not orders.
    static let prefixExclusions: Set<String> = [
        "iso", "din", "en", "ce", "utc", "gmt", "cet", "cest", "pst", "est", "sku", "covid", "ean", "nr", "tel",
    ]
}

/// The text cut into words (letters and digits, folded to lower-case ASCII) and single symbols.
private struct Pieces {
    struct Piece {
        var start: Int
        var end: Int
        /// The symbol's scalar value; 0 for words.
        var symbol: UInt32
        var letters: Int
        var digits: Int
        /// The original letters were all upper case.
        var upper: Bool
        /// Whitespace precedes this piece.
        var spaced: Bool
        /// `FNV.hash` of the folded word (0 for symbols).
        var hash: UInt64 = 0

        var isWord: Bool { symbol == 0 }
        var isNumber: Bool { symbol == 0 && letters == 0 }
    }

    var bytes: [UInt8] = []
    var items: [Piece] = []

    static let asHash = FNV.hash("as")
    static let inHash = FNV.hash("in")

    init(_ text: String) {
        var current: Piece?
        var spaced = true
        var hash = FNV.offset
        func close() {
            if let piece = current {
                var finished = piece
                finished.end = bytes.count
                finished.hash = FNV.finish(hash)
                items.append(finished)
                spaced = false
            }
            current = nil
            hash = FNV.offset
        }
        func add(_ byte: UInt8, upper: Bool) {
            if current == nil {
                current = Piece(
                    start: bytes.count, end: bytes.count, symbol: 0, letters: 0, digits: 0, upper: true, spaced: spaced)
            }
            bytes.append(byte)
            hash = FNV.step(hash, byte)
            if byte <= 0x39 {
                current?.digits += 1
            } else {
                current?.letters += 1
                if !upper { current?.upper = false }
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    add(byte, upper: false)
                    continue
                case 0x41...0x5A:
                    add(byte | 0x20, upper: true)
                    continue
                default: break
                }
            } else if value >= TextFolding.tableStart && value <= TextFolding.tableEnd {
                let folded = TextFolding.latinTable[Int(value - TextFolding.tableStart)]
                if !folded.isEmpty {
                    let upper = TextFolding.isUppercaseLatin1(value)
                    for byte in folded { add(byte, upper: upper) }
                    continue
                }
            }
            if (0x0300...0x036F).contains(value) || value == 0xAD { continue }  // invisible inside words
            close()
            if value == 0x20 || (0x09...0x0D).contains(value) || value == 0xA0 || (0x2000...0x200B).contains(value)
                || value == 0x202F || value == 0x3000
            {
                spaced = true
            } else {
                items.append(
                    Piece(
                        start: bytes.count, end: bytes.count, symbol: value, letters: 0, digits: 0, upper: false,
                        spaced: spaced))
                spaced = false
            }
        }
        close()
    }

    func word(_ index: Int) -> String {
        let piece = items[index]
        return String(decoding: bytes[piece.start..<piece.end], as: UTF8.self)
    }

    func isSymbol(_ index: Int, _ values: UInt32...) -> Bool {
        index < items.count && values.contains(items[index].symbol)
    }

    /// English "order" used as a verb ("I order 200 sets", "want to order 3"): no id follows.
    func isVerbUse(_ index: Int) -> Bool {
        guard index > 0, items[index - 1].isWord, word(index).hasPrefix("order") else { return false }
        return OrderIDExtractor.verbContextHashes.contains(items[index - 1].hash)
    }

    /// The id after an order word, skipping up to six filler words and symbols.
    func idAfterKeyword(_ keyword: Int) -> String? {
        var index = keyword + 1
        var skipped = 0
        while index < items.count && skipped <= 6 {
            let piece = items[index]
            if let id = idAt(index) { return id }
            if piece.isWord {
                if let id = spokenID(at: index) { return id }
                guard OrderIDExtractor.fillerHashes.contains(piece.hash) else { return nil }
            } else if !OrderIDExtractor.fillerSymbols.contains(piece.symbol) {
                return nil
            }
            index += 1
            skipped += 1
        }
        return nil
    }

    /// "#1042", "#A-20931", unless the hash numbers a ticket, an invoice or a flat.
    func idAfterHash(_ hash: Int) -> String? {
        let next = hash + 1
        guard next < items.count, !items[next].spaced else { return nil }
        var previous = hash - 1
        while previous >= 0 && !items[previous].isWord { previous -= 1 }
        if previous >= 0 && previous >= hash - 2 && OrderIDExtractor.hashExclusionHashes.contains(items[previous].hash)
        {
            return nil
        }
        return idAt(next)
    }

    /// An id starting at `index`: 3–10 digits, or 1–3 letters then 3–10 digits ("A-20931", "SO12345").
    func idAt(_ index: Int) -> String? {
        let piece = items[index]
        guard piece.isWord else { return nil }
        if piece.isNumber {
            guard (3...10).contains(piece.digits), !continuesAsNumber(after: index) else { return nil }
            if index + 1 < items.count, items[index + 1].isWord,
                OrderIDExtractor.unitHashes.contains(items[index + 1].hash)
            {
                return nil
            }
            if index + 1 < items.count, !items[index + 1].spaced,
                [0x20AC, 0x24, 0xA3, 0x25].contains(items[index + 1].symbol)  // € $ £ %
            {
                return nil
            }
            return word(index)
        }
        if piece.digits == 0, (1...3).contains(piece.letters), isSymbol(index + 1, 0x2D),
            !items[index + 1].spaced, index + 2 < items.count, items[index + 2].isNumber,
            !items[index + 2].spaced, (3...10).contains(items[index + 2].digits),
            !OrderIDExtractor.prefixExclusionHashes.contains(piece.hash), !continuesAsNumber(after: index + 2)
        {
            return word(index).uppercased() + "-" + word(index + 2)
        }
        if piece.letters >= 1, piece.letters <= 4, piece.digits >= 3, piece.end - piece.start <= 12 {
            // Letters first, then digits only: "SO12345". Digit-first mixes are tracking numbers (1Z999AA1…).
            let text = word(index)
            let letterRun = text.prefix { $0.isLetter }
            if letterRun.count == piece.letters { return text.uppercased() }
        }
        return nil
    }

    /// The number goes on as a decimal, date or phone number: "159,00", "12.11.2026", "555-0148", "12/29".
    func continuesAsNumber(after index: Int) -> Bool {
        guard index + 2 < items.count else { return false }
        let separator = items[index + 1]
        let next = items[index + 2]
        return [0x2E, 0x2C, 0x2D, 0x2F].contains(separator.symbol) && !separator.spaced && next.isNumber
            && !next.spaced
    }

    /// A bare "A-20931" outside any order context; only with an upper-case prefix of 1–3 letters and 4+ digits.
    func standaloneID(at index: Int) -> String? {
        let piece = items[index]
        guard piece.digits == 0, piece.upper, (1...3).contains(piece.letters) else { return nil }
        if index > 0 && !piece.spaced && !items[index - 1].isWord && items[index - 1].symbol != 0x28 { return nil }
        guard index + 2 < items.count, items[index + 2].digits >= 4, let id = idAt(index) else { return nil }
        return id
    }

    /// Three to ten digits read out as words ("tres cuatro siete dos", "one one two three"), separated by spaces,
    /// hyphens or commas.
    func spokenDigits(at index: Int) -> String? {
        var digits = ""
        var position = index
        while position < items.count {
            let piece = items[position]
            if piece.isWord {
                guard let digit = OrderIDExtractor.digitWords[piece.hash] else { break }
                digits.append(digit)
            } else if piece.symbol != 0x2D && piece.symbol != 0x2C {
                break
            }
            position += 1
        }
        return (3...10).contains(digits.count) ? digits : nil
    }

    /// Voicemail spelling: "A as in apple, 2-0-9-3-1", or a letter followed by digits read out one by one
    /// ("A 2 0 9 3 1"). Without "as in", every digit must stand alone, so "n 1070" is not read as "N-1070".
    func spokenID(at index: Int) -> String? {
        guard items[index].letters == 1, items[index].digits == 0 else { return nil }
        var position = index + 1
        var spelled = false
        if position + 2 < items.count, items[position].hash == Pieces.asHash, items[position + 1].hash == Pieces.inHash
        {
            position += 3
            spelled = true
        }
        var digits = ""
        var singles = true
        while position < items.count {
            let piece = items[position]
            if piece.isNumber && piece.digits <= 10 {
                digits += word(position)
                if piece.digits > 1 { singles = false }
            } else if piece.symbol == 0x2C && digits.isEmpty && spelled {
                // "apple, 2-0-9-3-1": the comma after the spelling word.
            } else if piece.symbol != 0x2D {
                break
            }
            position += 1
        }
        guard (3...10).contains(digits.count), spelled || singles else { return nil }
        return word(index).uppercased() + "-" + digits
    }
}
