/// Guesses the language of a support message, offline and in microseconds.
///
/// Scoring adds up three kinds of evidence per language: characters only some languages use (ñ, ß, ã, ì),
/// function and support words ("the", "und", "pedido"), and word endings ("-ung", "-zione"); very short texts
/// also get letter trigrams. Three words are usually enough. When nothing points anywhere the answer is English,
/// the helpdesk's default.
public struct LanguageDetector: Sendable {
    public init() {}

    /// ISO 639-1 code of `text`: one of en, es, de, fr, it, pt, nl; "en" when the text is empty or gives no clue.
    public func detect(_ text: String) -> String {
        detect(TokenizedText(text)).code
    }

    /// The detected language of already tokenized text (triage tokenizes once and shares the result).
    func detect(_ text: TokenizedText) -> Language {
        LanguageDetector.decide(LanguageDetector.scores(text))
    }

    /// Picks the winner of a score vector, falling back to English when the evidence is too thin.
    static func decide(_ scores: LanguageVector) -> Language {
        let (language, score) = scores.best
        return score < 0.75 ? .en : language
    }

    /// Evidence for each language in `text`.
    static func scores(_ text: TokenizedText) -> LanguageVector {
        let model = Model.shared
        var scores = text.characterHints
        let short = text.tokens.count < 12
        text.bytes.withUnsafeBufferPointer { bytes in
            for token in text.tokens where !token.isNumeric {
                let range = model.words.lookup(token.hash)
                if !range.isEmpty { scores += model.vectors[Int(model.words.posting(range.lowerBound))] }
                let length = token.length
                guard length >= 4 else { continue }
                let start = Int(token.start)
                let end = Int(token.end)
                // Suffix hashes are taken over the last n bytes, seeded with "$" so they cannot collide with words.
                for size in 1...min(6, length - 2) {
                    var hash = FNV.step(FNV.offset, 0x24)
                    for index in (end - size)..<end { hash = FNV.step(hash, bytes[index]) }
                    let found = model.suffixes.lookup(FNV.finish(hash))
                    if !found.isEmpty { scores += model.vectors[Int(model.suffixes.posting(found.lowerBound))] }
                }
                if short {
                    for index in start..<(end - 2) {
                        let key = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
                        if let vector = model.trigrams[key] { scores += vector }
                    }
                }
            }
        }
        return scores
    }

    /// The profiles compiled into lookup tables once per process.
    private struct Model: Sendable {
        static let shared = Model()

        let words: HashIndex
        let suffixes: HashIndex
        let vectors: [LanguageVector]
        let trigrams: [UInt32: LanguageVector]

        init() {
            var vectors: [LanguageVector] = []
            var wordVectors: [UInt64: LanguageVector] = [:]
            for (language, list) in LanguageProfile.words {
                // A word listed by k languages gives each of them 1.5/k^1.5: "de" says little, "und" a lot, and a
                // known word outweighs the suffix and trigram hints of the same word.
                let unique = Set(list.compactMap { TokenizedText($0).tokens.first?.hash })
                for hash in unique { wordVectors[hash, default: .zero][language.rawValue] += 1 }
            }
            var wordPairs: [(key: UInt64, value: Int32)] = []
            for (hash, vector) in wordVectors {
                let sharing = vector.sum()
                wordPairs.append((hash, Int32(vectors.count)))
                vectors.append(vector * 1.5 / (sharing * sharing.squareRoot()))
            }
            var suffixVectors: [UInt64: LanguageVector] = [:]
            for (language, weight, list) in LanguageProfile.suffixes {
                for suffix in list {
                    let hash = FNV.hash([0x24] + Array(suffix.utf8))
                    suffixVectors[hash, default: .zero][language.rawValue] += weight
                }
            }
            var suffixPairs: [(key: UInt64, value: Int32)] = []
            for (hash, vector) in suffixVectors {
                suffixPairs.append((hash, Int32(vectors.count)))
                vectors.append(vector)
            }
            var trigrams: [UInt32: LanguageVector] = [:]
            for (language, weight, list) in LanguageProfile.trigrams {
                for trigram in list {
                    let bytes = Array(trigram.utf8)
                    guard bytes.count == 3 else { continue }
                    let key = UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
                    trigrams[key, default: .zero][language.rawValue] += weight
                }
            }
            self.words = HashIndex(wordPairs)
            self.suffixes = HashIndex(suffixPairs)
            self.vectors = vectors
            self.trigrams = trigrams
        }
    }
}
