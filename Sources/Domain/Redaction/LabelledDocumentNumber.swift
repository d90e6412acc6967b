/// A document number written after its label: "passport 12AB34567", "Passport No. 123456789",
/// "pasaporte nº PAA 123456", "Personalausweis: T22000129". Passport and identity card numbers carry no check digit
/// of their own and look like any product code, so they are recognised only after a label.
///
/// Between label and number: spaces, ":", "#", "-", "°" and marker words ("No.", "nº", "number", "is"). The number is
/// up to four groups of letters and digits separated by single spaces or dashes, 6–10 characters in all, ending on a
/// group with a digit; a group without digits may only be a short capitalised series ("12 AB 34567", "PAA 123456").
enum LabelledDocumentNumber {
    /// The number after a label from `labels` that starts at `i`, if any.
    static func match(at i: Int, labels: WordList, in t: TextCursor) -> (start: Int, end: Int)? {
        guard labels.mayStart(t.b, at: i, limit: t.limit), let label = t.token(at: i),
            labels.matches(t, label, capitalized: t.isUpper(at: i))
        else { return nil }
        let b = t.b
        let limit = t.limit
        var p = label.end
        for _ in 0..<3 {
            p = skipPunctuation(from: p, in: t)
            guard p < limit, let marker = t.token(at: p),
                RedactionLexicon.documentNumberMarkers.matches(t, marker, dot: marker.dot)
            else { break }
            p = marker.dot ? marker.end + 1 : marker.end
        }
        p = skipPunctuation(from: p, in: t)
        guard p < limit, isASCIIAlphanumeric(b[p]) else { return nil }
        let start = p
        var best: Int?
        var characters = 0
        var digits = 0
        for _ in 0..<4 {
            let end = t.alphanumericsEnd(from: p)
            guard end > p, t.isBoundary(at: end) else { break }
            var groupDigits = 0
            var upper = true
            for q in p..<end {
                if isDigit(b[q]) { groupDigits += 1 } else if b[q] &- .upperA >= 26 { upper = false }
            }
            guard groupDigits > 0 || (upper && end - p <= 3) else { break }
            characters += end - p
            digits += groupDigits
            guard characters <= 10 else { break }
            if characters >= 6 && digits >= 1 && groupDigits > 0 { best = end }
            guard end + 1 < limit, b[end] == .space || b[end] == .hyphen, isASCIIAlphanumeric(b[end + 1]) else { break }
            p = end + 1
        }
        return best.map { (start, $0) }
    }

    /// Past spaces and ":", "#", "-", "." and "°" (at most four), between a label, its markers and the number.
    private static func skipPunctuation(from p: Int, in t: TextCursor) -> Int {
        let b = t.b
        var q = p
        var skipped = 0
        while q < t.limit && skipped < 4 {
            switch b[q] {
            case .space, .tab, .colon, .hash, .hyphen, .dot:
                q += 1
            case 0xC2 where q + 1 < t.limit && b[q + 1] == 0xB0:
                q += 2
            default:
                return q
            }
            skipped += 1
        }
        return q
    }
}
