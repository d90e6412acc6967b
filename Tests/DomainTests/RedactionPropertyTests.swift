import Domain
import Testing

/// Random tickets in five languages with personal data of every kind planted at random places, in glued forms and
/// in other scripts' digits: the redaction must replace exactly the planted data, and leave the ordinary tokens
/// triage needs (order numbers, amounts, dates, tracking numbers) and the words around them as they were.
///
/// Seeded, so a failure is reproducible: it names the iteration and shows the text.
@Suite("Redaction properties")
struct RedactionPropertyTests {
    static let seed: UInt64 = 0x5EED_2026_0017
    static let iterations = 2000

    @Test("planted personal data never survives, ordinary tokens always do")
    func plantedData() {
        var random = SplitMix64(seed: Self.seed)
        let redactor = Redactor()
        var failures = 0
        for iteration in 0..<Self.iterations {
            let ticket = Ticket.random(using: &random)
            let result = redactor.redact(ticket.text)
            var problems: [String] = []
            let redacted = Array(result.text.utf8)
            for plant in ticket.plants where occurs(plant.value, in: redacted) {
                problems.append("\(plant.kind.rawValue) \(plant.value) survived")
            }
            for token in ticket.ordinary where !occurs(token, in: redacted) {
                problems.append("ordinary \(token) was redacted")
            }
            if result.text != ticket.expected { problems.append("expected:\n\(ticket.expected)") }
            if result.counts != ticket.counts { problems.append("counts \(result.counts) != \(ticket.counts)") }
            if !problems.isEmpty {
                failures += 1
                let report = problems.joined(separator: "\n")
                Issue.record("iteration \(iteration):\n\(ticket.text)\nredacted:\n\(result.text)\n\(report)")
                if failures >= 5 { return }
            }
        }
    }
}

/// Whether `needle` is in `haystack`, byte for byte (the tests' own, so as not to go through Foundation's
/// locale-aware search, which is far slower on Linux).
func occurs(_ needle: String, in h: [UInt8]) -> Bool {
    let n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
    for start in 0...(h.count - n.count) where h[start] == n[0] && h[start..<(start + n.count)].elementsEqual(n) {
        return true
    }
    return false
}

// MARK: - Random tickets

/// A small, fast, seedable generator (SplitMix64), so that the test is the same on every run and platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Plant {
    var kind: Redactor.Kind
    /// The data as written in the ticket (without any label or glue around it).
    var value: String
}

struct Ticket {
    var text = ""
    var expected = ""
    var plants: [Plant] = []
    var ordinary: [String] = []
    var counts: [Redactor.Kind: Int] = [:]

    enum Language: CaseIterable { case en, de, es, fr, it }

    static func random(using random: inout SplitMix64) -> Ticket {
        var ticket = Ticket()
        let language = Language.allCases.randomElement(using: &random)!
        let fillers = Self.fillers[language]!
        ticket.append(fillers.randomElement(using: &random)!)
        for _ in 0..<Int.random(in: 2...6, using: &random) {
            ticket.append(" ")
            if Bool.random(using: &random) || Int.random(in: 0..<3, using: &random) == 0 {
                let (kind, prefix, value, suffix) = Self.personalData(language, using: &random)
                ticket.append(prefix)
                ticket.plant(kind, value)
                ticket.append(suffix)
            } else {
                let token = Self.ordinaryToken(language, using: &random)
                ticket.append(token.prefix)
                ticket.append(token.value)
                ticket.ordinary.append(token.value)
            }
            // Punctuation after each piece: a street name or a phone number may go on over a space, not over this.
            ticket.append([", ", ". ", "; ", " — ", "\n", "! ", " | "].randomElement(using: &random)!)
            ticket.append(fillers.randomElement(using: &random)!)
        }
        ticket.append(".")
        return ticket
    }

    mutating func append(_ s: String) {
        text += s
        expected += s
    }

