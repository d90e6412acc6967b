/// Street addresses in English, Spanish, German, French and Italian conventions: the street and house number, not
/// the postcode or city, which triage and shipping questions need.
///
/// Found from the house number, since digits are rare and most words never need checking: either the number comes
/// first ("221B Baker Street", "12 rue de la Paix") or the street does, found by looking back ("Calle Mayor 12",
/// "Hauptstraße 5", "Via Roma 10"). Word lists are in ``RedactionLexicon``.
struct AddressDetector: Detector {
    var triggers: DetectorTriggers { .digit }
    var matchesGlued: Bool { false }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        let i = candidate.start
        if let end = numberFirst(at: i, in: text) { return Detection(start: i, end: end, kind: .address) }
        if let match = streetFirst(at: i, in: text) {
            return Detection(start: match.start, end: match.end, kind: .address)
        }
        return nil
    }

    // MARK: Number first

    /// "221B Baker Street", "1600 Amphitheatre Pkwy", "42 Elm St." (number, capitalised name, street type) and
    /// "12 rue de la Paix", "5 avenue des Champs-Élysées" (number, street type, name).
    private func numberFirst(at i: Int, in t: TextCursor) -> Int? {
        let b = t.b
        let limit = t.limit
        var p = t.digitsEnd(from: i)
        guard p - i <= 5 else { return nil }
        if p + 1 < limit && b[p] == .hyphen && isDigit(b[p + 1]) {
            let q = t.digitsEnd(from: p + 1)
            guard q - p <= 6 else { return nil }
            p = q
        } else {
            p = houseNumberLetter(after: p, in: t)
        }
        if p < limit && b[p] == .comma { p += 1 }
        guard let q = t.spaces(after: p), var w = t.token(at: q) else { return nil }
        // French "25 bis rue …"
        if RedactionLexicon.houseNumberSuffixes.matches(t, w), let q = t.spaces(after: w.end), let next = t.token(at: q)
        {
            w = next
        }
        if !w.ordinal,
            RedactionLexicon.typeBeforeName.matches(t, w, dot: w.dot, capitalized: t.isUpper(at: w.start))
        {
            return namesAfterType(from: w.dot ? w.end + 1 : w.end, in: t)
        }
        var names = 0
        while true {
            if names > 0 && !w.ordinal {
                let capitalized = t.isUpper(at: w.start)
                let types = RedactionLexicon.typeAfterName
                if w.dot && types.matches(t, w, dot: true, capitalized: capitalized) { return w.end + 1 }
                if types.matches(t, w, dot: false, capitalized: capitalized) { return w.end }
            }
            guard !w.dot, names < 4, w.ordinal || t.isUpper(at: w.start) else { return nil }
            names += 1
            guard let q = t.spaces(after: w.end), let next = t.token(at: q) else { return nil }
            w = next
        }
    }

    /// The name after a French street type: capitalised words and particles ("de la", "des", "l'"), ending on a
    /// real name word.
    private func namesAfterType(from p: Int, in t: TextCursor) -> Int? {
        var q = p
        var end: Int?
        var words = 0
        while words < 6, let s = t.spaces(after: q), let w = t.token(at: s), !w.ordinal {
            let particle = RedactionLexicon.particles.matches(t, w)
            if !particle && (t.isUpper(at: w.start) || hasCapitalAfterApostrophe(w, in: t)) {
                end = w.end
            } else if !particle {
                break
            }
            words += 1
            q = w.end
            if w.dot { break }
        }
        return end
    }

    // MARK: Street first

    /// "Calle Mayor 12", "Avenida de la Constitución 5, 3ºB", "Via Roma 10", "Hauptstraße 5", "Berliner Str. 12a",
    /// "Rue de la Loi 16": from the house number, looking back for the street type.
    private func streetFirst(at i: Int, in t: TextCursor) -> (start: Int, end: Int)? {
        let b = t.b
        var p = t.digitsEnd(from: i)
        guard p - i <= 4 else { return nil }
        p = houseNumberLetter(after: p, in: t)
        guard endsCleanly(at: p, in: t) else { return nil }
        let end = floorAndDoor(after: p, in: t)

        guard var q = t.spaces(before: i) else { return nil }
        if q > t.floor && b[q - 1] == .comma { q -= 1 }
        q = skipNumberMarker(endingAt: q, in: t)
        var names = 0
        var substantive = 0
        while names <= 6 {
            guard let w = t.token(endingAt: q) else { return nil }
            let capitalized = t.isUpper(at: w.start)
            if w.slash {
                // "C/ Mayor 12": the Spanish abbreviation of calle.
                let isCalle = w.end - w.start == 1 && (b[w.start] | 0x20) == .lowerC
                return isCalle && substantive > 0 ? (w.start, end) : nil
            }
            if names == 0 && capitalized && isGermanCompound(w, in: t) { return (w.start, end) }
            if substantive > 0
                && RedactionLexicon.typeBeforeNumber.matches(t, w, dot: w.dot, capitalized: capitalized)
            {
                return (w.start, end)
            }
            if names == 0 && RedactionLexicon.germanType.matches(t, w, dot: w.dot, capitalized: capitalized) {
                // "Berliner Str.", "Lange Gasse": the standalone type needs its adjective.
                guard let q = t.spaces(before: w.start), let adjective = t.token(endingAt: q), !adjective.dot,
                    !adjective.slash, t.isUpper(at: adjective.start)
                else { return nil }
                return (adjective.start, end)
            }
            guard !w.dot else { return nil }
            let particle = RedactionLexicon.particles.matches(t, w)
            let name = capitalized || hasCapitalAfterApostrophe(w, in: t)
            guard particle || name else { return nil }
            names += 1
            if name && !particle { substantive += 1 }
            guard let next = t.spaces(before: w.start) else {
                // "C/Mayor 12"
                let s = w.start
                if substantive > 0, s >= t.floor + 2, b[s - 1] == .slash, (b[s - 2] | 0x20) == .lowerC,
                    s - 2 == t.floor || !isASCIIAlphanumeric(b[s - 3])
                {
                    return (s - 2, end)
                }
                return nil
            }
            q = next
        }
        return nil
    }

    /// "221B", "12a", "10/A".
    private func houseNumberLetter(after p: Int, in t: TextCursor) -> Int {
        let b = t.b
        let limit = t.limit
        if p < limit && isASCIILetter(b[p]) && (p + 1 >= limit || !t.isLetter(at: p + 1)) { return p + 1 }
        if p + 1 < limit && b[p] == .slash && isASCIILetter(b[p + 1]) && (p + 2 >= limit || !t.isLetter(at: p + 2)) {
            return p + 2
        }
        return p
    }

    /// A house number is not followed by more of a word, a decimal, a time or a range.
    private func endsCleanly(at p: Int, in t: TextCursor) -> Bool {
        guard p < t.limit else { return true }
        let c = t.b[p]
        if c >= 0x80 { return !t.isLetter(at: p) }
        if isASCIIAlphanumeric(c) { return false }
        if c == .dot || c == .comma || c == .colon || c == .slash || c == .hyphen {
            return !(p + 1 < t.limit && isDigit(t.b[p + 1]))
        }
        return true
    }

    /// Spanish floor and door after the house number, ", 3ºB": part of the address, not of the postcode.
    private func floorAndDoor(after p: Int, in t: TextCursor) -> Int {
        let b = t.b
        let limit = t.limit
        var q = p
        if q < limit && b[q] == .comma { q += 1 }
        if let s = t.spaces(after: q) { q = s }
        let digitsStart = q
        while q < limit && isDigit(b[q]) && q - digitsStart < 3 { q += 1 }
        let digits = q - digitsStart
        // "º", "ª" or "°" after one or two digits.
        guard (1...2).contains(digits), q + 1 < limit, b[q] == 0xC2,
            b[q + 1] == 0xBA || b[q + 1] == 0xAA || b[q + 1] == 0xB0
        else { return p }
        q += 2
        var r = q
        if r < limit && b[r] == .space { r += 1 }
        if r < limit && isASCIILetter(b[r]) && (r + 1 >= limit || !t.isLetter(at: r + 1)) { q = r + 1 }
        return q
    }

    /// Steps back over "nº", "n.", "Nr." between the street name and the number.
    private func skipNumberMarker(endingAt q: Int, in t: TextCursor) -> Int {
        let b = t.b
        var end = q
        var marked = false
        // "n°", with a degree sign.
        if end - 2 >= t.floor && b[end - 2] == 0xC2 && b[end - 1] == 0xB0 {
            end -= 2
            marked = true
        }
        guard let w = t.token(endingAt: end),
            RedactionLexicon.houseNumberMarkers.matches(t, w, dot: w.dot || marked, capitalized: true),
            let before = t.spaces(before: w.start)
        else { return q }
        return before
    }

    /// "Hauptstraße", "Friedrichstr.", "Lindenweg", "Karl-Marx-Allee".
    private func isGermanCompound(_ w: WordToken, in t: TextCursor) -> Bool {
        let length = w.end - w.start
        if w.dot {
            return RedactionLexicon.germanStreetAbbreviation.entries.contains { abbreviation in
                length >= abbreviation.bytes.count + 3
                    && t.foldedEquals(w.end - abbreviation.bytes.count, w.end, abbreviation.bytes)
            }
        }
        for suffix in RedactionLexicon.germanSuffixes.entries where length >= suffix.bytes.count + 3 {
            if t.foldedEquals(w.end - suffix.bytes.count, w.end, suffix.bytes) { return true }
        }
        return false
    }

    /// "dell'Indipendenza", "l'Église".
    private func hasCapitalAfterApostrophe(_ w: WordToken, in t: TextCursor) -> Bool {
        var p = w.start
        var after = -1
        while p < w.end {
            let j = t.joinerLength(at: p)
            if j > 0 && t.b[p] != .hyphen { after = p + j }
            p += j > 0 ? j : 1
        }
        return after > 0 && after < w.end && t.isUpper(at: after)
    }
}
