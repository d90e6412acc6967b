/// The German Steuer-ID (steuerliche Identifikationsnummer): eleven digits, the first not 0, in which exactly one
/// digit of the first ten appears twice or three times, and a check digit by ISO 7064 MOD 11,10. Written run
/// together or as "86 095 742 719". The two rules together let about one ordinary eleven-digit number in 250 pass,
/// so it is only looked for where a number starts on its own, not glued to a word.
enum GermanTaxID {
    /// The number at the start of `run`; returns its end.
    static func match(_ run: NumberRun, in t: TextCursor) -> Int? {
        guard !run.plus, run.count >= 1 else { return nil }
        let groups = run.groups
        let end: Int
        if groups[0].digits == 11 && !groups[0].parenthesized {
            end = groups[0].end
        } else if run.count >= 4, groups[0].digits == 2, groups[1...3].allSatisfy({ $0.digits == 3 }),
            groups[1...3].allSatisfy({ $0.separator == .space && !$0.parenthesized }), !groups[0].parenthesized
        {
            end = groups[3].end
        } else {
            return nil
        }
        // Digit counts of the first ten as a bit field (4 bits each), and the check digit as it goes.
        var counts: UInt64 = 0
        var product = 10
        var n = 0
        var last = 0
        for p in run.start..<end where isDigit(t.b[p]) {
            let d = Int(t.b[p] &- .zero)
            if n == 0 && d == 0 { return nil }
            if n == 10 {
                last = d
                break
            }
            counts += 1 << (4 * UInt64(d))
            var sum = (d + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
            n += 1
        }
        var repeated = 0
        for d in 0..<10 {
            let count = (counts >> (4 * UInt64(d))) & 15
            if count > 3 { return nil }
            if count > 1 { repeated += 1 }
        }
        guard repeated == 1 else { return nil }
        let check = (11 - product) % 10
        return check == last ? end : nil
    }
}