    mutating func plant(_ kind: Redactor.Kind, _ value: String) {
        text += value
        expected += kind.placeholder
        plants.append(Plant(kind: kind, value: value))
        counts[kind, default: 0] += 1
    }

    // MARK: Filler

    /// Everyday support phrases (some from fixtures/tickets.jsonl), without digits, street words or labels.
    static let fillers: [Language: [String]] = [
        .en: [
            "Hi there", "my order still hasn't arrived", "I was charged twice", "can you help me please",
            "the box was damaged", "thanks a lot", "I need a refund", "please check", "Kind regards, Ana",
            "the tracking page says nothing", "I wrote last week", "my details are",
        ],
        .de: [
            "Hallo zusammen", "meine Bestellung ist noch nicht da", "ich wurde doppelt belastet",
            "bitte helfen Sie mir",
            "das Paket war beschädigt", "vielen Dank", "ich möchte mein Geld zurück", "Mit freundlichen Grüßen, Jürgen",
            "die Sendungsverfolgung zeigt nichts", "meine Daten sind",
        ],
        .es: [
            "Hola", "mi pedido todavía no ha llegado", "me han cobrado dos veces", "por favor ayúdenme",
            "la caja llegó dañada", "muchas gracias", "quiero un reembolso", "Un saludo, Lucía", "mis datos son",
            "el seguimiento no dice nada",
        ],
        .fr: [
            "Bonjour", "ma commande n'est toujours pas arrivée", "j'ai été débité deux fois", "pouvez-vous m'aider",
            "le colis était abîmé", "merci beaucoup", "je voudrais un remboursement", "Cordialement, Zoë",
            "voici mes coordonnées", "le suivi n'indique rien",
        ],
        .it: [
            "Buongiorno", "il mio ordine non è ancora arrivato", "mi avete addebitato due volte", "potete aiutarmi",
            "il pacco era danneggiato", "grazie mille", "vorrei un rimborso", "Cordiali saluti, Giulia",
            "ecco i miei dati", "il tracciamento non dice nulla",
        ],
    ]

    // MARK: Ordinary tokens

    /// Tokens triage needs, with a word before them; tracking numbers are the fixtures' own.
    static func ordinaryToken(
        _ language: Language, using random: inout SplitMix64
    ) -> (
        prefix: String, value: String
    ) {
        let word: String
        switch language {
        case .en: word = "order"
        case .de: word = "Bestellung"
        case .es: word = "pedido"
        case .fr: word = "commande"
        case .it: word = "ordine"
        }
        func order() -> String { String(Int.random(in: 1000...9999, using: &random)) }
        func amount() -> String { "\(Int.random(in: 1...999, using: &random))" }
        func cents() -> String { format2(Int.random(in: 0...99, using: &random)) }
        func day() -> String { format2(Int.random(in: 1...28, using: &random)) }
        func month() -> String { format2(Int.random(in: 1...12, using: &random)) }
        switch Int.random(in: 0..<16, using: &random) {
        case 0: return (word + " ", order())
        case 1: return (word + " #", order())
        case 2: return (word + " ", script(order(), .arabicIndic))
        case 3: return (word + " ", script(order(), .fullwidth))
        case 4: return ("", "€\(amount()).\(cents())")
        case 5: return ("", "$\(amount()).\(cents())")
        case 6: return ("", "\(amount()),\(cents()) €")
        case 7: return ("", "1.299,00 €")
        case 8: return ("", "2026-\(month())-\(day())")
        case 9: return ("", "\(day())/\(month())/2026")
        case 10: return ("", "\(day()).\(month()).2026")
        case 11: return ("", "10:30")
        case 12: return ("tracking ", trackingNumbers.randomElement(using: &random)!)
        case 13:
            return ("", ["SWT-MER-CRW-M", "ISBN 978-3-16-148410-0", "INV-2026-00042"].randomElement(using: &random)!)
        case 14: return ("size ", "42")
        default: return ("ticket ", "#4521")
        }
    }

