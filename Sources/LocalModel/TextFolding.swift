/// Accent folding and per-character hints.
///
/// Customers type "devolucion", "devolución" and "DEVOLUCIÓN" interchangeably, so every lexicon lookup works on
/// lower-case ASCII. Folding is a table lookup per Unicode scalar instead of `String.folding(options:)`, which
/// allocates and goes through ICU: the whole tokenizer stays a single pass over the scalars.
enum TextFolding {
    /// First scalar covered by `latinTable` (À).
    static let tableStart: UInt32 = 0xC0
    /// Last scalar covered by `latinTable` (ſ, end of Latin Extended-A).
    static let tableEnd: UInt32 = 0x17F

    /// ASCII spelling of each scalar in U+00C0...U+017F; empty where the scalar is not a letter (× and ÷).
    static let latinTable: [[UInt8]] = {
        var table = [[UInt8]](repeating: [], count: Int(tableEnd - tableStart + 1))
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("Ææ", "ae"), ("ÇçĆćĈĉĊċČč", "c"), ("ÐðĎďĐđ", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"), ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"),
            ("Ĳĳ", "ij"), ("Ĵĵ", "j"), ("Ķķĸ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"), ("ÑñŃńŅņŇňŉŊŋ", "n"),
            ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("Œœ", "oe"), ("ŔŕŖŗŘř", "r"), ("ŚśŜŝŞşŠšſ", "s"), ("ß", "ss"),
            ("ŢţŤťŦŧ", "t"), ("Þþ", "th"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"), ("ÝýÿŶŷŸ", "y"),
            ("ŹźŻżŽž", "z"),
        ]
        for (letters, ascii) in groups {
            for scalar in letters.unicodeScalars {
                table[Int(scalar.value - tableStart)] = Array(ascii.utf8)
            }
        }
        return table
    }()

    /// True for the Latin-1 upper-case letters (À...Þ), so shouting is measured on accented text too. Latin
    /// Extended-A letters are rare enough in the supported languages that they are left out of the ratio.
    @inline(__always)
    static func isUppercaseLatin1(_ value: UInt32) -> Bool {
        value >= 0xC0 && value <= 0xDE && value != 0xD7
    }

    /// Language evidence carried by a single non-ASCII character: ñ and ¿ are Spanish, ß and ä German, ã Portuguese,
    /// and so on. These are what make "¿Dónde?" or "Größe" detectable from one word.
    static func languageHint(_ value: UInt32) -> LanguageVector? {
        switch value {
        case 0xF1, 0xD1, 0xBF, 0xA1: .weights([(.es, 2.5)])  // ñ Ñ ¿ ¡
        case 0xDF, 0x1E9E: .weights([(.de, 3)])  // ß ẞ
        case 0xE4, 0xC4, 0xF6, 0xD6: .weights([(.de, 2), (.nl, 0.3)])  // ä ö
        case 0xFC, 0xDC: .weights([(.de, 2)])  // ü
        case 0x201E: .weights([(.de, 1.5)])  // „ German opening quote
        case 0xE7, 0xC7: .weights([(.fr, 1.2), (.pt, 1.2)])  // ç
        case 0xE9, 0xC9: .weights([(.fr, 0.8), (.es, 0.4), (.pt, 0.4), (.it, 0.2)])  // é
        case 0xE8, 0xC8: .weights([(.fr, 0.8), (.it, 0.8)])  // è
        case 0xEA, 0xCA: .weights([(.fr, 1.2), (.pt, 0.8)])  // ê
        case 0xE2, 0xC2: .weights([(.fr, 1.2), (.pt, 0.6)])  // â
        case 0xEE, 0xCE, 0xEF, 0xCF, 0xFB, 0xDB, 0x153, 0x152: .weights([(.fr, 1.5)])  // î ï û œ
        case 0xF4, 0xD4: .weights([(.fr, 1.2), (.pt, 0.8)])  // ô
        case 0xE0, 0xC0: .weights([(.fr, 0.8), (.it, 0.8), (.pt, 0.4)])  // à
        case 0xF9, 0xD9: .weights([(.fr, 0.8), (.it, 1.0)])  // ù (où / più)
        case 0xEC, 0xCC, 0xF2, 0xD2: .weights([(.it, 2)])  // ì ò
        case 0xE3, 0xC3, 0xF5, 0xD5: .weights([(.pt, 3)])  // ã õ
        case 0xE1, 0xC1: .weights([(.es, 0.8), (.pt, 0.8)])  // á
        case 0xED, 0xCD, 0xFA, 0xDA: .weights([(.es, 0.8), (.pt, 0.5)])  // í ú
        case 0xF3, 0xD3: .weights([(.es, 0.8), (.pt, 0.6), (.it, 0.1)])  // ó
        default: nil
        }
    }

    /// Emoji carry tone in chat tickets ("🙄", "😡"): +2 for explicit enthusiasm (😍 ❤️ 🥰), +1 for a smile,
    /// -2 for anger (😡 😤 🤬), -1 for sadness or an eye-roll, 0 for neutral or embarrassed faces (😅).
    static func emojiTone(_ value: UInt32) -> Int {
        switch value {
        case 0x1F60D, 0x1F970, 0x1F929, 0x2764, 0x1F49A...0x1F49C, 0x1F496, 0x1F495, 0x1F618:
            2
        case 0x1F600...0x1F604, 0x1F606, 0x1F60A, 0x1F642, 0x1F44D, 0x1F389, 0x2728, 0x1F64C, 0x1F917:
            1
        case 0x1F620, 0x1F621, 0x1F92C, 0x1F624:
            -2
        case 0x1F44E, 0x1F644, 0x1F61E, 0x1F622, 0x1F62D, 0x1F629, 0x1F62B, 0x1F4A9, 0x1F612, 0x1F615, 0x1F61F:
            -1
        default:
            0
        }
    }
}
