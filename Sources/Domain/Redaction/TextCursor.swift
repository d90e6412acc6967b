/// What a detector sees of the text: the normalised bytes (``RedactionText``) between the end of the last match and
/// the start of the next one already found.
///
/// Look-behinds stop at ``floor`` and look-aheads at ``limit``, so matches never overlap, and both treat those
/// bounds as the edges of the text: once redacted, a placeholder's brackets stand there, and a second pass over the
/// redacted text must decide the same way (redacting twice changes nothing).
struct TextCursor {
    let b: UnsafeBufferPointer<UInt8>
    /// End of the last match; nothing before it may be read.
    let floor: Int
    /// Start of the next match already found (an e-mail address, say); nothing from it on may be read.
    let limit: Int

    /// The end of the ASCII digits from `i`.
    func digitsEnd(from i: Int) -> Int {
        var p = i
        while p < limit && isDigit(b[p]) { p += 1 }
        return p
    }

    /// The end of the ASCII letters and digits from `i`.
    func alphanumericsEnd(from i: Int) -> Int {
        var p = i
        while p < limit && isASCIIAlphanumeric(b[p]) { p += 1 }
        return p
    }

    /// Whether nothing of a word or number goes on at `p`: the limit, or a byte that is not an ASCII letter or
    /// digit and not a letter of another script.
    func isBoundary(at p: Int) -> Bool {
        guard p < limit else { return true }
        let c = b[p]
        if c < 0x80 { return !isASCIIAlphanumeric(c) }
        return !isLetter(at: p)
    }

    /// The value of the digits in `start..<end`, skipping anything else.
    func value(_ start: Int, _ end: Int) -> Int {
        var v = 0
        for p in start..<end where isDigit(b[p]) { v = v * 10 + Int(b[p] &- .zero) }
        return v
    }

    /// Whether `start..<end` equals `word` (lower-case ASCII), ignoring ASCII case.
    func foldedEquals(_ start: Int, _ end: Int, _ word: [UInt8]) -> Bool {
        guard end - start == word.count else { return false }
        for j in 0..<word.count where asciiLower(b[start + j]) != word[j] { return false }
        return true
    }

    // MARK: Spaces

    /// One or two spaces or tabs (no-break spaces are spaces by now); addresses never continue across a line break.
    func spaces(after p: Int) -> Int? {
        var q = p
        while q < limit && q - p < 2 && (b[q] == .space || b[q] == .tab) { q += 1 }
        return q > p ? q : nil
    }

    func spaces(before p: Int) -> Int? {
        var q = p
        while q > floor && p - q < 2 && (b[q - 1] == .space || b[q - 1] == .tab) { q -= 1 }
        return q < p ? q : nil
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

    /// The scalar at `i`, which must start one.
    func decode(at i: Int) -> (scalar: Unicode.Scalar, length: Int) { decodeScalar(b, at: i) }
}