    /// One of each carrier's format in fixtures/orders.jsonl.
    static let trackingNumbers = [
        "JJD000390007812345678", "1Z999AA10123456784", "00340434161234567890", "084012345678901", "6A12345678901",
        "68123456789", "7R2E48811276",
    ]

    // MARK: Personal data

    static func personalData(
        _ language: Language, using random: inout SplitMix64
    ) -> (
        kind: Redactor.Kind, prefix: String, value: String, suffix: String
    ) {
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            let number = card(using: &random)
            // After "+", up to 15 digits are an international phone number, so only longer cards are glued to it.
            let plus = number.filter(\.isNumber).count > 15 ? ["+"] : []
            let glue = (["", "", "visa", "card#", "#", "$", "_", "Karte:", "tarjeta ", "**"] + plus).randomElement(
                using: &random)!
            let value = inScript(number, using: &random)
            return (.card, glue, value, glue == "**" ? "**" : (Int.random(in: 0..<6, using: &random) == 0 ? "exp" : ""))
        case 1:
            let glue = ["", "", "IBAN ", "IBAN:", "IBAN", "iban"].randomElement(using: &random)!
            return (.iban, glue, inScript(iban(using: &random), using: &random), "")
        case 2:
            let (value, international) = phone(language, using: &random)
            let glue = (["", "tel ", "Tel.: ", "**"] + (international ? ["tel", "Tel:"] : [])).randomElement(
                using: &random)!
            return (.phone, glue, inScript(value, using: &random), glue == "**" ? "**" : "")
        case 3:
            let glue = ["", "mailto:", "<"].randomElement(using: &random)!
            return (.email, glue, email(using: &random), glue == "<" ? ">" : "")
        case 4:
            let (prefix, value) = nationalID(using: &random)
            return (.nationalID, prefix, inScript(value, using: &random), "")
        case 5:
            let (label, value) = passport(using: &random)
            return (.passport, label, inScript(value, using: &random), "")
        default:
            return (.address, "", address(language, using: &random), "")
        }
    }

    static func digits(_ count: Int, using random: inout SplitMix64) -> [Int] {
        var digits: [Int] = []
        digits.reserveCapacity(count)
        for _ in 0..<count { digits.append(Int(random.next() % 10)) }
        return digits
    }

    static func digitString(_ count: Int, using random: inout SplitMix64) -> String {
        var text = ""
        for _ in 0..<count { text.unicodeScalars.append(Unicode.Scalar(UInt8(48 + random.next() % 10))) }
        return text
    }

    static func card(using random: inout SplitMix64) -> String {
        let (prefix, length): ([Int], Int) = [
            ([4], 16), ([5, Int.random(in: 1...5, using: &random)], 16), ([3, 7], 15), ([3, 4], 15),
            ([6, 0, 1, 1], 16), ([4], 13),
        ].randomElement(using: &random)!
        var number = prefix + digits(length - prefix.count - 1, using: &random)
        // The Luhn check digit: the sum with it doubled from the right must end in 0.
        var sum = 0
        for (k, d) in number.reversed().enumerated() {
            let doubled = k % 2 == 0 ? d * 2 : d
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        number.append((10 - sum % 10) % 10)
        let text = number.map(String.init).joined()
        switch Int.random(in: 0..<3, using: &random) {
        case _ where length == 13: return text
        case 0: return text
        case 1 where length == 15:
            return group(text, [4, 6, 5], " ")
        default:
            return group(
                text, Array(repeating: 4, count: length / 4) + [length % 4], ["-", " "].randomElement(using: &random)!)
        }
    }

    static func iban(using random: inout SplitMix64) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let (country, bban): (String, String) = {
            switch Int.random(in: 0..<6, using: &random) {
            case 0: return ("DE", digitString(18, using: &random))
            case 1: return ("ES", digitString(20, using: &random))
            case 2: return ("FR", digitString(23, using: &random))
            case 3:
                return ("IT", String(letters.randomElement(using: &random)!) + digitString(22, using: &random))
            case 4:
                return (
                    "GB",
                    String((0..<4).map { _ in letters.randomElement(using: &random)! })
                        + digitString(14, using: &random)
                )
            default:
                return (
                    "NL",
                    String((0..<4).map { _ in letters.randomElement(using: &random)! })
                        + digitString(10, using: &random)
                )
            }
        }()
        var remainder = 0
        for c in (bban + country + "00") {
            let value = c.isNumber ? Int(String(c))! : Int(c.asciiValue! - 65) + 10
            remainder = (remainder * (value > 9 ? 100 : 10) + value) % 97
        }
        let check = format2(98 - remainder)
        var iban = country + check + bban
        if Int.random(in: 0..<5, using: &random) == 0 { iban = iban.lowercased() }
        let sizes = Array(repeating: 4, count: iban.count / 4) + [iban.count % 4]
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return iban
        case 1: return group(iban, sizes, "\u{A0}")
        case 2: return group(iban, sizes, "-")
        default: return group(iban, sizes, " ")
        }
    }

    static func phone(_ language: Language, using random: inout SplitMix64) -> (String, Bool) {
        func d(_ n: Int) -> String { digitString(n, using: &random) }
        func lead() -> String { String(Int.random(in: 2...9, using: &random)) }
        let templates: [(String, Bool)]
        switch language {
        case .en:
            templates = [
                ("+1 (\(lead())\(d(2))) \(lead())\(d(2))-\(d(4))", true), ("(\(lead())\(d(2))) \(d(3))-\(d(4))", false),
                ("\(lead())\(d(2))-\(d(4))", false), ("+44 20 \(d(4)) \(d(4))", true),
                ("0044 20 \(d(4)) \(d(4))", false),
            ]
        case .de:
            templates = [
                ("+49 30 \(d(7))", true), ("030/\(d(7))", false), ("0171 \(d(7))", false), ("+4930\(d(7))", true),
            ]
        case .es:
            templates = [
                ("+34 6\(d(2)) \(d(3)) \(d(3))", true), ("6\(d(2)) \(d(3)) \(d(3))", false),
                ("91 \(d(3)) \(d(2)) \(d(2))", false),
            ]
        case .fr:
            templates = [
                ("+33 6 \(d(2)) \(d(2)) \(d(2)) \(d(2))", true), ("06 \(d(2)) \(d(2)) \(d(2)) \(d(2))", false),
                ("06.\(d(2)).\(d(2)).\(d(2)).\(d(2))", false),
            ]
        case .it:
            templates = [("+39 06 \(d(4)) \(d(4))", true), ("3\(d(2)) \(d(7))", false), ("06 \(d(4)) \(d(4))", false)]
        }
        return templates.randomElement(using: &random)!
    }

    static func email(using random: inout SplitMix64) -> String {
        let names = ["ana", "jane.doe", "m.mueller", "lucia_g", "zoe", "giulia.rossi", "max.müller"]
        let domains = ["example.com", "example.org", "example.net", "mail.example.de", "example.es"]
        let number = Bool.random(using: &random) ? String(Int.random(in: 1...99, using: &random)) : ""
        return names.randomElement(using: &random)! + number + "@" + domains.randomElement(using: &random)!
    }

    static func nationalID(using random: inout SplitMix64) -> (prefix: String, value: String) {
        func d(_ n: Int) -> String { digitString(n, using: &random) }
        let dniLetters = Array("TRWAGMYFPDXBNJZSQVHLCKE")
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            let number = d(8)
            let letter = dniLetters[Int(number)! % 23]
            let prefix = ["", "DNI ", "dni", "NIF:"].randomElement(using: &random)!
            let dotted = "\(number.prefix(2)).\(number.dropFirst(2).prefix(3)).\(number.suffix(3))-\(letter)"
            return (prefix, ["\(number)\(letter)", "\(number)-\(letter)", dotted].randomElement(using: &random)!)
        case 1:
            let first = Int.random(in: 0...2, using: &random)
            let number = d(7)
            let letter = dniLetters[(first * 10_000_000 + Int(number)!) % 23]
            return (["", "NIE "].randomElement(using: &random)!, "\(Array("XYZ")[first])\(number)\(letter)")
        case 2:
            return (["", "CF: ", "codice fiscale "].randomElement(using: &random)!, fiscalCode(using: &random))
        case 3:
            let allowedFirst = Array("ABCEGHJKLMNOPRSTWXYZ")
            let allowedSecond = Array("ABCEGHJKLMNPRSTWXYZ")
            var prefix = ""
            repeat {
                prefix = String([
                    allowedFirst.randomElement(using: &random)!, allowedSecond.randomElement(using: &random)!,
                ])
            } while ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(prefix)
            let number = d(6)
            let suffix = Array("ABCD").randomElement(using: &random)!
            let spaced = "\(prefix) \(number.prefix(2)) \(number.dropFirst(2).prefix(2)) \(number.suffix(2)) \(suffix)"
            return (
                ["", "NI number ", "NINO: "].randomElement(using: &random)!,
                Bool.random(using: &random) ? spaced : "\(prefix)\(number)\(suffix)"
            )
        case 4:
            let sex = Bool.random(using: &random) ? "1" : "2"
            let month = format2(Int.random(in: 1...12, using: &random))
            let department = ["75", "13", "69", "2A", "2B", format2(Int.random(in: 1...95, using: &random))]
                .randomElement(using: &random)!
            let first13 = sex + d(2) + month + department + d(3) + d(3)
            // Corsica: 2A and 2B count as 19 and 18.
            let numeric =
                department == "2A" || department == "2B"
                ? sex + first13.dropFirst().prefix(4) + (department == "2A" ? "19" : "18") + first13.suffix(6)
                : first13
            var remainder = 0
            for c in numeric { remainder = (remainder * 10 + Int(String(c))!) % 97 }
            let key = format2(97 - remainder)
            let nir = first13 + key
            let spaced = group(nir, [1, 2, 2, 2, 3, 3, 2], " ")
            return (
                ["", "NIR ", "n° sécu "].randomElement(using: &random)!, Bool.random(using: &random) ? spaced : nir
            )
        case 5:
            // Ten digits, the first not 0, exactly one of them twice, then the ISO 7064 MOD 11,10 check digit.
            var pool = Array(0...9).shuffled(using: &random)
            if pool[0] == 0 { pool.swapAt(0, 1) }
            var ten = Array(pool[0..<9])
            ten.insert(ten[Int.random(in: 0..<9, using: &random)], at: Int.random(in: 1...9, using: &random))
            var product = 10
            for digit in ten {
                var sum = (digit + product) % 10
                if sum == 0 { sum = 10 }
                product = (sum * 2) % 11
            }
            let id = (ten + [(11 - product) % 10]).map(String.init).joined()
            return (
                ["", "Steuer-ID ", "IdNr.: "].randomElement(using: &random)!,
                Bool.random(using: &random) ? id : group(id, [2, 3, 3, 3], " ")
            )
        default:
            let alphabet = Array("CFGHJKLMNPRTVWXYZ")
            let body = Array("0123456789CFGHJKLMNPRTVWXYZ")
            // The issuing authority's code opens the serial with a digit ("L01X00T47").
            let number =
                String(alphabet.randomElement(using: &random)!) + String(Int.random(in: 0...9, using: &random))
                + String((0..<7).map { _ in body.randomElement(using: &random)! })
            return (["Personalausweis: ", "Ausweisnummer ", "Ausweis-Nr. "].randomElement(using: &random)!, number)
        }
    }

    static func fiscalCode(using random: inout SplitMix64) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        func l(_ n: Int) -> String { String((0..<n).map { _ in letters.randomElement(using: &random)! }) }
        func d(_ n: Int) -> String { digitString(n, using: &random) }
        let day = Int.random(in: 1...31, using: &random) + (Bool.random(using: &random) ? 40 : 0)
        var code = Array(
            l(6) + d(2) + String(Array("ABCDEHLMPRST").randomElement(using: &random)!) + format2(day) + l(1) + d(3))
        if Int.random(in: 0..<4, using: &random) == 0 {
            // Omocodia: the last digit replaced by its letter.
            code[14] = Array("LMNPQRSTUV")[Int(String(code[14]))!]
        }
        let odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        var sum = 0
        for (k, c) in code.enumerated() {
            let value = c.isNumber ? Int(String(c))! : Int(c.asciiValue! - 65)
            sum += k % 2 == 0 ? odd[value] : value
        }
        return String(code) + String(letters[sum % 26])
    }

    static func passport(using random: inout SplitMix64) -> (label: String, value: String) {
        func d(_ n: Int) -> String { digitString(n, using: &random) }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        func l(_ n: Int) -> String { String((0..<n).map { _ in letters.randomElement(using: &random)! }) }
        let label = [
            "passport ", "Passport No. ", "passport number: ", "pasaporte nº ", "passeport n° ", "passaporto ",
            "Reisepass ", "Reisepassnummer: ", "passport#",
        ].randomElement(using: &random)!
        let number = [
            "\(d(2))\(l(2))\(d(5))", "\(d(2)) \(l(2)) \(d(5))", d(9), "\(l(3))\(d(6))", "\(l(3)) \(d(6))",
            "\(l(2))\(d(7))", "C\(d(2))X\(d(2))T\(d(2))",
        ].randomElement(using: &random)!
        return (label, number)
    }

    static func address(_ language: Language, using random: inout SplitMix64) -> String {
        let n = inScript(String(Int.random(in: 1...299, using: &random)), using: &random)
        let templates: [String]
        switch language {
        case .en:
            templates = ["\(n) Baker Street", "\(n) Elm St.", "\(n) High Road", "\(n) Privet Drive", "\(n) 5th Avenue"]
        case .de: templates = ["Hauptstraße \(n)", "Berliner Str. \(n)", "Lindenweg \(n)", "Karl-Marx-Allee \(n)"]
        case .es:
            templates = ["Calle Mayor \(n)", "Avenida de América \(n)", "C/ Mayor \(n)", "Paseo de la Castellana \(n)"]
        case .fr: templates = ["\(n) rue de la Paix", "\(n) avenue Victor Hugo", "\(n) boulevard Saint-Michel"]
        case .it: templates = ["Via Roma \(n)", "Piazza Garibaldi \(n)", "Viale dei Mille \(n)"]
        }
        return templates.randomElement(using: &random)!
    }

    // MARK: Writing

    enum Script: CaseIterable { case ascii, fullwidth, arabicIndic, persian, devanagari }

    /// `text` with its ASCII digits (and, in fullwidth, its letters) written in another script, half of the time.
    static func inScript(_ text: String, using random: inout SplitMix64) -> String {
        guard Bool.random(using: &random) else { return text }
        return script(text, Script.allCases.randomElement(using: &random)!)
    }

    static func script(_ text: String, _ script: Script) -> String {
        let zero: UInt32
        switch script {
        case .ascii: return text
        case .fullwidth: zero = 0xFF10
        case .arabicIndic: zero = 0x0660
        case .persian: zero = 0x06F0
        case .devanagari: zero = 0x0966
        }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if ("0"..."9").contains(s) {
                out.append(Unicode.Scalar(zero + s.value - 0x30)!)
            } else if script == .fullwidth && s.isASCII && s.properties.isAlphabetic {
                out.append(Unicode.Scalar(s.value + 0xFEE0)!)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    static func group(_ text: String, _ sizes: [Int], _ separator: String) -> String {
        var groups: [String] = []
        var rest = Substring(text)
        for size in sizes where size > 0 && !rest.isEmpty {
            groups.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { groups.append(String(rest)) }
        return groups.joined(separator: separator)
    }
}

func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
