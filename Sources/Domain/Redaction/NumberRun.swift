/// One digit group of a number, e.g. `(555)` or `1234`.
struct DigitGroup {
    var start: Int
    var end: Int
    var digits: Int
    var parenthesized: Bool
    /// The byte written before the group: 0 for the first group, `joined` when there is none ("(0)20").
    var separator: UInt8
}

/// The digit groups read from a token start, separated by single spaces, dashes, dots or a slash
/// ("+1 (555) 010-1234"), shared by the detectors of numbers (cards, phones, national ids) so the text is read once.
///
/// Reading is stingy on purpose: order numbers, prices, dates, tracking numbers and sizes are what triage runs on, so
/// a run excludes a date it contains and a last group that belongs to something else ("10.50", "42%").
struct NumberRun {
    private(set) var start = 0
    /// The run starts with `+`.
    private(set) var plus = false
    private(set) var groups: [DigitGroup] = []
    /// Groups that phones and national ids may use: without a last group glued to a word, a decimal part, a
    /// percent or a currency, and cut before a date.
    private(set) var count = 0
    /// Groups that a card may use: as ``count``, but a last group glued to letters stays, since card numbers are
    /// pasted next to words ("4111…1111exp") and Luhn vouches for them.
    private(set) var cardCount = 0
    /// End of a date the run starts with ("2026-11-20"): the scan steps over it whole.
    private(set) var leadingDateEnd: Int?

    /// Reuses the storage of the previous run, so that scanning does not allocate per number.
    mutating func read(at i: Int, in t: TextCursor) {
        start = i
        groups.removeAll(keepingCapacity: true)
        count = 0
        cardCount = 0
        leadingDateEnd = nil
        let b = t.b
        let limit = t.limit
        var p = i
        plus = b[p] == .plus
        if plus {
            p += 1
            guard p < limit, isDigit(b[p]) else { return }
        }
        var separator: UInt8 = 0
        while groups.count < 12 {
            let groupStart = p
            var digits = 0
            var parenthesized = false
            if p < limit && b[p] == .leftParen {
                var q = p + 1
                while q < limit && isDigit(b[q]) && digits < 5 {
                    q += 1
                    digits += 1
                }
                guard digits > 0, q < limit, b[q] == .rightParen else { break }
                p = q + 1
                parenthesized = true
            } else {
                p = t.digitsEnd(from: p)
                digits = p - groupStart
                if digits == 0 { break }
                // Longer than any card, phone or national id: a reference or tracking number.
                if digits > 19 {
                    groups.removeAll(keepingCapacity: true)
                    return
                }
            }
            groups.append(
                DigitGroup(
                    start: groupStart, end: p, digits: digits, parenthesized: parenthesized, separator: separator))
            guard p < limit else { break }
            let c = b[p]
            if c == .leftParen || (parenthesized && isDigit(c)) {
                separator = .joined
                continue
            }
            if c == .space || c == .hyphen || c == .dot || c == .slash, p + 1 < limit,
                isDigit(b[p + 1]) || b[p + 1] == .leftParen
            {
                separator = c
                p += 1
                continue
            }
            break
        }
        guard let last = groups.last else { return }
        count = groups.count
        cardCount = groups.count
        // A last group glued to letters, a decimal part, minutes ("10:30"), a percent or a currency belongs to
        // something else; only a card keeps one glued to letters.
        if last.end < limit {
            let c = b[last.end]
            if c >= 0x80 {
                let s = t.decode(at: last.end).scalar.properties
                if s.isCased {
                    count -= 1
                } else if s.generalCategory == .currencySymbol {
                    count -= 1
                    cardCount -= 1
                }
            } else if isASCIILetter(c) {
                count -= 1
            } else if (c == .dot || c == .comma || c == .colon) && last.end + 1 < limit && isDigit(b[last.end + 1])
                || c == .percent
            {
                count -= 1
                cardCount -= 1
            }
        }
        if groups.count >= 3 {
            for k in 0...(groups.count - 3) where k < cardCount && isDate(k, in: t) {
                if k == 0 { leadingDateEnd = groups[2].end }
                count = min(count, k)
                cardCount = min(cardCount, k)
                break
            }
        }
    }

    /// "2026-11-20", "20/11/2026", "20.11.2026", "11/20/2026": eight digits in phone-like groups.
    private func isDate(_ k: Int, in t: TextCursor) -> Bool {
        let (g0, g1, g2) = (groups[k], groups[k + 1], groups[k + 2])
        let s = g1.separator
        guard s == .hyphen || s == .slash || s == .dot, g2.separator == s,
            !g0.parenthesized, !g1.parenthesized, !g2.parenthesized
        else { return false }
        let (v0, v1, v2) = (t.value(g0.start, g0.end), t.value(g1.start, g1.end), t.value(g2.start, g2.end))
        if g0.digits == 4 && g1.digits <= 2 && g2.digits <= 2 {
            return (1900...2099).contains(v0) && (1...12).contains(v1) && (1...31).contains(v2)
        }
        if g0.digits <= 2 && g1.digits <= 2 && g2.digits == 4 {
            return (1900...2099).contains(v2) && (1...31).contains(v0) && (1...31).contains(v1)
                && (v0 <= 12 || v1 <= 12)
        }
        return false
    }
}
