/// One forward pass over the normalised text, handing each token start to the detectors that want it.
///
/// Every prompt passes through here, so it is a single scan over the bytes rather than a stack of regular
/// expressions: most bytes are stepped over at a glance, words are skipped whole, and only the starts of words and
/// numbers are offered to detectors, in ``Redactor/detectors`` order; the first match wins and the scan resumes
/// after it. A match found further on (a card after a phone number) is set aside, and the candidate is offered again
/// with that match as its limit.
struct RedactionScan {
    private let b: UnsafeBufferPointer<UInt8>
    private let detectors: DetectorSet
    /// The matches to replace, in order.
    private(set) var spans: [Detection] = []
    /// Matches found before the scan (e-mail addresses), in order.
    private var ahead: [Detection] = []
    /// Matches found further on and set aside until the scan reaches them, nearest last: each is found before the
    /// limit the previous one set, so a stack keeps them in order.
    private var setAside: [Detection] = []
    /// Reused for every number, so that scanning does not allocate per token.
    private var run = NumberRun()

    init(_ bytes: UnsafeBufferPointer<UInt8>, detectors: DetectorSet) {
        b = bytes
        self.detectors = detectors
    }

    /// Look-behinds stop at the end of the last match (see ``TextCursor``).
    private var floor: Int { spans.last?.end ?? 0 }

    mutating func scan() {
        // Every kind needs a digit except e-mail, which needs "@": most chat lines have neither.
        guard b.contains(where: { isDigit($0) || $0 == .at }) else { return }
        let whole = TextCursor(b: b, floor: 0, limit: b.count)
        for detector in detectors.prescanning { ahead += detector.prescan(whole) }
        ahead.sort { $0.start < $1.start }
        var next = 0
        var limit = ahead.first?.start ?? b.count
        var i = 0
        while i < b.count {
            if i >= limit {
                let match: Detection
                if let nearest = setAside.last, nearest.start == limit {
                    match = setAside.removeLast()
                } else {
                    match = ahead[next]
                    next += 1
                }
                limit = min(setAside.last?.start ?? b.count, next < ahead.count ? ahead[next].start : b.count)
                if match.kind != nil { spans.append(match) }
                i = max(i, match.end)
                continue
            }
            let c = b[i]
            let trigger: TokenStart
            if isDigit(c) {
                trigger = .digit
            } else if isASCIILetter(c) {
                trigger = .letter
            } else if c == .plus || c == .leftParen {
                trigger = .sign
            } else {
                i += 1
                continue
            }
            if trigger == .letter {
                var lettersEnd = i + 1
                while lettersEnd < limit && isASCIILetter(b[lettersEnd]) { lettersEnd += 1 }
                if !detectors.mayStartMatch(word: i, lettersEnd: lettersEnd, in: b, limit: limit) {
                    i = lettersEnd
                    continue
                }
            }
            let text = TextCursor(b: b, floor: floor, limit: limit)
            let glued: Bool
            if trigger == .letter {
                glued = isGluedWord(at: i, in: text)
            } else {
                glued = isGlued(at: i, in: text)
                run.read(at: i, in: text)
            }
            let candidate = Candidate(start: i, trigger: trigger, glued: glued, run: run)
            if let match = firstMatch(candidate, in: text) {
                if match.start > i {
                    setAside.append(match)
                    limit = match.start
                    continue
                }
                if match.kind != nil { spans.append(match) }
                i = match.end
                continue
            }
            switch trigger {
            case .letter:
                while i < limit && isASCIILetter(b[i]) { i += 1 }
            case .digit:
                i = max(text.digitsEnd(from: i), run.leadingDateEnd ?? 0)
            case .sign:
                i += 1
            }
        }
    }

    private func firstMatch(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        for detector in detectors.offered(candidate.trigger) where !candidate.glued || detector.matchesGlued {
            // A match must move the scan on and stay between the floor and the limit.
            if let match = detector.detect(candidate, in: text), match.start >= text.floor, match.end <= text.limit,
                match.end > max(match.start, candidate.start)
            {
                return match
            }
        }
        return nil
    }

    /// Whether letters at `i` go on a word ("coordonnées" read from its "es"): after an ASCII letter or digit, or a
    /// letter of a cased script. Scripts written without spaces (CJK) are not glue: "账号DE89…" starts an IBAN.
    private func isGluedWord(at i: Int, in text: TextCursor) -> Bool {
        guard i > text.floor else { return false }
        let p = b[i - 1]
        if p < 0x80 { return isASCIIAlphanumeric(p) }
        return text.isCasedLetter(at: text.scalarStart(before: i))
    }

    /// Whether a number starting at `i` is glued to a word or a symbol (see ``Detector/matchesGlued``): inside a
    /// word, a decimal, a time, a range, a code like "#A-20931" or a price. Markdown emphasis ("**+49 30 …**") is not
    /// glue.
    private func isGlued(at i: Int, in text: TextCursor) -> Bool {
        guard i > text.floor else { return false }
        let p = b[i - 1]
        if p >= 0x80 {
            let s = text.decode(at: text.scalarStart(before: i)).scalar.properties
            return s.generalCategory == .currencySymbol || s.isCased
        }
        if isASCIIAlphanumeric(p) { return true }
        // What glues is the text before the symbol, unless that text was itself just redacted: the
        // next pass would see a placeholder there, so judging by it would leave this number for a
        // second pass to find (a fuzzing finding: "0044/0532 0130 00" after a phone number).
        let beforeSymbolIsText = i >= 2 && i - 2 >= text.floor
        switch p {
        case .dot, .comma, .colon: return beforeSymbolIsText && isDigit(b[i - 2])
        case .hyphen, .slash: return beforeSymbolIsText && isASCIIAlphanumeric(b[i - 2])
        case .asterisk, .underscore:
            var q = i - 1
            while q > text.floor && (b[q - 1] == .asterisk || b[q - 1] == .underscore) { q -= 1 }
            return q > text.floor && isASCIIAlphanumeric(b[q - 1])
        case .hash, .dollar, .percent, .ampersand, .at, .plus, .backslash: return true
        default: return false
        }
    }
}
