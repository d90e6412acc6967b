/// Phone numbers in national and international forms.
///
/// Bare digit runs and arbitrary groupings are not enough: "1000-2000", "2019 2024", "38 40 42 44" and "1 299 999"
/// are ranges, years, sizes and prices. A number counts when it has an international prefix, starts with a trunk or
/// international "0", opens with an area code in parentheses, or has a known national grouping (North American
/// 3-3-4, Spanish 3-3-3 / 2-3-2-2, Italian mobile 3-7). Glued to a word ("tel+4930…"), only the international form
/// counts.
struct PhoneDetector: Detector {
    var triggers: DetectorTriggers { [.digit, .sign] }
    var matchesGlued: Bool { true }

    func detect(_ candidate: Candidate, in text: TextCursor) -> Detection? {
        let run = candidate.run
        if candidate.glued && !run.plus { return nil }
        // The longest leading run of groups that is a phone number; trailing groups are dropped one by one so that
        // "555-0123 2 pcs" still finds the number.
        var k = run.count
        while k > 0 {
            if isPhone(run, k, in: text) {
                return Detection(start: run.start, end: run.groups[k - 1].end, kind: .phone)
            }
            k -= 1
        }
        return nil
    }

    private func isPhone(_ run: NumberRun, _ k: Int, in text: TextCursor) -> Bool {
        let groups = run.groups
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
        if run.plus {
            if k == 1 { return total <= 15 }
            return total <= 15 && longest <= 8 && groups[k - 1].digits >= 2
        }
        guard k >= 2, longest <= 8 else { return false }
        if dots > 0 {
            // Dotted numbers are dates, versions and IP addresses far more often than phones.
            guard others == 0, slashes == 0, total >= 10, !(k == 4 && longest <= 3) else { return false }
        }
        let b = text.b
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
}
