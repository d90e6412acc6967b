/// IBANs: two letters, two check digits, then the account, run together or in groups separated by spaces (one or
/// two, no-break or thin ones included) or dashes; "DE 89 …" with a space after the country too.
///
/// Every group end is a candidate end (the next word may be read as a "group"); the longest one with the country's
/// length and a valid mod-97 checksum wins. A mistyped IBAN (right length for its country, wrong checksum) is kept
/// whole, so that its tail is not misread as a phone number. Glued to a label ("IBANDE89…"), it is looked for where
/// the letters before the first digit end, for known countries only.
struct IBANDetector: Detector {
    var triggers: DetectorTriggers { .letter }
    var matchesGlued: Bool { true }
    var wordGate: WordGate { WordGate(digitAfterLetters: true) }

    /// ``RedactionLexicon/ibanLengths`` by country code, as `26 * letter + letter`; 0 for unknown countries.
    private static let lengths: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 26 * 26)
        for (country, length) in RedactionLexicon.ibanLengths {
            let u = Array(country.utf8)
            table[Int(u[0] &- .upperA) * 26 + Int(u[1] &- .upperA)] = UInt8(length)
        }
        return table
    }()

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        let i = candidate.start
        if !candidate.glued, let found = match(at: i, knownCountryOnly: false, in: text) { return found }
        // "IBANDE89…", "ibanES91…": the country code is the last two letters before the first digit.
        let b = text.b
        var d = i
        while d < text.limit && isASCIILetter(b[d]) { d += 1 }
        guard d - i >= 4, d < text.limit, isDigit(b[d]) else { return nil }
        return match(at: d - 2, knownCountryOnly: true, in: text)
    }

    private func match(at i: Int, knownCountryOnly: Bool, in text: TextCursor) -> Detection? {
        let b = text.b
        let limit = text.limit
        guard i + 4 < limit, isASCIILetter(b[i]), isASCIILetter(b[i + 1]) else { return nil }
        let country = Int(asciiUpper(b[i]) &- .upperA) * 26 + Int(asciiUpper(b[i + 1]) &- .upperA)
        let expected = Int(Self.lengths[country])
        var p = i + 2
        // "DE 89 …", only for a known country in capitals: "es 20 boulevard …" and "da 5270…" are words and numbers.
        var knownCountryOnly = knownCountryOnly
        if p + 2 < limit && (b[p] == .space || b[p] == .hyphen) && isDigit(b[p + 1]) && isDigit(b[p + 2]),
            b[i] &- .upperA < 26, b[i + 1] &- .upperA < 26
        {
            p += 1
            knownCountryOnly = true
        }
        guard p + 2 <= limit, isDigit(b[p]), isDigit(b[p + 1]) else { return nil }
        let checkDigits = p
        p += 2
        if knownCountryOnly && expected == 0 { return nil }
        var ends: [(position: Int, length: Int)] = []
        var length = 4
        while length < 34 {
            var q = p
            if q < limit && b[q] == .hyphen {
                q += 1
            } else if let s = text.spaces(after: q) {
                q = s
            } else if !(p == checkDigits + 2 && q < limit && isASCIIAlphanumeric(b[q])) {
                break
            }
            let groupStart = q
            while q < limit && isASCIIAlphanumeric(b[q]) && length + (q - groupStart) < 34 { q += 1 }
            if q == groupStart || (q < limit && isASCIIAlphanumeric(b[q])) { break }
            length += q - groupStart
            p = q
            ends.append((p, length))
        }
        for end in ends.reversed() where expected == 0 ? (15...34).contains(end.length) : end.length == expected {
            if checksumIsValid(from: i, checkDigits: checkDigits, to: end.position, in: b) {
                return Detection(start: i, end: end.position, kind: .iban)
            }
        }
        if expected > 0, let end = ends.first(where: { $0.length == expected }) {
            return Detection(start: i, end: end.position, kind: nil)
        }
        return nil
    }

    /// ISO 13616: move the country and check digits to the end, read letters as 10–35, and the number mod 97 is 1.
    private func checksumIsValid(
        from start: Int, checkDigits: Int, to end: Int, in b: UnsafeBufferPointer<UInt8>
    )
        -> Bool
    {
        var remainder = 0
        func add(_ c: UInt8) {
            if isDigit(c) {
                remainder = (remainder * 10 + Int(c &- .zero)) % 97
            } else if isASCIILetter(c) {
                remainder = (remainder * 100 + Int(asciiUpper(c) &- .upperA) + 10) % 97
            }
        }
        for p in (checkDigits + 2)..<end { add(b[p]) }
        add(b[start])
        add(b[start + 1])
        add(b[checkDigits])
        add(b[checkDigits + 1])
        return remainder == 1
    }
}
