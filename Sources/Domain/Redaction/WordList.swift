/// A list of words (street types, particles, labels) compared ASCII-case-insensitively with the text's bytes, so
/// that no String is built per word of the text.
///
/// Entries are written in lower case: `"^via"` counts only when capitalised in the text (it is also an everyday
/// word), and `"st."` is an abbreviation that may carry its dot. A class, so that handing a list around the hot loop
/// costs one reference count, not one per array.
final class WordList: Sendable {
    struct Entry: Sendable, Equatable {
        let bytes: [UInt8]
        /// Written with a dot ("Str.", "Avda."); the dot is not part of `bytes`.
        let abbreviation: Bool
        /// Also an everyday word ("via", "place", "largo"), so only the capitalised form counts.
        let capitalOnly: Bool
    }

    /// The entries as written, for the lexicon's own tests.
    let words: [String]
    let entries: [Entry]
    /// The first byte of each entry, and its first two bytes (0 for the second of a one-byte entry), so that most
    /// words of the text are refused without being read.
    private let initials: [Bool]
    private let prefixes: [UInt16]

    init(_ words: [String]) {
        self.words = words
        let entries = words.map { word in
            var bytes = Array(word.utf8)
            let capitalOnly = bytes.first == UInt8(ascii: "^")
            if capitalOnly { bytes.removeFirst() }
            let abbreviation = bytes.last == .dot
            if abbreviation { bytes.removeLast() }
            return Entry(bytes: bytes, abbreviation: abbreviation, capitalOnly: capitalOnly)
        }
        self.entries = entries
        var initials = [Bool](repeating: false, count: 256)
        var prefixes: [UInt16] = []
        for entry in entries where !entry.bytes.isEmpty {
            initials[Int(entry.bytes[0])] = true
            let prefix = UInt16(entry.bytes[0]) << 8 | UInt16(entry.bytes.count > 1 ? entry.bytes[1] : 0)
            if !prefixes.contains(prefix) { prefixes.append(prefix) }
        }
        self.initials = initials
        self.prefixes = prefixes
    }

    /// Whether a word starting at `i` may be on the list, from its first two bytes.
    @inline(__always)
    func mayStart(_ b: UnsafeBufferPointer<UInt8>, at i: Int, limit: Int) -> Bool {
        let first = asciiLower(b[i])
        guard initials[Int(first)] else { return false }
        let prefix = UInt16(first) << 8
        let pair = prefix | (i + 1 < limit ? UInt16(asciiLower(b[i + 1])) : 0)
        for candidate in prefixes where candidate == pair || candidate == prefix { return true }
        return false
    }

    /// Whether the token is on the list; with `dot`, only abbreviations match.
    func matches(_ text: TextCursor, _ t: WordToken, dot: Bool = false, capitalized: Bool = true) -> Bool {
        let length = t.end - t.start
        search: for entry in entries where entry.bytes.count == length {
            if (dot && !entry.abbreviation) || (entry.capitalOnly && !capitalized) { continue }
            for j in 0..<length where asciiLower(text.b[t.start + j]) != entry.bytes[j] { continue search }
            return true
        }
        return false
    }
}
