/// One word of a compiled pattern.
struct TokenPattern: Sendable {
    enum Kind: Sendable { case exact, prefix, wildcard }
    let kind: Kind
    /// `FNV.hash` of the word, or of the stem for `.prefix`.
    let hash: UInt64
    /// Stem length in bytes for `.prefix`.
    let length: Int
}

/// A compiled lexicon pattern.
struct LexiconEntry: Sendable {
    let tokens: [TokenPattern]
    let feature: Feature
    let weight: Float
    let language: Language
    let negatable: Bool
}

/// A pattern found in a text.
struct Hit: Sendable {
    let feature: Feature
    let weight: Float
    /// Index of the first matched token.
    let token: Int32
    let sentence: Int32
    /// Language of the matching term, so terms from another language than the ticket's can be discounted.
    let language: Language
    /// A negator ("not", "kein", "pas"…) precedes the term in the same clause, and the term is negatable.
    let negated: Bool
    /// Matched through the one-typo index.
    let fuzzy: Bool

    /// Whether the term counts as a signal in a text of `language`. Signal words are short and collide across
    /// languages (French "refuse" in an English "I'll refuse it"), so only the text's own language counts, plus
    /// English, which customers borrow everywhere ("chargeback", "super"). `.any` on either side means no filter.
    func applies(to language: Language) -> Bool {
        language == .any || self.language == .any || self.language == .en || self.language == language
    }
}

/// Every keyword list of the local provider, compiled once into hash indexes.
///
/// A text is matched in one left-to-right pass: at each word we look up entries whose first word is exactly
/// this word, entries whose first word is a stem of it (one lookup per stem length in use), and, for long words
/// that matched nothing, entries one typo away. Multi-word patterns are then verified in place.
struct Lexicon: Sendable {
    let entries: [LexiconEntry]
    private let exactIndex: HashIndex
    private let prefixIndex: HashIndex
    /// Bit n is set when some stem has n bytes, so stems of unused lengths cost nothing.
    private let prefixLengths: UInt64
    private let fuzzyIndex: HashIndex
    /// The folded word of each fuzzy entry, to confirm a candidate really is one edit away: deletion keys alone
    /// also pair words two edits apart ("chance" and "cancel" both lose a letter to "cance").
    private let fuzzyWords: [[UInt8]]
    private let negators: HashIndex
    /// Words of will ("want", "quiero", "möchte"…) that turn a nearby negation into a withdrawn request.
    private let volition: HashIndex
    /// Function and everyday words of every supported language: never fuzzy-matched, because short frequent
    /// words are exactly where one-typo matching misfires.
    private let commonWords: HashIndex

    /// The lexicon used by triage and the summarizer, built on first use.
    static let shared = Lexicon(
        groups: CategoryLexicon.groups + SignalLexicon.groups + SituationLexicon.groups,
        negators: SignalLexicon.negators,
        volition: SignalLexicon.volition, commonWords: LanguageProfile.allWords)

    init(groups: [TermGroup], negators: [String], volition: [String], commonWords: [String]) {
        var entries: [LexiconEntry] = []
        var exact: [(key: UInt64, value: Int32)] = []
        var prefix: [(key: UInt64, value: Int32)] = []
        var fuzzy: [(key: UInt64, value: Int32)] = []
        var fuzzyWords: [[UInt8]] = []
        var lengths: UInt64 = 0
        // A pattern listed for several languages ("super", "compatible") is one entry valid in all of them;
        // otherwise only the first language's hit would survive at that word.
        var seen: [PatternKey: Int] = [:]
        for group in groups {
            for raw in group.patterns {
                guard let compiled = Lexicon.compile(raw) else { continue }
                let key = PatternKey(
                    feature: group.feature, weight: group.weight, negatable: compiled.negatable,
                    tokens: compiled.tokens.map { $0.hash &+ UInt64($0.length) &+ ($0.kind == .prefix ? 1 : 0) })
                if let existing = seen[key] {
                    let entry = entries[existing]
                    if entry.language != group.language {
                        entries[existing] = LexiconEntry(
                            tokens: entry.tokens, feature: entry.feature, weight: entry.weight, language: .any,
                            negatable: entry.negatable)
                    }
                    continue
                }
                seen[key] = entries.count
                let id = Int32(entries.count)
                fuzzyWords.append([])
                entries.append(
                    LexiconEntry(
                        tokens: compiled.tokens, feature: group.feature, weight: group.weight,
                        language: group.language, negatable: compiled.negatable))
                let first = compiled.tokens[0]
                switch first.kind {
                case .exact: exact.append((first.hash, id))
                case .prefix:
                    prefix.append((first.hash, id))
                    if first.length < 64 { lengths |= 1 << UInt64(first.length) }
                case .wildcard: break
                }
                if compiled.fuzzy, compiled.tokens.count == 1, compiled.firstWord.count >= 5 {
                    for key in Lexicon.typoKeys(compiled.firstWord) { fuzzy.append((key, id)) }
                    fuzzyWords[Int(id)] = compiled.firstWord
                }
            }
        }
        self.entries = entries
        self.exactIndex = HashIndex(exact)
        self.prefixIndex = HashIndex(prefix)
        self.prefixLengths = lengths
        self.fuzzyIndex = HashIndex(fuzzy)
        self.fuzzyWords = fuzzyWords
        self.negators = HashIndex(negators.map { (FNV.hash($0), 0) })
        self.volition = HashIndex(volition.compactMap { word in TokenizedText(word).tokens.first.map { ($0.hash, 0) } })
        self.commonWords = HashIndex(
            commonWords.compactMap { word in TokenizedText(word).tokens.first.map { ($0.hash, 0) } })
    }

