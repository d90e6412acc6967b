/// A word, or an English ordinal like "5th", as street names and document labels are built from them.
struct WordToken {
    var start: Int
    /// End of the letters; a trailing "." or "/" is reported separately, not included.
    var end: Int
    var dot = false
    var slash = false
    var ordinal = false
}

extension TextCursor {
    /// The word starting at `p`, or an ordinal ("5th", "2nd").
    func token(at p: Int) -> WordToken? {
        guard p < limit else { return nil }
        if isDigit(b[p]) {
            var q = p
            while q < limit && isDigit(b[q]) && q - p < 3 { q += 1 }
            guard q + 2 <= limit else { return nil }
            let suffix = (asciiLower(b[q]), asciiLower(b[q + 1]))
            guard
                suffix == (.lowerS, .lowerT) || suffix == (.lowerN, .lowerD) || suffix == (.lowerR, .lowerD)
                    || suffix == (.lowerT, .lowerH),
                q + 2 == limit || !isLetter(at: q + 2)
            else { return nil }
            return WordToken(start: p, end: q + 2, ordinal: true)
        }
        guard let end = wordEnd(from: p) else { return nil }
        // "Street5" is not a street.
        if end < limit && isDigit(b[end]) { return nil }
        return WordToken(start: p, end: end, dot: end < limit && b[end] == .dot)
    }

    /// The word ending at `q`, or before a "." or "/" that ends at `q`.
    func token(endingAt q: Int) -> WordToken? {
        var end = q
        var dot = false
        var slash = false
        if end > floor && b[end - 1] == .dot {
            dot = true
            end -= 1
        } else if end > floor && b[end - 1] == .slash {
            slash = true
            end -= 1
        }
        // "4Calle" is not the start of a street name.
        guard let start = wordStart(endingAt: end), start == floor || !isDigit(b[start - 1]) else { return nil }
        return WordToken(start: start, end: end, dot: dot, slash: slash)
    }

    func wordEnd(from i: Int) -> Int? {
        var p = i
        var letters = 0
        while p < limit {
            let (letter, length) = letterAndLength(at: p)
            if letter {
                p += length
                letters += 1
                continue
            }
            let j = joinerLength(at: p)
            if letters > 0, j > 0, p + j < limit, isLetter(at: p + j) {
                p += j
                continue
            }
            break
        }
        return letters > 0 ? p : nil
    }

    func wordStart(endingAt end: Int) -> Int? {
        let low = floor
        var p = end
        var letters = 0
        while p > low {
            let s = scalarStart(before: p)
            if isLetter(at: s) {
                p = s
                letters += 1
                continue
            }
            if letters > 0, s > low, joinerLength(at: s) == p - s, isLetter(at: scalarStart(before: s)) {
                p = s
                continue
            }
            break
        }
        return letters > 0 ? p : nil
    }

    /// Apostrophes and hyphens join "d'Alésia" and "Karl-Marx-Straße" into one word.
    func joinerLength(at i: Int) -> Int {
        switch b[i] {
        case .apostrophe, .hyphen: return 1
        case 0xE2 where i + 2 < limit && b[i + 1] == 0x80 && b[i + 2] == 0x99: return 3
        default: return 0
        }
    }
}
