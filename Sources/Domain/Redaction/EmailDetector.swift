/// E-mail addresses, found before everything else: their local parts may hold digits, dots and dashes that would
/// otherwise look like phone numbers, and "@" is cheap to find. Nothing else may run into an address: the scan
/// treats the next one as the end of the text, because that is what a second pass will see once it reads `[email]`.
struct EmailDetector: Detector {
    var triggers: DetectorTriggers { [] }
    var matchesGlued: Bool { false }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? { nil }

    func prescan(_ text: TextCursor) -> [Detection] {
        let b = text.b
        var found: [Detection] = []
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
                } else if c >= 0x80, case let s = text.scalarStart(before: start), s >= low, text.isCasedLetter(at: s) {
                    // Accented local parts ("müller@"), but not CJK, which is written without spaces and would be
                    // swallowed with the address.
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
                if c >= 0x80, text.isCasedLetter(at: p) {
                    label += 1
                    p += text.decode(at: p).length
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
                found.append(Detection(start: start, end: end, kind: .email))
                at = end
            } else {
                at += 1
            }
        }
        return found
    }
}
