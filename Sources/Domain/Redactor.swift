/// Replaces personal data in text that is about to leave for a model provider.
///
/// Finds e-mail addresses, phone numbers, payment card numbers, IBANs and street addresses (English, Spanish,
/// German, French and Italian conventions) and replaces each with a placeholder naming its kind (`[email]`,
/// `[phone]`, `[card]`, `[iban]`, `[address]`), so the model can still reason about what the customer gave.
///
/// Every prompt passes through here, so this is one hand-written forward scan over the UTF-8 bytes instead of a
/// stack of regular expressions. It is deliberately stingy with bare numbers: order numbers, prices, dates,
/// tracking numbers and sizes are what triage runs on, so card numbers must pass Luhn, IBANs must pass mod-97, and
/// phone numbers must have a recognised shape (international prefix, trunk `0`, or a known national grouping).
/// Redacting already-redacted text changes nothing.
public struct Redactor: Sendable {
    /// A kind of personal data.
    public enum Kind: String, Sendable, CaseIterable {
        case email, phone, card, iban, address

        /// What replaces a match in the text: the kind in brackets, e.g. `[phone]`.
        public var placeholder: String { "[\(rawValue)]" }
    }

    /// The redacted text and how many matches of each kind were replaced.
    public struct Result: Sendable, Equatable {
        /// The input with every match replaced by its ``Kind/placeholder``; everything else is byte-for-byte intact.
        public var text: String
        /// Matches per kind. Kinds that were not found are absent rather than zero.
        public var counts: [Kind: Int]

        public init(text: String, counts: [Kind: Int]) {
            self.text = text
            self.counts = counts
        }
    }

    public init() {}

    /// Returns `text` with personal data replaced by placeholders.
    public func redact(_ text: String) -> Result {
        var text = text
        // withUTF8 only copies when the string is not already native UTF-8 (e.g. bridged); it is mutating for that.
        let redacted: Result? = text.withUTF8 { bytes in
            var scanner = Scanner(bytes)
            scanner.scan()
            guard !scanner.spans.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var counts: [Kind: Int] = [:]
            var position = 0
            for span in scanner.spans {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<span.start]))
                out.append(contentsOf: span.kind.placeholder.utf8)
                counts[span.kind, default: 0] += 1
                position = span.end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position...]))
            return Result(text: String(decoding: out, as: UTF8.self), counts: counts)
        }
        return redacted ?? Result(text: text, counts: [:])
    }

    /// A piece of personal data found in a text, as written there.
    public struct Match: Sendable, Equatable {
        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// What ``redact(_:)`` would replace, in order. The draft check (``DraftClaims`` in Pipeline)
    /// uses it to find phone numbers in a model's reply with the same tuned shapes that keep
    /// prices, dates and order numbers out of redaction.
    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes)
            scanner.scan()
            return scanner.spans.map { span in
                Match(
                    kind: span.kind,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self))
            }
        }
    }
}

// MARK: - Scanner

extension Redactor {
    fileprivate struct Span {
        var start: Int
        var end: Int
        var kind: Kind
    }

    /// One digit group of a candidate phone or card number, e.g. `(555)` or `1234`.
    fileprivate struct Group {
        var start: Int
        var end: Int
        var digits: Int
        var parenthesized: Bool
        /// The byte written before the group: 0 for the first group, `joined` when there is none ("(0)20").
        var separator: UInt8
    }

    /// A word, or an English ordinal like "5th", as street names are built from them.
    fileprivate struct Token {
        var start: Int
        /// End of the letters; a trailing "." or "/" is reported separately, not included.
        var end: Int
        var dot = false
        var slash = false
        var ordinal = false
    }

