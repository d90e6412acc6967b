/// The Italian codice fiscale ("RSSMRA85T10A562S"): six letters of surname and name, year, month letter, day (plus
/// 40 for women), the municipality code, and a check letter computed from the other fifteen characters. Digits may
/// be replaced by the letters L–V when two people would otherwise share a code (omocodia).
enum ItalianFiscalCode {
    private static let months = Array("ABCDEHLMPRST".utf8)
    private static let omocodes = Array("LMNPQRSTUV".utf8)
    /// Values of a character in an odd position (1st, 3rd, …), for digits 0–9 and then letters A–Z.
    private static let oddValues = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23,
    ]

    /// The code starting at the letter `i`; returns its end.
    static func match(at i: Int, in t: TextCursor) -> Int? {
        let end = i + 16
        guard end <= t.limit, t.isBoundary(at: end) else { return nil }
        let b = t.b
        // Letters where letters belong, a digit or its omocodia letter where digits do.
        var day = 0
        for k in 0..<16 {
            let c = asciiUpper(b[i + k])
            switch k {
            case 6, 7, 9, 10, 12, 13, 14:
                let digit: Int
                if isDigit(c) {
                    digit = Int(c &- .zero)
                } else if let d = omocodes.firstIndex(of: c) {
                    digit = d
                } else {
                    return nil
                }
                if k == 9 || k == 10 { day = day * 10 + digit }
            case 8:
                guard months.contains(c) else { return nil }
            default:
                guard isASCIILetter(c) else { return nil }
            }
        }
        guard (1...31).contains(day) || (41...71).contains(day) else { return nil }
        var sum = 0
        for k in 0..<15 {
            let c = asciiUpper(b[i + k])
            let index = isDigit(c) ? Int(c &- .zero) : Int(c &- .upperA) + 10
            // Positions are counted from 1, so even indexes here are the odd positions.
            sum += k % 2 == 0 ? oddValues[index] : (isDigit(c) ? index : index - 10)
        }
        guard asciiUpper(b[i + 15]) == .upperA + UInt8(sum % 26) else { return nil }
        return end
    }
}
