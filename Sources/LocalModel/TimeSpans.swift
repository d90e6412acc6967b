/// A stretch of time a customer mentions: "for six days", "hace dos semanas", "seit 12 Tagen",
/// "über vier Wochen" (elapsed), or "in five days", "tra tre giorni" (a deadline ahead).
struct TimeSpan: Sendable {
    let days: Int
    /// Ahead of the customer ("in 3 days", "innerhalb von 14 Tagen"), not elapsed.
    let future: Bool
    let sentence: Int32
}

/// Finds number + unit pairs in folded tokens, in the five supported languages. Numbers may be digits or words
/// ("zehn", "quince", "a week"); "over/más de/über/plus de/più di" adds a day so "over a week" counts as more
/// than seven days. The nearest marker before the number decides whether the span is elapsed or ahead.
enum TimeSpans {
    static func scan(_ text: TokenizedText) -> [TimeSpan] {
        let tokens = text.tokens
        var spans: [TimeSpan] = []
        for index in tokens.indices {
            let token = tokens[index]
            var value: Int?
            var isArticle = false
            if token.isNumeric {
                guard token.length <= 3 else { continue }
                value = Int(text.word(index))
            } else if let number = number(in: numbers, token.hash) {
                value = number
            } else if articles.contains(token.hash) {
                value = 1
                isArticle = true
            }
            guard let count = value, count > 0 else { continue }
            var unitIndex = index + 1
            if unitIndex < tokens.count && fillers.contains(tokens[unitIndex].hash) { unitIndex += 1 }
            guard unitIndex < tokens.count, tokens[unitIndex].sentence == token.sentence,
                let multiplier = number(in: units, tokens[unitIndex].hash)
            else { continue }
            // "a day" alone is usually not a duration ("twice a day"); a week or a month with an article is.
            if isArticle && multiplier == 1 { continue }
            var days = count * multiplier
            var future = false
            var back = index - 1
            var decided = false
            while back >= 0 && index - back <= 3 && tokens[back].sentence == token.sentence {
                let hash = tokens[back].hash
                if over.contains(hash) { days += 1 }
                if !decided && ahead.contains(hash) {
                    future = true
                    decided = true
                } else if !decided && elapsed.contains(hash) {
                    decided = true
                }
                back -= 1
            }
            spans.append(TimeSpan(days: days, future: future, sentence: token.sentence))
        }
        return spans
    }

    /// Dates mentioned as day numbers of the year: "the 14th", "28 October", "November 20", "el 10 de
    /// noviembre", "am 3. Oktober", "le 10 novembre", "il 3 dicembre". A day without a month takes the month of
    /// the nearest dated mention (or a common virtual month), which is enough to measure the gap between dates.
    static func dates(_ text: TokenizedText) -> [Int] {
        let tokens = text.tokens
        var found: [(index: Int, day: Int, month: Int?)] = []
        for index in tokens.indices {
            let token = tokens[index]
            var day: Int?
            if token.isNumeric && token.length <= 2 {
                guard let value = Int(text.word(index)), (1...31).contains(value) else { continue }
                let before = index > 0 ? tokens[index - 1].hash : 0
                let after = index + 1 < tokens.count ? tokens[index + 1].hash : 0
                let afterNext = index + 2 < tokens.count ? tokens[index + 2].hash : 0
                if months.contains(after) || (after == ofHash && months.contains(afterNext)) || months.contains(before)
                    || dayArticles.contains(before)
                {
                    day = value
                }
            } else if token.length >= 3 && token.length <= 4, (0x30...0x39).contains(text.bytes[Int(token.start)]) {
                // "3rd", "14th", "21st", "22nd"
                let word = text.word(index)
                let digits = word.prefix { $0.isNumber }
                if !digits.isEmpty, let value = Int(digits), (1...31).contains(value),
                    ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
                {
                    day = value
                }
            }
            guard let day else { continue }
            var month: Int?
            for offset in [1, 2, -1] where index + offset >= 0 && index + offset < tokens.count {
                if let value = number(in: months, tokens[index + offset].hash) {
                    month = value
                    break
                }
            }
            found.append((index, day, month))
        }
        let known = found.compactMap(\.month)
        return found.map { mention in
            let month = mention.month ?? known.last ?? 0
            return month * 31 + mention.day
        }
    }

    static let ofHash = FNV.hash("of")

    /// "the 14th", "el 10", "le 10", "il 10", "am 10.", "on 3", "du 2"…
    static let dayArticles = set(
        ["the", "el", "le", "il", "am", "on", "du", "dal", "del", "al", "lo", "vom", "since", "der", "den", "dem"])