    fileprivate struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        /// Start of the next e-mail address (found in a first pass): nothing else may run into it, and look-aheads
        /// treat it as the end of the text, because that is what they will see once it reads `[email]`.
        var limit: Int
        var spans: [Span] = []
        /// Reused between candidates so that scanning does not allocate per number.
        var groups: [Group] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            b = bytes
            limit = bytes.count
        }

        /// Look-behinds stop here so that matches never overlap, and treat it as the start of the text: after
        /// redaction a placeholder's "]" stands there, and a second pass must decide the same way.
        var floor: Int { spans.last?.end ?? 0 }

        mutating func scan() {
            // Every kind needs a digit except e-mail, which needs "@": most chat lines have neither.
            guard b.contains(where: { isDigit($0) || $0 == .at }) else { return }
            let emails = findEmails()
            var nextEmail = 0
            var i = 0
            while i < b.count {
                limit = nextEmail < emails.count ? emails[nextEmail].start : b.count
                if i >= limit {
                    spans.append(emails[nextEmail])
                    i = emails[nextEmail].end
                    nextEmail += 1
                    continue
                }
                let c = b[i]
                if isDigit(c) || c == .plus || c == .leftParen {
                    if numberMayStart(at: i), let resume = matchNumber(at: i) {
                        i = resume
                    } else {
                        i = skipAlphanumerics(from: i + 1)
                    }
                } else if isASCIILetter(c) {
                    if i == floor || !isASCIIAlphanumeric(b[i - 1]), let iban = matchIBAN(at: i) {
                        if iban.valid { spans.append(Span(start: i, end: iban.end, kind: .iban)) }
                        i = iban.end
                    } else {
                        // Digits inside a word ("JJD000390007812345678", "SKU12") are never personal data here.
                        i = skipAlphanumerics(from: i + 1)
                    }
                } else {
                    i += 1
                }
            }
        }

        func skipAlphanumerics(from i: Int) -> Int {
            var i = i
            while i < limit && isASCIIAlphanumeric(b[i]) { i += 1 }
            return i
        }

        // MARK: E-mail

        /// E-mail addresses first: their local parts may hold digits, dots and dashes that would otherwise look like
        /// phone numbers, and "@" is cheap to find.
        func findEmails() -> [Span] {
            var found: [Span] = []
            var at = 0
            while at < b.count {
                guard b[at] == .at else {
                    at += 1
                    continue
                }
                var start = at
                let low = found.last?.end ?? 0
                while start > low {
                    let c = b[start - 1]
                    if isASCIIAlphanumeric(c) || c == .dot || c == .underscore || c == .percent || c == .plus
                        || c == .hyphen
                    {
                        start -= 1
                    } else if c >= 0x80, case let s = scalarStart(before: start), s >= low, isCasedLetter(at: s) {
                        // Accented local parts ("müller@"), but not CJK, which is written without spaces and
                        // would be swallowed with the address.
                        start = s
                    } else {
                        break
                    }
                }
                while start < at && b[start] == .dot { start += 1 }
                // The address ends after the last label that can be a top-level domain (two or more letters), so
                // "x@y.io.904-4111" keeps its phone number.
                var end = -1
                var p = at + 1
                var label = 0
                var letters = 0
                var dots = 0
                while true {
                    let c: UInt8 = p < b.count ? b[p] : 0
                    if isASCIIAlphanumeric(c) || c == .hyphen {
                        label += 1
                        letters += isASCIILetter(c) ? 1 : 0
                        p += 1
                        continue
                    }
                    if c >= 0x80, isCasedLetter(at: p) {
                        label += 1
                        p += decode(at: p).length
                        continue
                    }
                    if dots > 0 && label >= 2 && letters == label { end = p }
                    guard c == .dot, label > 0, p + 1 < b.count, isASCIIAlphanumeric(b[p + 1]) else { break }
                    dots += 1
                    label = 0
                    letters = 0
                    p += 1
                }
                if start < at, end > at {
                    found.append(Span(start: start, end: end, kind: .email))
                    at = end
                } else {
                    at += 1
                }
            }
            return found
        }

        // MARK: Numbers

        /// Whether a number may start at `i`: not inside a word, a decimal, a time, a range, a code like "#A-20931"
        /// or a price.
        func numberMayStart(at i: Int) -> Bool {
            guard i > floor else { return true }
            let p = b[i - 1]
            if p >= 0x80 {
                let s = decode(at: scalarStart(before: i)).scalar.properties
                return s.generalCategory != .currencySymbol && !s.isCased
            }
            if isASCIIAlphanumeric(p) { return false }
            switch p {
            case .dot, .comma, .colon: return !(i >= 2 && isDigit(b[i - 2]))
            case .hyphen, .slash: return !(i >= 2 && isASCIIAlphanumeric(b[i - 2]))
            case .hash, .dollar, .percent, .ampersand, .underscore, .at, .asterisk, .plus, .backslash: return false
            default: return true
            }
        }

        mutating func matchNumber(at i: Int) -> Int? {
            if isDigit(b[i]) {
                if let end = matchNumberFirstAddress(at: i) {
                    spans.append(Span(start: i, end: end, kind: .address))
                    return end
                }
                if let match = matchStreetFirstAddress(at: i) {
                    spans.append(Span(start: match.start, end: match.end, kind: .address))
                    return match.end
                }
            }
            return matchDigitRun(at: i)
        }

        /// Reads digit groups separated by single spaces, dashes, dots or a slash ("+1 (555) 010-1234"), then
        /// decides card or phone. Returns where to resume, which may be past a date that is left alone.
        mutating func matchDigitRun(at i: Int) -> Int? {
            var p = i
            let plus = b[p] == .plus
            if plus {
                p += 1
                guard p < limit, isDigit(b[p]) else { return nil }
            }
            groups.removeAll(keepingCapacity: true)
            var separator: UInt8 = 0
            while groups.count < 12 {
                let start = p
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
                    while p < limit && isDigit(b[p]) {
                        p += 1
                        digits += 1
                    }
                    if digits == 0 { break }
                    // Longer than any card or phone: a reference or tracking number.
                    if digits > 19 { return nil }
                }
                groups.append(
                    Group(start: start, end: p, digits: digits, parenthesized: parenthesized, separator: separator))
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
            guard let last = groups.last else { return nil }
            // A last group glued to letters, a decimal part or minutes ("10:30") belongs to something else.
            if last.end < limit {
                let c = b[last.end]
                let glued: Bool
                if c >= 0x80 {
                    let s = decode(at: last.end).scalar.properties
                    glued = s.isCased || s.generalCategory == .currencySymbol
                } else if c == .dot || c == .comma || c == .colon {
                    glued = last.end + 1 < limit && isDigit(b[last.end + 1])
                } else {
                    glued = isASCIIAlphanumeric(c) || c == .percent
                }
                if glued { groups.removeLast() }
            }
            var count = groups.count
            if count >= 3 {
                for k in 0...(count - 3) where isDate(k) {
                    if k == 0 { return groups[2].end }
                    count = k
                    break
                }
            }
            guard count > 0 else { return nil }
            if let card = cardWindow(count: count, plus: plus) {
                if card.first > 0, let end = phoneEnd(count: card.first, plus: plus) {
                    spans.append(Span(start: i, end: end, kind: .phone))
                }
                let end = groups[card.last].end
                spans.append(Span(start: groups[card.first].start, end: end, kind: .card))
                return end
            }
            if let end = phoneEnd(count: count, plus: plus) {
                spans.append(Span(start: i, end: end, kind: .phone))
                return end
            }
            return nil
        }

        /// "2026-11-20", "20/11/2026", "20.11.2026", "11/20/2026": eight digits in phone-like groups.
        func isDate(_ k: Int) -> Bool {
            let (g0, g1, g2) = (groups[k], groups[k + 1], groups[k + 2])
            let s = g1.separator
            guard s == .hyphen || s == .slash || s == .dot, g2.separator == s,
                !g0.parenthesized, !g1.parenthesized, !g2.parenthesized
            else { return false }
            let (v0, v1, v2) = (value(g0), value(g1), value(g2))
            if g0.digits == 4 && g1.digits <= 2 && g2.digits <= 2 {
                return (1900...2099).contains(v0) && (1...12).contains(v1) && (1...31).contains(v2)
            }
            if g0.digits <= 2 && g1.digits <= 2 && g2.digits == 4 {
                return (1900...2099).contains(v2) && (1...31).contains(v0) && (1...31).contains(v1)
                    && (v0 <= 12 || v1 <= 12)
            }
            return false
        }

        func value(_ g: Group) -> Int {
            var v = 0
            for p in g.start..<g.end where isDigit(b[p]) { v = v * 10 + Int(b[p] &- .zero) }
            return v
        }

        /// The longest run of groups that is a card number: 13–19 digits, one kind of separator, groups of at least
        /// three digits, a banking/travel issuer digit (2–6) and a valid Luhn checksum. Any window, not just the
        /// whole run, because an unrelated number may sit one space away ("order 1042 4111 1111 1111 1111").
        func cardWindow(count: Int, plus: Bool) -> (first: Int, last: Int)? {
            var total = 0
            for g in groups[0..<count] { total += g.digits }
            guard total >= 13 else { return nil }
            var best: (first: Int, last: Int, digits: Int)?
            for a in 0..<count {
                let first = groups[a]
                if first.parenthesized || (a == 0 && plus) { continue }
                guard b[first.start] >= .two && b[first.start] <= .six else { continue }
                var digits = 0
                for z in a..<count {
                    let g = groups[z]
                    if g.parenthesized { break }
                    if z > a {
                        guard g.separator == .space || g.separator == .hyphen,
                            z == a + 1 || g.separator == groups[a + 1].separator,
                            g.digits >= 3, first.digits >= 3
                        else { break }
                    }
                    digits += g.digits
                    if digits > 19 { break }
                    if digits >= 13, digits > best?.digits ?? 0, luhn(from: first.start, to: g.end) {
                        best = (a, z, digits)
                    }
                }
            }
            return best.map { ($0.first, $0.last) }
        }

        func luhn(from start: Int, to end: Int) -> Bool {
            var sum = 0
            var double = false
            var p = end - 1
            while p >= start {
                if isDigit(b[p]) {
                    var d = Int(b[p] &- .zero)
                    if double {
                        d *= 2
                        if d > 9 { d -= 9 }
                    }
                    sum += d
                    double.toggle()
                }
                p -= 1
            }
            return sum % 10 == 0
        }

        /// End of the longest leading run of groups that is a phone number; trailing groups are dropped one by one
        /// so that "555-0123 2 pcs" still finds the number.
        func phoneEnd(count: Int, plus: Bool) -> Int? {
            var k = count
            while k > 0 {
                if isPhone(k, plus: plus) { return groups[k - 1].end }
                k -= 1
            }
            return nil
        }

        /// Phone shapes. Bare digit runs and arbitrary groupings are not enough: "1000-2000", "2019 2024",
        /// "38 40 42 44" and "1 299 999" are ranges, years, sizes and prices. A number counts when it has an
        /// international prefix, starts with a trunk or international "0", opens with an area code in parentheses,
        /// or has a known national grouping (North American 3-3-4, Spanish 3-3-3 / 2-3-2-2, Italian mobile 3-7).
        func isPhone(_ k: Int, plus: Bool) -> Bool {
            var total = 0
            var longest = 0
            var shortest = Int.max
            var slashes = 0
            var dots = 0
            var others = 0
            for g in groups[0..<k] {
                total += g.digits
                longest = max(longest, g.digits)
                if !g.parenthesized { shortest = min(shortest, g.digits) }
                switch g.separator {
                case 0: break
                case .slash: slashes += 1
                case .dot: dots += 1
                default: others += 1
                }
            }
            guard total >= 7, slashes <= 1 else { return false }
            if plus {
                if k == 1 { return total <= 15 }
                return total <= 15 && longest <= 8 && groups[k - 1].digits >= 2
            }
            guard k >= 2, longest <= 8 else { return false }
            if dots > 0 {
                // Dotted numbers are dates, versions and IP addresses far more often than phones.
                guard others == 0, slashes == 0, total >= 10, !(k == 4 && longest <= 3) else { return false }
            }
            let first = groups[0]
            let lead = b[first.parenthesized ? first.start + 1 : first.start]
            if lead == .zero {
                let international =
                    first.digits >= 2 && b[first.parenthesized ? first.start + 2 : first.start + 1] == .zero
                return total <= (international ? 17 : 15) && shortest >= 2
            }
            guard total <= 15 else { return false }
            if first.parenthesized { return first.digits >= 2 && shortest >= 2 }
            let areaCode = lead >= .two
            let spanish = lead >= .six
            switch k {
            case 2:
                return (areaCode && first.digits == 3 && groups[1].digits == 4)
                    || (lead == .three && first.digits == 3 && groups[1].digits >= 6)
            case 3:
                let shape = (first.digits, groups[1].digits, groups[2].digits)
                return (areaCode && shape == (3, 3, 4)) || (spanish && shape == (3, 3, 3))
            case 4:
                let shape = (first.digits, groups[1].digits, groups[2].digits, groups[3].digits)
                if shape == (1, 3, 3, 4) { return lead == .one }
                return spanish && (shape == (2, 3, 2, 2) || shape == (3, 2, 2, 2))
            default:
                return false
            }
        }

        // MARK: IBAN

        /// Two letters, two check digits, then the account either run together or in groups separated by single
        /// spaces. Every group end is a candidate end (the next word may be read as a "group"); the longest one with
        /// the country's length and a valid mod-97 checksum wins. A mistyped IBAN (right length for its country,
        /// wrong checksum) is skipped whole, so that its tail is not misread as a phone number.
        func matchIBAN(at i: Int) -> (end: Int, valid: Bool)? {
            guard i + 4 < limit, isASCIILetter(b[i]), isASCIILetter(b[i + 1]), isDigit(b[i + 2]), isDigit(b[i + 3])
            else { return nil }
            let country = UInt16(upper(b[i])) << 8 | UInt16(upper(b[i + 1]))
            let expected = Int(ibanLengths[country] ?? 0)
            var ends: [(position: Int, length: Int)] = []
            var length = 4
            var p = i + 4
            while length < 34 {
                var q = p
                if q < limit && b[q] == .space {
                    q += 1
                } else if !(p == i + 4 && isASCIIAlphanumeric(b[q])) {
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
                if ibanChecksumIsValid(from: i, to: end.position) { return (end.position, true) }
            }
            if expected > 0, let end = ends.first(where: { $0.length == expected }) { return (end.position, false) }
            return nil
        }

        /// ISO 13616: move the first four characters to the end, read letters as 10–35, and the number mod 97 is 1.
        func ibanChecksumIsValid(from start: Int, to end: Int) -> Bool {
            var remainder = 0
            func add(_ c: UInt8) {
                if isDigit(c) {
                    remainder = (remainder * 10 + Int(c &- .zero)) % 97
                } else if isASCIILetter(c) {
                    remainder = (remainder * 100 + Int(upper(c) &- .upperA) + 10) % 97
                }
            }
            for p in (start + 4)..<end { add(b[p]) }
            for p in start..<(start + 4) { add(b[p]) }
            return remainder == 1
        }

        // MARK: Addresses

        /// "221B Baker Street", "1600 Amphitheatre Pkwy", "42 Elm St." (number, capitalised name, street type) and
        /// "12 rue de la Paix", "5 avenue des Champs-Élysées" (number, street type, name).
        func matchNumberFirstAddress(at i: Int) -> Int? {
            var p = i
            while p < limit && isDigit(b[p]) { p += 1 }
            guard p - i <= 5 else { return nil }
            if p + 1 < limit && b[p] == .hyphen && isDigit(b[p + 1]) {
                var q = p + 1
                while q < limit && isDigit(b[q]) { q += 1 }
                guard q - p <= 6 else { return nil }
                p = q
            } else {
                p = houseNumberLetter(after: p)
            }
            if p < limit && b[p] == .comma { p += 1 }
            guard let q = spaces(after: p), var t = token(at: q) else { return nil }
            // French "25 bis rue …"
            if numberSuffixes.matches(b, t), let q = spaces(after: t.end), let next = token(at: q) { t = next }
            if !t.ordinal, typeBeforeName.matches(b, t, dot: t.dot, capitalized: isUpper(at: t.start)) {
                return namesAfterType(from: t.dot ? t.end + 1 : t.end)
            }
            var names = 0
            while true {
                if names > 0 && !t.ordinal {
                    let capitalized = isUpper(at: t.start)
                    if t.dot && typeAfterName.matches(b, t, dot: true, capitalized: capitalized) { return t.end + 1 }
                    if typeAfterName.matches(b, t, dot: false, capitalized: capitalized) { return t.end }
                }
                guard !t.dot, names < 4, t.ordinal || isUpper(at: t.start) else { return nil }
                names += 1
                guard let q = spaces(after: t.end), let next = token(at: q) else { return nil }
                t = next
            }
        }

        /// The name after a French street type: capitalised words and particles ("de la", "des", "l'"), ending on a
        /// real name word.
        func namesAfterType(from p: Int) -> Int? {
            var q = p
            var end: Int?
            var words = 0
            while words < 6, let s = spaces(after: q), let t = token(at: s), !t.ordinal {
                let particle = particles.matches(b, t)
                if !particle && (isUpper(at: t.start) || hasCapitalAfterApostrophe(t)) {
                    end = t.end
                } else if !particle {
                    break
                }
                words += 1
                q = t.end
                if t.dot { break }
            }
            return end
        }

        /// "Calle Mayor 12", "Avenida de la Constitución 5, 3ºB", "Via Roma 10", "Hauptstraße 5", "Berliner Str. 12a",
        /// "Rue de la Loi 16": found from the house number by looking back for the street type, since digits are rare
        /// and most words never need checking.
        func matchStreetFirstAddress(at i: Int) -> (start: Int, end: Int)? {
            var p = i
            while p < limit && isDigit(b[p]) { p += 1 }
            guard p - i <= 4 else { return nil }
            p = houseNumberLetter(after: p)
            guard endsCleanly(at: p) else { return nil }
            let end = floorAndDoor(after: p)

            guard var q = spaces(before: i) else { return nil }
            if q > floor && b[q - 1] == .comma { q -= 1 }
            q = skipNumberMarker(endingAt: q)
            var names = 0
            var substantive = 0
            while names <= 6 {
                guard let t = token(endingAt: q) else { return nil }
                let capitalized = isUpper(at: t.start)
                if t.slash {
                    // "C/ Mayor 12": the Spanish abbreviation of calle.
                    let isCalle = t.end - t.start == 1 && (b[t.start] | 0x20) == .lowerC
                    return isCalle && substantive > 0 ? (t.start, end) : nil
                }
                if names == 0 && capitalized && isGermanCompound(t) { return (t.start, end) }
                if substantive > 0 && typeBeforeNumber.matches(b, t, dot: t.dot, capitalized: capitalized) {
                    return (t.start, end)
                }
                if names == 0 && germanType.matches(b, t, dot: t.dot, capitalized: capitalized) {
                    // "Berliner Str.", "Lange Gasse": the standalone type needs its adjective.
                    guard let q = spaces(before: t.start), let adjective = token(endingAt: q), !adjective.dot,
                        !adjective.slash, isUpper(at: adjective.start)
                    else { return nil }
                    return (adjective.start, end)
                }
                guard !t.dot else { return nil }
                let particle = particles.matches(b, t)
                let name = capitalized || hasCapitalAfterApostrophe(t)
                guard particle || name else { return nil }
                names += 1
                if name && !particle { substantive += 1 }
                guard let next = spaces(before: t.start) else {
                    // "C/Mayor 12"
                    let s = t.start
                    if substantive > 0, s >= floor + 2, b[s - 1] == .slash, (b[s - 2] | 0x20) == .lowerC,
                        s - 2 == floor || !isASCIIAlphanumeric(b[s - 3])
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
        func houseNumberLetter(after p: Int) -> Int {
            if p < limit && isASCIILetter(b[p]) && (p + 1 >= limit || !isLetter(at: p + 1)) { return p + 1 }
            if p + 1 < limit && b[p] == .slash && isASCIILetter(b[p + 1]) && (p + 2 >= limit || !isLetter(at: p + 2)) {
                return p + 2
            }
            return p
        }

        /// A house number is not followed by more of a word, a decimal, a time or a range.
        func endsCleanly(at p: Int) -> Bool {
            guard p < limit else { return true }
            let c = b[p]
            if c >= 0x80 { return !isLetter(at: p) }
            if isASCIIAlphanumeric(c) { return false }
            if c == .dot || c == .comma || c == .colon || c == .slash || c == .hyphen {
                return !(p + 1 < limit && isDigit(b[p + 1]))
            }
            return true
        }

        /// Spanish floor and door after the house number, ", 3ºB": part of the address, not of the postcode.
        func floorAndDoor(after p: Int) -> Int {
            var q = p
            if q < limit && b[q] == .comma { q += 1 }
            if let s = spaces(after: q) { q = s }
            let digitsStart = q
            while q < limit && isDigit(b[q]) && q - digitsStart < 3 { q += 1 }
            let digits = q - digitsStart
            guard (1...2).contains(digits), q + 1 < limit, b[q] == 0xC2,
                b[q + 1] == 0xBA || b[q + 1] == 0xAA || b[q + 1] == 0xB0
            else { return p }
            q += 2
            var r = q
            if r < limit && b[r] == .space { r += 1 }
            if r < limit && isASCIILetter(b[r]) && (r + 1 >= limit || !isLetter(at: r + 1)) { q = r + 1 }
            return q
        }

        /// Steps back over "nº", "n.", "Nr." between the street name and the number.
        func skipNumberMarker(endingAt q: Int) -> Int {
            var end = q
            var marked = false
            if end - 2 >= floor && b[end - 2] == 0xC2 && b[end - 1] == 0xB0 {
                end -= 2
                marked = true
            }
            guard let t = token(endingAt: end), numberMarkers.matches(b, t, dot: t.dot || marked, capitalized: true),
                let before = spaces(before: t.start)
            else { return q }
            return before
        }

        /// "Hauptstraße", "Friedrichstr.", "Lindenweg", "Karl-Marx-Allee".
        func isGermanCompound(_ t: Token) -> Bool {
            let length = t.end - t.start
            if t.dot {
                return length >= 6 && foldedEquals(t.end - 3, t.end, germanStreetAbbreviation)
            }
            for suffix in germanSuffixes where length >= suffix.count + 3 {
                if foldedEquals(t.end - suffix.count, t.end, suffix) { return true }
            }
            return false
        }

        func foldedEquals(_ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
            guard end - start == word.count else { return false }
            for j in 0..<word.count where lower(b[start + j]) != word[j] { return false }
            return true
        }

        /// "dell'Indipendenza", "l'Église".
        func hasCapitalAfterApostrophe(_ t: Token) -> Bool {
            var p = t.start
            var after = -1
            while p < t.end {
                let j = joinerLength(at: p)
                if j > 0 && b[p] != .hyphen { after = p + j }
                p += j > 0 ? j : 1
            }
            return after > 0 && after < t.end && isUpper(at: after)
        }

        // MARK: Words

        func token(at p: Int) -> Token? {
            guard p < limit else { return nil }
            if isDigit(b[p]) {
                var q = p
                while q < limit && isDigit(b[q]) && q - p < 3 { q += 1 }
                guard q + 2 <= limit else { return nil }
                let suffix = (lower(b[q]), lower(b[q + 1]))
                guard
                    suffix == (.lowerS, .lowerT) || suffix == (.lowerN, .lowerD) || suffix == (.lowerR, .lowerD)
                        || suffix == (.lowerT, .lowerH),
                    q + 2 == limit || !isLetter(at: q + 2)
                else { return nil }
                return Token(start: p, end: q + 2, ordinal: true)
            }
            guard let end = wordEnd(from: p) else { return nil }
            // "Street5" is not a street.
            if end < limit && isDigit(b[end]) { return nil }
            return Token(start: p, end: end, dot: end < limit && b[end] == .dot)
        }

        func token(endingAt q: Int) -> Token? {
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
            return Token(start: start, end: end, dot: dot, slash: slash)
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

        /// One or two spaces; addresses never continue across a line break.
        func spaces(after p: Int) -> Int? {
            var q = p
            var count = 0
            while q < limit && count < 2 {
                if b[q] == .space || b[q] == .tab {
                    q += 1
                } else if b[q] == 0xC2 && q + 1 < limit && b[q + 1] == 0xA0 {
                    q += 2
                } else {
                    break
                }
                count += 1
            }
            return count > 0 ? q : nil
        }

        func spaces(before p: Int) -> Int? {
            let low = floor
            var q = p
            var count = 0
            while q > low && count < 2 {
                if b[q - 1] == .space || b[q - 1] == .tab {
                    q -= 1
                } else if q - 2 >= low && b[q - 2] == 0xC2 && b[q - 1] == 0xA0 {
                    q -= 2
                } else {
                    break
                }
                count += 1
            }
            return count > 0 ? q : nil
        }

        /// Apostrophes and hyphens join "d'Alésia" and "Karl-Marx-Straße" into one word.
        func joinerLength(at i: Int) -> Int {
            switch b[i] {
            case .apostrophe, .hyphen: return 1
            case 0xE2 where i + 2 < limit && b[i + 1] == 0x80 && b[i + 2] == 0x99: return 3
            default: return 0
            }
        }

        // MARK: Unicode

        func letterAndLength(at i: Int) -> (Bool, Int) {
            let c = b[i]
            if c < 0x80 { return (isASCIILetter(c), 1) }
            let (scalar, length) = decode(at: i)
            return (scalar.properties.isAlphabetic, length)
        }

        func isLetter(at i: Int) -> Bool { letterAndLength(at: i).0 }

        func isUpper(at i: Int) -> Bool {
            let c = b[i]
            if c < 0x80 { return c &- .upperA < 26 }
            return decode(at: i).scalar.properties.isUppercase
        }

        func isCasedLetter(at i: Int) -> Bool {
            let p = decode(at: i).scalar.properties
            return p.isAlphabetic && p.isCased
        }

        func scalarStart(before i: Int) -> Int {
            var j = i - 1
            while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
            return j
        }

        /// The scalar at `i`, which must start one; the bytes are valid UTF-8 because they come from a String.
        func decode(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let c0 = UInt32(b[i])
            let value: UInt32
            let length: Int
            if c0 < 0x80 {
                return (Unicode.Scalar(UInt8(c0)), 1)
            } else if c0 < 0xE0 {
                value = (c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                length = 2
            } else if c0 < 0xF0 {
                value = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                length = 3
            } else {
                value =
                    (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F)
                length = 4
            }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }
}

// MARK: - Word lists

/// Street vocabulary, compared ASCII-case-insensitively with the text's bytes (so no per-word String is built).
private struct WordList: Sendable {
    private struct Entry: Sendable {
        let bytes: [UInt8]
        /// Written with a dot ("Str.", "Avda."); the dot is part of the word.
        let abbreviation: Bool
        /// Also an everyday word ("via", "place", "largo"), so only the capitalised form counts.
        let capitalOnly: Bool
    }

    private let entries: [Entry]

    /// `"^via"` counts only capitalised; `"st."` is an abbreviation that may carry its dot.
    init(_ words: [String]) {
        entries = words.map { word in
            var bytes = Array(word.utf8)
            let capitalOnly = bytes.first == UInt8(ascii: "^")
            if capitalOnly { bytes.removeFirst() }
            let abbreviation = bytes.last == UInt8(ascii: ".")
            if abbreviation { bytes.removeLast() }
            return Entry(bytes: bytes, abbreviation: abbreviation, capitalOnly: capitalOnly)
        }
    }

    /// Whether the token is on the list; with `dot`, only abbreviations match.
    func matches(
        _ b: UnsafeBufferPointer<UInt8>, _ t: Redactor.Token, dot: Bool = false, capitalized: Bool = true
    ) -> Bool {
        let length = t.end - t.start
        search: for entry in entries where entry.bytes.count == length {
            if (dot && !entry.abbreviation) || (entry.capitalOnly && !capitalized) { continue }
            for j in 0..<length where lower(b[t.start + j]) != entry.bytes[j] { continue search }
            return true
        }
        return false
    }
}

/// English street types, written after the name: "Baker Street", "Elm St.".
private let typeAfterName = WordList([
    "street", "st.", "avenue", "ave.", "av.", "road", "rd.", "boulevard", "blvd.", "lane", "ln.", "drive", "dr.",
    "court", "ct.", "place", "pl.", "parkway", "pkwy.", "way", "terrace", "terr.", "square", "sq.", "highway", "hwy.",
    "circle", "cir.", "close", "crescent", "cres.", "trail", "trl.", "alley", "plaza", "row", "mews", "grove", "loop",
])

/// French street types, written after the number and before the name: "12 rue de la Paix".
private let typeBeforeName = WordList([
    "rue", "avenue", "av.", "boulevard", "bd.", "bld.", "place", "pl.", "chemin", "allée", "impasse", "quai", "cours",
    "route", "square", "passage", "faubourg", "rte.",
])

/// Street types written before the name with the number last: Spanish, Italian, and Belgian/Swiss French.
private let typeBeforeNumber = WordList([
    // es
    "calle", "carrer", "avenida", "avda.", "^av.", "paseo", "plaza", "pza.", "camino", "carretera", "ctra.", "ronda",
    "travesía", "travesia", "glorieta", "callejón", "rambla", "vía", "bulevar", "pasaje",
    // it
    "^via", "viale", "piazza", "piazzale", "p.za", "corso", "^largo", "vicolo", "strada", "contrada", "lungomare",
    "vico", "salita",
    // fr (Belgium, Switzerland)
    "rue", "avenue", "boulevard", "^bd.", "^place", "chemin", "allée", "impasse", "quai", "^route",
])

/// German street types written as a separate word after an adjective: "Berliner Str.", "Lange Gasse".
private let germanType = WordList([
    "straße", "strasse", "str.", "weg", "platz", "allee", "gasse", "damm", "chaussee",
])

/// German street types at the end of a compound: "Hauptstraße", "Lindenweg". Not "ring" or "ufer", which end
/// too many English words ("Spring 2024", "Buffer 256").
private let germanSuffixes: [[UInt8]] = ["straße", "strasse", "weg", "gasse", "platz", "allee", "damm", "chaussee"].map
{
    Array($0.utf8)
}
private let germanStreetAbbreviation: [UInt8] = Array("str".utf8)

/// Lower-case words inside street names: "Avenida de la Constitución", "Viale dei Mille", "rue des Écoles".
private let particles = WordList([
    "de", "del", "la", "las", "los", "el", "di", "da", "dal", "della", "delle", "dei", "degli", "dello", "du", "des",
    "le", "les", "y", "e", "der", "die", "das", "den", "dem", "am", "an", "im", "zum", "zur", "von", "van", "of",
    "the", "à", "aux", "sur", "en", "et",
])

private let numberMarkers = WordList(["n.", "no.", "nr.", "num.", "núm.", "nº"])
private let numberSuffixes = WordList(["bis", "ter"])

/// Country IBAN lengths (ISO 13616 registry); other countries are accepted at 15–34 characters.
private let ibanLengths: [UInt16: UInt8] = {
    let table =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 "
        + "EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 "
        + "KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 "
        + "PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 "
        + "VA22 VG24 XK20 YE30"
    var lengths: [UInt16: UInt8] = [:]
    for entry in table.split(separator: " ") {
        let u = Array(entry.utf8)
        lengths[UInt16(u[0]) << 8 | UInt16(u[1])] = (u[2] &- 0x30) * 10 + (u[3] &- 0x30)
    }
    return lengths
}()

// MARK: - Bytes

@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) private func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
@inline(__always) private func isASCIIAlphanumeric(_ c: UInt8) -> Bool { isDigit(c) || isASCIILetter(c) }
@inline(__always) private func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
@inline(__always) private func upper(_ c: UInt8) -> UInt8 { c &- 0x61 < 26 ? c & ~0x20 : c }

extension UInt8 {
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let dollar = UInt8(ascii: "$")
    fileprivate static let percent = UInt8(ascii: "%")
    fileprivate static let ampersand = UInt8(ascii: "&")
    fileprivate static let apostrophe = UInt8(ascii: "'")
    fileprivate static let leftParen = UInt8(ascii: "(")
    fileprivate static let rightParen = UInt8(ascii: ")")
    fileprivate static let asterisk = UInt8(ascii: "*")
    fileprivate static let plus = UInt8(ascii: "+")
    fileprivate static let comma = UInt8(ascii: ",")
    fileprivate static let hyphen = UInt8(ascii: "-")
    fileprivate static let dot = UInt8(ascii: ".")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let zero = UInt8(ascii: "0")
    fileprivate static let one = UInt8(ascii: "1")
    fileprivate static let two = UInt8(ascii: "2")
    fileprivate static let three = UInt8(ascii: "3")
    fileprivate static let six = UInt8(ascii: "6")
    fileprivate static let colon = UInt8(ascii: ":")
    fileprivate static let at = UInt8(ascii: "@")
    fileprivate static let upperA = UInt8(ascii: "A")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let underscore = UInt8(ascii: "_")
    fileprivate static let lowerC = UInt8(ascii: "c")
    fileprivate static let lowerD = UInt8(ascii: "d")
    fileprivate static let lowerH = UInt8(ascii: "h")
    fileprivate static let lowerN = UInt8(ascii: "n")
    fileprivate static let lowerR = UInt8(ascii: "r")
    fileprivate static let lowerS = UInt8(ascii: "s")
    fileprivate static let lowerT = UInt8(ascii: "t")
    /// Marks a group written straight after the previous one, as in "(0)20".
    fileprivate static let joined: UInt8 = 1
}