    private struct PatternKey: Hashable {
        let feature: Feature
        let weight: Float
        let negatable: Bool
        let tokens: [UInt64]
    }

    private struct Compiled {
        var tokens: [TokenPattern]
        var negatable: Bool
        var fuzzy: Bool
        var firstWord: [UInt8]
    }

    /// Parses the pattern syntax documented on `TermGroup`, folding words exactly as texts are folded.
    private static func compile(_ raw: String) -> Compiled? {
        var text = Substring(raw)
        let negatable = text.hasPrefix("!")
        if negatable { text = text.dropFirst() }
        let fuzzy = text.hasSuffix("~")
        if fuzzy { text = text.dropLast() }
        var tokens: [TokenPattern] = []
        var firstWord: [UInt8] = []
        for part in text.split(separator: " ") {
            if part == "_" {
                tokens.append(TokenPattern(kind: .wildcard, hash: 0, length: 0))
                continue
            }
            let isPrefix = part.hasSuffix("*")
            let folded = TokenizedText(String(isPrefix ? part.dropLast() : part))
            for index in folded.tokens.indices {
                let token = folded.tokens[index]
                let bytes = Array(folded.bytes[Int(token.start)..<Int(token.end)])
                if tokens.isEmpty { firstWord = bytes }
                let last = index == folded.tokens.count - 1
                tokens.append(
                    TokenPattern(kind: isPrefix && last ? .prefix : .exact, hash: token.hash, length: bytes.count))
            }
        }
        guard let first = tokens.first, first.kind != .wildcard else { return nil }
        return Compiled(tokens: tokens, negatable: negatable, fuzzy: fuzzy, firstWord: firstWord)
    }

    /// The word itself plus every single-character deletion of it. Two words are within one edit (or one swap)
    /// of each other when their key sets intersect: the symmetric-delete trick, which needs no edit-distance loop.
    static func typoKeys(_ word: [UInt8]) -> [UInt64] {
        var keys = [FNV.hash(word)]
        for skip in word.indices {
            var hash = FNV.offset
            for index in word.indices where index != skip { hash = FNV.step(hash, word[index]) }
            keys.append(FNV.finish(hash))
        }
        return keys
    }

