/// Terminal column widths (`wcwidth`) in pure Swift, per grapheme cluster (`Character`), so that
/// accents, CJK and emoji line up the way the terminal draws them.
///
/// Rules: controls and lone combining marks or format characters take 0 columns; East Asian Wide
/// and Fullwidth characters and emoji shown in emoji presentation take 2; everything else,
/// including East Asian Ambiguous characters, takes 1, as in a UTF-8 locale that is not CJK.
public enum DisplayWidth {
    /// The columns `character` occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        // ASCII is nearly all text on screen; answer it without looking at scalar properties.
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if isControl(first.value) { return 0 }
        var hasEmojiPresentation = false
        var hasTextSelector = false
        var hasEmojiSelector = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0E: hasTextSelector = true
            case 0xFE0F: hasEmojiSelector = true
            default: if scalar.properties.isEmojiPresentation { hasEmojiPresentation = true }
            }
        }
        // VS15 asks for the text form (one column), VS16 for the emoji form (two), e.g. "☺︎" vs "☺️".
        if hasTextSelector { return 1 }
        if hasEmojiSelector && first.properties.isEmoji { return 2 }
        // ZWJ sequences, skin tones and flags are one glyph, two columns wide.
        if hasEmojiPresentation { return 2 }
        if isZeroWidth(first) { return 0 }
        return isWide(first.value) ? 2 : 1
    }

    /// The columns `text` occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }

    /// Marks that draw on the previous character and invisible format characters (ZWJ, ZWSP,
    /// bidi controls). Inside a cluster they are already folded into its first scalar.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: scalar.value >= 0x1160 && scalar.value <= 0x11FF  // Hangul medial and final jamo
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, outside emoji (emoji are told by
    /// their presentation property instead, which the standard library knows).
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08, 0x1AFF0...0x1B2FB,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        // Binary search: the table is sorted and disjoint.
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension StringProtocol {
    /// The columns the text occupies in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
