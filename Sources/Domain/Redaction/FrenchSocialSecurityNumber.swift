/// The French NIR (numéro de sécurité sociale): sex, year, month, département (2A/2B for Corsica), commune, order
/// number, then a two-digit key, 97 minus the first thirteen digits mod 97. Written run together or in groups
/// ("1 85 05 78 006 084 91"); the key and the sex and month digits keep ordinary fifteen-digit numbers out.
enum FrenchSocialSecurityNumber {
    /// The number starting at the digit `i`; returns its end.
    static func match(at i: Int, in t: TextCursor) -> Int? {
        let b = t.b
        let limit = t.limit
        // Sex: 1 or 2, or 7 or 8 for a provisional number. Most digit runs stop here.
        let sex = b[i]
        guard sex == .one || sex == .two || sex == .zero + 7 || sex == .zero + 8 else { return nil }
        var n = 0
        var p = i
        var separator: UInt8 = 0
        var remainder = 0
        var month = 0
        var key = 0
        var corsica = false
        while n < 15 {
            guard p < limit else { return nil }
            let c = asciiUpper(b[p])
            var digit = -1
            if isDigit(c) {
                digit = Int(c &- .zero)
            } else if n == 6 && (c == .upperA || c == .upperA + 1) && b[p - 1] == .two {
                // Corsica: 2A and 2B count as 19 and 18.
                corsica = true
                digit = c == .upperA ? 9 : 8
            }
            if digit >= 0 {
                if n == 6 && corsica { remainder = (remainder + 97 - 1) % 97 }  // the 2 before A/B counts as 1
                if n < 13 { remainder = (remainder * 10 + digit) % 97 } else { key = key * 10 + digit }
                if n == 3 || n == 4 { month = month * 10 + digit }
                n += 1
                p += 1
                continue
            }
            // One kind of single separator between groups.
            guard n > 0, c == .space || c == .dot || c == .hyphen, separator == 0 || separator == c,
                p + 1 < limit, isASCIIAlphanumeric(b[p + 1])
            else { return nil }
            separator = c
            p += 1
        }
        guard t.isBoundary(at: p), (1...12).contains(month) || month >= 20 else { return nil }
        return key == 97 - remainder ? p : nil
    }
}
