/// 64-bit FNV-1a over folded token bytes. Lexicons are keyed by these hashes so a lookup never builds a String,
/// and because FNV is computed byte by byte, the hash of every prefix of a token comes for free (stems).
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// Zero marks an empty slot in `HashIndex`, so a (vanishingly unlikely) zero hash is remapped.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        hash == 0 ? 1 : hash
    }

    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = offset
        for byte in bytes { hash = step(hash, byte) }
        return finish(hash)
    }

    static func hash(_ word: String) -> UInt64 {
        hash(Array(word.utf8))
    }
}

/// One word of folded text.
struct Token: Sendable {
    /// Byte range in `TokenizedText.bytes`.
    var start: Int32
    var end: Int32
    /// `FNV.hash` of the folded bytes.
    var hash: UInt64
    /// Index of the sentence the token is in (split on . ! ? ; and line breaks).
    var sentence: Int32
    /// Index of the clause (sentences further split on , : ( ) quotes); negation does not cross clauses.
    var clause: Int32
    /// All ASCII digits.
    var isNumeric: Bool

    var length: Int { Int(end - start) }
}

/// Lower-case, accent-folded ASCII words with sentence/clause positions and a few surface statistics, produced
/// in one pass over the Unicode scalars.
struct TokenizedText: Sendable {
    /// The folded bytes of every token, back to back (tokens index into this).
    var bytes: [UInt8] = []
    var tokens: [Token] = []
    var sentenceCount: Int32 = 0
    /// Letters seen, and how many of them were upper case (ALL CAPS is shouting).
    var letterCount = 0
    var uppercaseCount = 0
    var exclamationCount = 0
    var questionCount = 0
    /// Sentences that end with a question mark (a hazard asked about is not a hazard reported).
    var questionSentences: [Int32] = []
    /// Sum of emoji tones (see `TextFolding.emojiTone`).
    var emojiTone = 0
    /// Evidence from language-specific characters (ñ, ß, ã…), for `LanguageDetector`.
    var characterHints = LanguageVector(repeating: 0)

    init(_ text: String) {
        bytes.reserveCapacity(text.utf8.count)
        tokens.reserveCapacity(text.utf8.count / 5)
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var tokenStart = 0
        var hash = FNV.offset
        var numeric = true
        // Set after "n'" so that "don't" folds to "dont" and "can't" to "cant" (one negator token), while the
        // French and Italian elisions ("l'ordine", "d'arrivée") still split into two words.
        var pendingApostrophe = false

        @inline(__always)
        func endToken() {
            if bytes.count > tokenStart {
                tokens.append(
                    Token(
                        start: Int32(tokenStart), end: Int32(bytes.count), hash: FNV.finish(hash), sentence: sentence,
                        clause: clause, isNumeric: numeric))
            }
            tokenStart = bytes.count
            hash = FNV.offset
            numeric = true
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            bytes.append(byte)
            hash = FNV.step(hash, byte)
            if byte > 0x39 { numeric = false }
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if pendingApostrophe {
                pendingApostrophe = false
                if value == 0x74 || value == 0x54 {  // t / T
                    append(0x74)
                    continue
                }
                endToken()
            }
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39:  // a-z 0-9
                    if byte >= 0x61 { letterCount += 1 }
                    append(byte)
                case 0x41...0x5A:  // A-Z
                    letterCount += 1
                    uppercaseCount += 1
                    append(byte | 0x20)
                case 0x27:  // '
                    if bytes.count > tokenStart && bytes[bytes.count - 1] == 0x6E {
                        pendingApostrophe = true
                    } else {
                        endToken()
                    }
                case 0x2E, 0x3B, 0x0A, 0x0D:  // . ; newline
                    endToken()
                    sentence += 1
                    clause += 1
                case 0x21:  // !
                    endToken()
                    exclamationCount += 1
                    sentence += 1
                    clause += 1
                case 0x3F:  // ?
                    endToken()
                    questionCount += 1
                    if questionSentences.last != sentence { questionSentences.append(sentence) }
                    sentence += 1
                    clause += 1
                case 0x2C, 0x3A, 0x28, 0x29, 0x22, 0x5B, 0x5D:  // , : ( ) " [ ]
                    endToken()
                    clause += 1
                default:
                    endToken()
                }
            } else if value >= TextFolding.tableStart && value <= TextFolding.tableEnd {
                let folded = TextFolding.latinTable[Int(value - TextFolding.tableStart)]
                if folded.isEmpty {
                    endToken()
                } else {
                    letterCount += 1
                    if TextFolding.isUppercaseLatin1(value) { uppercaseCount += 1 }
                    for byte in folded { append(byte) }
                }
                if let hint = TextFolding.languageHint(value) { characterHints += hint }
            } else {
                switch value {
                case 0x2019, 0x2018, 0x02BC:  // typographic apostrophes
                    if bytes.count > tokenStart && bytes[bytes.count - 1] == 0x6E {
                        pendingApostrophe = true
                    } else {
                        endToken()
                    }
                case 0x1E9E:  // ẞ
                    letterCount += 1
                    uppercaseCount += 1
                    append(0x73)
                    append(0x73)
                    characterHints += TextFolding.languageHint(value) ?? .zero
                case 0x2026, 0x3002, 0xFF01, 0xFF1F:  // … 。 ！ ？
                    endToken()
                    if value == 0xFF1F && questionSentences.last != sentence { questionSentences.append(sentence) }
                    sentence += 1
                    clause += 1
                case 0xA1, 0xBF, 0x201E:  // ¡ ¿ „
                    endToken()
                    clause += 1
                    characterHints += TextFolding.languageHint(value) ?? .zero
                case 0xAB, 0xBB, 0x201C, 0x201D, 0x2013, 0x2014:  // « » " " – —
                    endToken()
                    clause += 1
                case 0x0300...0x036F, 0xAD, 0x200C, 0x200D, 0xFE0F:
                    // Combining accents (decomposed "é" = "e" + U+0301), soft hyphens and joiners are invisible:
                    // skipping them keeps "devolucio\u{301}n" one word, folded like "devolución".
                    continue
                default:
                    endToken()
                    let tone = TextFolding.emojiTone(value)
                    if tone != 0 { emojiTone += tone }
                }
            }
        }
        if pendingApostrophe { pendingApostrophe = false }
        endToken()
        sentenceCount = sentence + 1
    }

    /// The folded text of a token, for debugging and for the few rules that need the actual characters.
    func word(_ index: Int) -> String {
        let token = tokens[index]
        return String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    /// Fraction of letters in upper case; only meaningful with enough letters.
    var shoutRatio: Float {
        letterCount >= 12 ? Float(uppercaseCount) / Float(letterCount) : 0
    }
}
