import Foundation

/// Makes text unable to open, close or imitate the fences of our prompts.
///
/// A prompt fences customer text in `<ticket>` and our own data in `<order>`, `<policies>` and
/// `<triage>` (more tomorrow), and cites our data line by line as `[order:…]` and `[policy:…]`;
/// the ticket's lines start with `[customer]` or `[agent]`. Customer text that writes any of
/// these — exactly or almost (`</ticket >`, `＜/ticket＞`, `&lt;/ticket&gt;`, an invisible
/// character inside) — could end the ticket early or plant an "order record" after it. So instead
/// of stripping a fixed list of markers, customer text is first folded to plain characters and
/// then every tag-like or marker-like sequence is rewritten into a look-alike that is ours in no
/// prompt: `<`…`>` of a tag become `‹`…`›`, `[order:` becomes `(order:`, `[agent]` becomes
/// `(agent)`. Ordinary text stays readable: "3 < 5", "<3", "a -> b", prices, e-mail placeholders.
public enum FenceNeutralizer {
    /// What a tag's `<` and `>` become.
    public static let openTag: Character = "‹"
    public static let closeTag: Character = "›"

    /// Everything for customer text: ``fold(_:)`` then ``neutralize(_:)``.
    public static func customerText(_ text: String) -> String {
        neutralize(fold(text))
    }

    /// Compatibility forms to plain ones (NFKC: fullwidth `＜／［：` and small forms become ASCII),
    /// invisible format characters removed (zero-width spaces, bidi controls, tag characters that
    /// smuggle hidden text; the zero-width joiner stays, emoji need it), angle-bracket look-alikes
    /// that NFKC keeps (`〈⟨❮˂ᐸ`…) and the HTML entities `&lt;` / `&gt;` as `<` / `>`. Run before
    /// redaction too, so fullwidth digits of a phone number are redacted like ASCII ones.
    public static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .format && scalar != "\u{200D}" { continue }
            if let plain = lookalikes[scalar] {
                scalars.append(plain)
            } else {
                scalars.append(scalar)
            }
        }
        var folded = String(scalars)
        if folded.contains("&") {
            for (entity, plain) in entities where folded.range(of: entity, options: .caseInsensitive) != nil {
                folded = folded.replacingOccurrences(of: entity, with: plain, options: .caseInsensitive)
            }
        }
        return folded
    }

    /// Tags and markers of folded text rewritten (``neutralizeTags(_:)`` and
    /// ``neutralizeMarkers(_:)``).
    public static func neutralize(_ folded: String) -> String {
        neutralizeTags(neutralizeMarkers(folded))
    }

    /// Every `<` that could open a tag — followed, after any spacing, by a letter, `/`, `!`, `?` or
    /// nothing — becomes `‹`, and the next `>` after it `›`. Any name counts, not only today's
    /// fences. A `<` before a digit, a space and a digit, `=` or `-` is a comparison or an arrow and
    /// stays, and so does a `>` that closes no tag ("5 > 3", quoted e-mail lines).
    public static func neutralizeTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var open = false
        for (index, character) in characters.enumerated() {
            if character == "<" && opensTag(characters, after: index) {
                out.append(openTag)
                open = true
            } else if character == ">" && open {
                out.append(closeTag)
                open = false
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// `[name:` (a citation like `[order:1043.status]`, any name, any spacing) becomes `(name:`,
    /// and the thread's author markers `[customer]` / `[agent]` (and chat role names) become
    /// `(customer)`. Other brackets stay: the redactor's `[email]`, "[sic]", "[1]".
    public static func neutralizeMarkers(_ text: String) -> String {
        guard text.contains("[") else { return text }
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "[", let marker = marker(characters, at: index) else {
                out.append(character)
                index += 1
                continue
            }
            out.append("(")
            out.append(contentsOf: marker.text)
            out.append(marker.closed ? ")" : ":")
            index = marker.end
        }
        return out
    }

    /// Thread markers a customer could imitate to pass their text off as someone else's turn.
    static let authorMarkers: Set<String> = ["customer", "agent", "system", "assistant", "user", "developer"]

    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{3008}": "<", "\u{3009}": ">", "\u{27E8}": "<", "\u{27E9}": ">", "\u{276C}": "<", "\u{276D}": ">",
        "\u{276E}": "<", "\u{276F}": ">", "\u{02C2}": "<", "\u{02C3}": ">", "\u{1438}": "<", "\u{1433}": ">",
        "\u{2329}": "<", "\u{232A}": ">",
    ]

    static let entities = [
        ("&lt;", "<"), ("&gt;", ">"), ("&#60;", "<"), ("&#62;", ">"), ("&#060;", "<"), ("&#062;", ">"),
        ("&#x3c;", "<"), ("&#x3e;", ">"), ("&#91;", "["), ("&#93;", "]"), ("&lsqb;", "["), ("&rsqb;", "]"),
    ]

    static func isSpacing(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{200D}"
    }

    static func opensTag(_ characters: [Character], after index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, isSpacing(characters[next]) { next += 1 }
        guard next < characters.count else { return true }
        let character = characters[next]
        return character.isLetter || character == "/" || character == "!" || character == "?"
    }

    /// The marker opening at `index` (`[` already seen): its name, whether `]` closed it (an
    /// author marker) rather than `:`, and the index after it.
    static func marker(_ characters: [Character], at index: Int) -> (text: String, closed: Bool, end: Int)? {
        var next = index + 1
        while next < characters.count, isSpacing(characters[next]) { next += 1 }
        var name = ""
        while next < characters.count, characters[next].isLetter || characters[next] == "_" || characters[next] == "-" {
            name.append(characters[next])
            next += 1
        }
        guard !name.isEmpty, name.count <= 40 else { return nil }
        while next < characters.count, isSpacing(characters[next]) { next += 1 }
        guard next < characters.count else { return nil }
        if characters[next] == ":" { return (name, false, next + 1) }
        if characters[next] == "]", authorMarkers.contains(name.lowercased()) { return (name, true, next + 1) }
        return nil
    }
}
