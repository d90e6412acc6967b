/// Spanish identity numbers: the DNI ("12345678Z", "12.345.678-Z") and the NIE of foreign residents ("X1234567L"),
/// eight digits (or X, Y or Z and seven) and a check letter: the number mod 23 indexed into
/// "TRWAGMYFPDXBNJZSQVHLCKE", with X, Y, Z read as 0, 1, 2. One wrong letter in 23 passes, so a number alone is not
/// enough: the letter must be there and right.
enum SpanishIdentityNumber {
    private static let letters = Array("TRWAGMYFPDXBNJZSQVHLCKE".utf8)

    /// A DNI starting at the digit `i`; returns its end.
    static func dni(at i: Int, in t: TextCursor) -> Int? {
        let b = t.b
        let end = t.digitsEnd(from: i)
        if end - i == 8 { return checkLetter(t.value(i, end), after: end, in: t) }
        // "12.345.678-Z", as printed on the card.
        guard end - i == 2, end + 8 <= t.limit, b[end] == .dot, b[end + 4] == .dot,
            t.digitsEnd(from: end + 1) == end + 4, t.digitsEnd(from: end + 5) == end + 8
        else { return nil }
        return checkLetter(t.value(i, end + 8), after: end + 8, in: t)
    }

    /// An NIE starting at the letter `i`; returns its end.
    static func nie(at i: Int, in t: TextCursor) -> Int? {
        let b = t.b
        let prefix = Int(asciiUpper(b[i])) - Int(UInt8(ascii: "X"))
        guard (0...2).contains(prefix) else { return nil }
        var p = i + 1
        if p < t.limit && b[p] == .hyphen { p += 1 }
        let end = t.digitsEnd(from: p)
        guard end - p == 7 else { return nil }
        return checkLetter(prefix * 10_000_000 + t.value(p, end), after: end, in: t)
    }

    /// The end of the check letter after `p` (straight after, after "-", or after a space when it is a capital, as
    /// "12345678 y" is a number and a word), if it is the right one.
    private static func checkLetter(_ number: Int, after p: Int, in t: TextCursor) -> Int? {
        let b = t.b
        var q = p
        var spaced = false
        if q < t.limit && b[q] == .hyphen {
            q += 1
        } else if q < t.limit && b[q] == .space {
            q += 1
            spaced = true
        }
        guard q < t.limit, isASCIILetter(b[q]), t.isBoundary(at: q + 1), !spaced || b[q] &- .upperA < 26,
            asciiUpper(b[q]) == letters[number % 23]
        else { return nil }
        return q + 1
    }
}
