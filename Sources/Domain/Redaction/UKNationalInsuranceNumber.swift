/// The UK National Insurance number: two prefix letters, six digits and a suffix A–D, written "QQ 12 34 56 C" or
/// "QQ123456C". It has no check digit, so the shape must be exact: prefixes HMRC never issues (first letter D, F, I,
/// U or V; second D, F, I, O, U or V; BG, GB, KN, NK, NT, TN, ZZ) are refused. Q is kept because HMRC's own
/// specimen, QQ 12 34 56 C, is what people paste; the suffix may be left out only in the spaced form. Capitals only.
enum UKNationalInsuranceNumber {
    private static let refusedFirst = Array("DFIUV".utf8)
    private static let refusedSecond = Array("DFIOUV".utf8)
    private static let refusedPrefixes = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].map { Array($0.utf8) }

    /// The number starting at the letter `i`; returns its end.
    static func match(at i: Int, in t: TextCursor) -> Int? {
        let b = t.b
        let limit = t.limit
        // Capitals only: "es 06 12 34 56 78" is Spanish for "is" and a phone number.
        guard i + 8 <= limit, b[i] &- .upperA < 26, b[i + 1] &- .upperA < 26 else { return nil }
        let (first, second) = (b[i], b[i + 1])
        guard !refusedFirst.contains(first), !refusedSecond.contains(second),
            !refusedPrefixes.contains([first, second])
        else { return nil }
        var p = i + 2
        var spaced = false
        if b[p] == .space {
            p += 1
            spaced = true
        }
        // Six digits, run together or in pairs.
        var digits = 0
        while digits < 6 {
            guard p + 1 < limit, isDigit(b[p]), isDigit(b[p + 1]) else { return nil }
            p += 2
            digits += 2
            if digits < 6 && p < limit && b[p] == .space && p + 1 < limit && isDigit(b[p + 1]) {
                p += 1
                spaced = true
            }
        }
        guard p == limit || !isDigit(b[p]) else { return nil }
        var q = p
        if q < limit && b[q] == .space { q += 1 }
        if q < limit, (UInt8(ascii: "A")...UInt8(ascii: "D")).contains(b[q]), t.isBoundary(at: q + 1) {
            return q + 1
        }
        // Without its suffix, only the spaced form, and not as the start of a longer run of digit pairs.
        guard spaced, t.isBoundary(at: p), !(p + 1 < limit && b[p] == .space && isDigit(b[p + 1])) else { return nil }
        return p
    }
}
