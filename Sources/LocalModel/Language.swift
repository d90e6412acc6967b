/// The languages the local rules know. The raw value is the ISO 639-1 code reported in `TriageResult.language`.
///
/// `any` marks lexicon terms that mean the same thing in every language (brand names, "paypal", "2fa"), so they
/// are never discounted for a language mismatch.
enum Language: Int, Sendable, CaseIterable {
    case en, es, de, fr, it, pt, nl
    case any

    /// The languages the detector chooses between, in tie-break order (English first: it is the safe default).
    static let detectable: [Language] = [.en, .es, .de, .fr, .it, .pt, .nl]

    var code: String {
        switch self {
        case .en, .any: "en"
        case .es: "es"
        case .de: "de"
        case .fr: "fr"
        case .it: "it"
        case .pt: "pt"
        case .nl: "nl"
        }
    }
}

/// One score per detectable language, laid out in `Language.detectable` order. SIMD keeps the per-token
/// accumulation branch-free, which matters because the detector adds one of these per word.
typealias LanguageVector = SIMD8<Float>

extension LanguageVector {
    /// A vector with `weight` in the slot of each listed language.
    static func weights(_ pairs: [(Language, Float)]) -> LanguageVector {
        var vector = LanguageVector(repeating: 0)
        for (language, weight) in pairs where language != .any {
            vector[language.rawValue] += weight
        }
        return vector
    }

    /// The best-scoring language and its score; ties go to the earlier language (English first).
    var best: (language: Language, score: Float) {
        var bestIndex = 0
        for index in 1..<Language.detectable.count where self[index] > self[bestIndex] {
            bestIndex = index
        }
        return (Language.detectable[bestIndex], self[bestIndex])
    }
}
