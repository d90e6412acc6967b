/// Fitting text into columns by display width: truncation with an ellipsis, padding, word wrap.
/// All functions first make the text safe to draw (see `sanitize`).
public enum TextLayout {
    /// Removes what must never reach the terminal from customer-supplied text: control characters
    /// (an ESC could start an escape sequence that rewrites the screen) and bidi overrides (which can
    /// make text read differently from what it is). Tabs become a space so columns stay predictable.
    /// Newlines are kept; `wrap` splits on them and `singleLine` folds them.
    public static func sanitize(_ text: String) -> String {
        // Fast path: most text has nothing to remove, and this runs for every visible cell.
        if !text.unicodeScalars.contains(where: needsCleaning) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else if scalar == "\n" || !needsCleaning(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return DisplayWidth.isControl(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The text on one line: newlines (including CR LF) become spaces.
    public static func singleLine(_ text: String) -> String {
        let clean = sanitize(text)
        guard clean.contains(where: \.isNewline) else { return clean }
        return String(clean.map { $0.isNewline ? " " : $0 })
    }

    /// At most `width` columns of `text`, ending in `…` when something was cut. A wide character that
    /// would straddle the limit is dropped rather than split.
    public static func truncate(_ text: String, width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        let text = singleLine(text)
        if text.displayWidth <= width { return text }
        var result = ""
        var used = 0
        let room = width - DisplayWidth.of(ellipsis)
        for character in text {
            let w = DisplayWidth.of(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        result.append(ellipsis)
        return result
    }

    /// `text` truncated and padded with spaces to exactly `width` columns; `alignRight` pads on the left.
    public static func fit(_ text: String, width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, width: width)
        let padding = String(repeating: " ", count: max(0, width - cut.displayWidth))
        return alignRight ? padding + cut : cut + padding
    }

    /// `text` word-wrapped to `width` columns. Newlines start new lines (empty lines are kept);
    /// words wider than a line are broken by characters.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in sanitize(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = word.displayWidth
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    (line, lineWidth) = ("", 0)
                }
                if wordWidth <= width {
                    (line, lineWidth) = (String(word), wordWidth)
                    continue
                }
                for character in word {
                    let w = DisplayWidth.of(character)
                    if lineWidth + w > width && lineWidth > 0 {
                        lines.append(line)
                        (line, lineWidth) = ("", 0)
                    }
                    line.append(character)
                    lineWidth += w
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Splits `characters` into consecutive chunks of at most `width` columns (character wrap, as
    /// the inline editor shows long lines). An empty input gives one empty chunk.
    static func chunks(_ characters: [Character], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [0..<characters.count] }
        var result: [Range<Int>] = []
        var start = 0
        var used = 0
        for (index, character) in characters.enumerated() {
            let w = DisplayWidth.of(character)
            if used + w > width && index > start {
                result.append(start..<index)
                (start, used) = (index, 0)
            }
            used += w
        }
        result.append(start..<characters.count)
        return result
    }
}