    static let months: HashIndex = {
        let names: [[String]] = [
            ["january", "enero", "januar", "janvier", "gennaio", "jan"],
            ["february", "febrero", "februar", "février", "febbraio", "feb"],
            ["march", "marzo", "märz", "mars"],
            ["april", "abril", "avril", "aprile", "apr"],
            ["may", "mayo", "mai", "maggio"],
            ["june", "junio", "juni", "juin", "giugno", "jun"],
            ["july", "julio", "juli", "juillet", "luglio", "jul"],
            ["august", "agosto", "août", "aug"],
            ["september", "septiembre", "septembre", "settembre", "sept", "sep"],
            ["october", "octubre", "oktober", "octobre", "ottobre", "oct", "okt"],
            ["november", "noviembre", "novembre", "nov"],
            ["december", "diciembre", "dezember", "décembre", "dicembre", "dec", "dez"],
        ]
        return table(names.enumerated().flatMap { month, words in words.map { ($0, month + 1) } })
    }()

    /// Word tables are `HashIndex`es keyed by folded token hashes: one multiply-and-probe per word, where a
    /// `Dictionary` would hash every token again with SipHash.
    private static func table(_ pairs: [(String, Int)]) -> HashIndex {
        HashIndex(pairs.compactMap { word, value in TokenizedText(word).tokens.first.map { ($0.hash, Int32(value)) } })
    }

    private static func set(_ words: [String]) -> HashIndex {
        table(words.map { ($0, 1) })
    }

    /// The value stored for `hash` in a `table`, if any.
    @inline(__always)
    static func number(in index: HashIndex, _ hash: UInt64) -> Int? {
        let range = index.lookup(hash)
        return range.isEmpty ? nil : Int(index.posting(range.lowerBound))
    }

    static let numbers = table(
        [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
            ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
            ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("couple", 2), ("few", 3), ("several", 3),
            ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8),
            ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15),
            ("veinte", 20), ("treinta", 30), ("par", 2), ("varios", 3), ("varias", 3),
            ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8),
            ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("vierzehn", 14), ("fünfzehn", 15),
            ("zwanzig", 20), ("dreißig", 30), ("paar", 2), ("mehrere", 3),
            ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("sept", 7), ("huit", 8), ("neuf", 9),
            ("dix", 10), ("onze", 11), ("douze", 12), ("quatorze", 14), ("quinze", 15), ("vingt", 20),
            ("trente", 30), ("plusieurs", 3),
            ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8),
            ("nove", 9), ("dieci", 10), ("undici", 11), ("dodici", 12), ("quattordici", 14), ("quindici", 15),
            ("venti", 20), ("trenta", 30), ("paio", 2), ("diversi", 3), ("diverse", 3),
        ])

    /// "a", "una", "eine"… count as one before a week or a month.
    static let articles = set(["a", "an", "una", "un", "une", "eine", "einer", "einem", "einen", "uno"])

    /// Words allowed between the number and the unit: "three business days", "un par de días", "zwei ganze Wochen".
    static let fillers = set(
        ["business", "working", "whole", "full", "long", "of", "de", "di", "d", "ganze", "ganzen", "volle", "vollen"])

    static let units = table(
        [
            ("day", 1), ("days", 1), ("dia", 1), ("dias", 1), ("tag", 1), ("tage", 1), ("tagen", 1),
            ("werktage", 1), ("werktagen", 1), ("jour", 1), ("jours", 1), ("giorno", 1), ("giorni", 1),
            ("week", 7), ("weeks", 7), ("semana", 7), ("semanas", 7), ("woche", 7), ("wochen", 7),
            ("semaine", 7), ("semaines", 7), ("settimana", 7), ("settimane", 7),
            ("fortnight", 14), ("quincena", 15),
            ("month", 30), ("months", 30), ("mes", 30), ("meses", 30), ("monat", 30), ("monate", 30),
            ("monaten", 30), ("mois", 30), ("mese", 30), ("mesi", 30),
        ])

    /// "over a week", "más de una semana", "über vier Wochen", "plus d'une semaine", "più di una settimana".
    static let over = set(["over", "than", "más", "über", "als", "plus", "più", "oltre", "almost", "nearly"])

    /// The span lies ahead: "in 5 days", "within", "tra/fra", "entro", "dans", "innerhalb", "next".
    static let ahead = set(
        [
            "in", "within", "tra", "fra", "entro", "dans", "innerhalb", "binnen", "next", "nächsten", "prochains",
            "prochaines", "prossimi", "prossime", "próximos", "próximas", "dentro", "en",
        ])

    /// The span has passed: "ago" comes after, so only the markers before the number are listed.
    static let elapsed = set(
        [
            "for", "since", "last", "past", "already", "been", "hace", "desde", "llevo", "lleva", "seit", "vor",
            "schon", "depuis", "y", "da", "già", "ormai", "now",
        ])
}
