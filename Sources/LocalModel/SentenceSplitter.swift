/// Splits support messages into sentences for extractive summaries.
///
/// Line breaks always end a sentence (emails put greetings, list items and signatures on lines of their own).
/// Within a line, . ! ? … end a sentence when followed by a space, except after abbreviations ("Mr.", "z.B.",
/// "n.", "approx.") and after numbers that continue the sentence ("am 9. November", "1.7 l").
enum SentenceSplitter {
    static func split(_ text: String) -> [Substring] {
        var sentences: [Substring] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var start = line.startIndex
            var index = line.startIndex
            while index < line.endIndex {
                let character = line[index]
                guard terminators.contains(character) else {
                    index = line.index(after: index)
                    continue
                }
                var end = line.index(after: index)
                while end < line.endIndex, terminators.contains(line[end]) || closers.contains(line[end]) {
                    end = line.index(after: end)
                }
                let atBoundary = end == line.endIndex || line[end].isWhitespace
                if atBoundary && (character != "." || endsSentence(line, period: index, next: end)) {
                    append(line[start..<end], to: &sentences)
                    start = end
                }
                index = end
            }
            append(line[start..<line.endIndex], to: &sentences)
        }
        return sentences
    }

    private static func append(_ piece: Substring, to sentences: inout [Substring]) {
        let sentence = piece.trimmingWhitespace
        if sentence.contains(where: { $0.isLetter || $0.isNumber }) { sentences.append(sentence) }
    }

    /// Decides whether the period at `period` ends a sentence.
    private static func endsSentence(_ line: Substring, period: Substring.Index, next: Substring.Index) -> Bool {
        var wordStart = period
        while wordStart > line.startIndex {
            let previous = line.index(before: wordStart)
            if line[previous].isWhitespace || line[previous] == "(" { break }
            wordStart = previous
        }
        let word = line[wordStart..<period].lowercased()
        if word.isEmpty { return true }
        if abbreviations.contains(word) { return false }
        // Initials ("D. Whitfield") and dotted abbreviations ("z.b", "p.ej").
        if word.count == 1 && word.first?.isLetter == true { return false }
        if word.contains(".") && word.count <= 6 { return false }
        if word.allSatisfy(\.isNumber) {
            // "am 9. November", "le 3. du mois": a number whose next word is lower case or a month continues.
            let rest = line[next...].drop { $0.isWhitespace }
            let following = rest.prefix { $0.isLetter }
            if let first = following.first, first.isLowercase { return false }
            if months.contains(following.lowercased()) { return false }
        }
        return true
    }

    private static let terminators: Set<Character> = [".", "!", "?", "…", "。", "！", "？"]
    private static let closers: Set<Character> = ["\"", "'", "”", "’", "»", ")", "]", "」"]
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "no", "nr", "vs", "etc", "approx", "ca", "bzw", "usw", "sr", "sra", "srta",
        "mme", "mlle", "ecc", "tel", "apt", "inc", "ltd", "co", "jr", "prof", "fig", "art", "ref", "dept", "n",
        "nº", "n°", "sig", "sigg", "dott", "hr", "fr", "str", "av", "avda", "pág", "p", "pp", "min", "max",
    ]
    private static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "enero", "febrero",
        "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
}

extension StringProtocol {
    /// The text without leading and trailing whitespace, without pulling in Foundation.
    var trimmingWhitespace: SubSequence {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