    /// True when `a` becomes `b` with one insertion, deletion, substitution or swap of adjacent letters.
    static func oneEditApart(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count {
            var differences: [Int] = []
            for index in a.indices where a[index] != b[index] {
                differences.append(index)
                if differences.count > 2 { return false }
            }
            if differences.count <= 1 { return true }
            let (first, second) = (differences[0], differences[1])
            return second == first + 1 && a[first] == b[second] && a[second] == b[first]
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var skipped = false
        var i = 0
        var j = 0
        while i < short.count && j < long.count {
            if short[i] == long[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                j += 1
            }
        }
        return true
    }

    /// Appends every pattern occurrence in `text` to `hits`. At most one hit per feature per starting word
    /// (the heaviest), so "order status" and "status" starting at the same word do not double count.
    func match(_ text: TokenizedText, into hits: inout [Hit]) {
        let tokens = text.tokens
        var local: [(entry: Int32, fuzzy: Bool)] = []
        local.reserveCapacity(8)
        text.bytes.withUnsafeBufferPointer { bytes in
            for index in tokens.indices {
                let token = tokens[index]
                if token.isNumeric { continue }
                local.removeAll(keepingCapacity: true)
                var candidates = false
                for slot in exactIndex.lookup(token.hash) {
                    candidates = true
                    let id = exactIndex.posting(slot)
                    if verify(entries[Int(id)], at: index, tokens: tokens, bytes: bytes) { local.append((id, false)) }
                }
                var hash = FNV.offset
                let start = Int(token.start)
                let length = min(token.length, 63)
                for offset in 0..<length {
                    hash = FNV.step(hash, bytes[start + offset])
                    guard prefixLengths & (1 << UInt64(offset + 1)) != 0 else { continue }
                    for slot in prefixIndex.lookup(FNV.finish(hash)) {
                        candidates = true
                        let id = prefixIndex.posting(slot)
                        if verify(entries[Int(id)], at: index, tokens: tokens, bytes: bytes) {
                            local.append((id, false))
                        }
                    }
                }
                if !candidates, token.length >= 5, token.length <= 24, !commonWords.contains(token.hash) {
                    let word = Array(bytes[start..<Int(token.end)])
                    for key in Lexicon.typoKeys(word) {
                        for slot in fuzzyIndex.lookup(key) {
                            let id = fuzzyIndex.posting(slot)
                            guard Lexicon.oneEditApart(word, fuzzyWords[Int(id)]) else { continue }
                            if !local.contains(where: { $0.entry == id }) { local.append((id, true)) }
                        }
                    }
                }
                guard !local.isEmpty else { continue }
                emit(local, at: index, tokens: tokens, into: &hits)
            }
        }
    }

    private func emit(_ local: [(entry: Int32, fuzzy: Bool)], at index: Int, tokens: [Token], into hits: inout [Hit]) {
        let firstHit = hits.count
        var lengths: [Int] = []
        var negationChecked = false
        var negated = false
        for (id, fuzzy) in local {
            let entry = entries[Int(id)]
            if entry.negatable && !negationChecked {
                negated = isNegated(index, tokens: tokens, intent: entry.feature.category != nil)
                negationChecked = true
            }
            let weight = fuzzy ? entry.weight * 0.8 : entry.weight
            let hit = Hit(
                feature: entry.feature, weight: weight, token: Int32(index), sentence: tokens[index].sentence,
                language: entry.language, negated: entry.negatable && negated, fuzzy: fuzzy)
            // Same feature at the same word: the longer pattern wins, so "happy to" (polite filler, weight 0)
            // overrides "happy", and "falsche Größe" overrides "falsch"; equal lengths keep the heavier weight.
            if let existing = hits[firstHit...].firstIndex(where: { $0.feature == entry.feature }) {
                let previous = lengths[existing - firstHit]
                if entry.tokens.count > previous || (entry.tokens.count == previous && hits[existing].weight < weight) {
                    hits[existing] = hit
                    lengths[existing - firstHit] = entry.tokens.count
                }
            } else {
                hits.append(hit)
                lengths.append(entry.tokens.count)
            }
        }
    }

    @inline(__always)
    private func verify(
        _ entry: LexiconEntry, at index: Int, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let patterns = entry.tokens
        if patterns.count == 1 { return true }
        guard index + patterns.count <= tokens.count else { return false }
        for offset in 1..<patterns.count {
            let pattern = patterns[offset]
            let token = tokens[index + offset]
            switch pattern.kind {
            case .wildcard:
                continue
            case .exact:
                if token.hash != pattern.hash { return false }
            case .prefix:
                guard token.length >= pattern.length else { return false }
                var hash = FNV.offset
                let start = Int(token.start)
                for position in start..<(start + pattern.length) { hash = FNV.step(hash, bytes[position]) }
                if FNV.finish(hash) != pattern.hash { return false }
            }
        }
        return true
    }

    /// Whether the word at `index` is negated. Tone words ("not happy") only need a negator among the three
    /// previous words of the clause. Category intents also need a word of will within four words ("don't want
    /// to cancel", "no need to return", "je ne veux pas annuler"), because a plain negation there usually
    /// reports a problem instead of withdrawing the request ("I haven't received my refund").
    private func isNegated(_ index: Int, tokens: [Token], intent: Bool) -> Bool {
        let clause = tokens[index].clause
        let window = intent ? 4 : 3
        var negated = false
        var willing = false
        var position = index - 1
        while position >= 0 && index - position <= window {
            let token = tokens[position]
            if token.clause != clause { break }
            if negators.contains(token.hash) { negated = true }
            if volition.contains(token.hash) { willing = true }
            position -= 1
        }
        return negated && (willing || !intent)
    }
}
