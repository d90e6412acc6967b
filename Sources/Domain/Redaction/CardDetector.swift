/// Payment card numbers: 13–19 digits, run together or in groups of at least three separated by one kind of space
/// or dash, starting with a banking or travel issuer digit (2–6) and passing Luhn.
///
/// Any window of a run, not just all of it, because an unrelated number may sit one space away ("order 1042 4111 1111
/// 1111 1111"), and a phone number may come first ("555 0123 4111…": the card is found, set aside, and the phone
/// found before it). Luhn vouches for the number, so it is also looked for where it is glued to a word or a symbol
/// ("visa4111…", "card#4111…", "*4111…*").
struct CardDetector: Detector {
    var triggers: DetectorTriggers { [.digit, .sign] }
    var matchesGlued: Bool { true }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        let run = candidate.run
        let groups = run.groups
        let count = run.cardCount
        var total = 0
        for g in groups[0..<count] { total += g.digits }
        guard total >= 13 else { return nil }
        let b = text.b
        var best: (first: Int, last: Int, digits: Int)?
        for a in 0..<count {
            let first = groups[a]
            if first.parenthesized { continue }
            // After "+" the digits are a phone number, unless there are more than a phone may have (E.164: 15).
            let shortest = a == 0 && run.plus ? 16 : 13
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
                if digits >= shortest, digits > best?.digits ?? 0, Self.luhn(b, from: first.start, to: g.end) {
                    best = (a, z, digits)
                }
            }
        }
        guard let best else { return nil }
        return Detection(start: groups[best.first].start, end: groups[best.last].end, kind: .card)
    }

    /// The Luhn checksum over the digits in `start..<end`, skipping separators.
    static func luhn(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
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
}
