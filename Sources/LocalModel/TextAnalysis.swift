/// One text's tokens and lexicon hits, computed once and shared by every rule that reads the text.
struct TextAnalysis: Sendable {
    let text: TokenizedText
    let hits: [Hit]

    init(_ string: String) {
        text = TokenizedText(string)
        var hits: [Hit] = []
        hits.reserveCapacity(text.tokens.count / 3)
        Lexicon.shared.match(text, into: &hits)
        self.hits = hits
    }

    /// Total and strongest weight of non-negated hits of `feature`, skipping sentences in `excluded` and terms
    /// of other languages than `language` (see `Hit.applies(to:)`).
    func evidence(
        _ feature: Feature, excluding excluded: Set<Int32> = [], language: Language = .any
    ) -> (total: Float, strongest: Float) {
        var sum: Float = 0
        var strongest: Float = 0
        for hit in hits where hit.feature == feature && !hit.negated && !excluded.contains(hit.sentence) {
            guard hit.applies(to: language) else { continue }
            sum += hit.weight
            strongest = max(strongest, hit.weight)
        }
        return (sum, strongest)
    }

    /// Total weight of non-negated hits of `feature` (see `evidence`).
    func total(_ feature: Feature, excluding excluded: Set<Int32> = [], language: Language = .any) -> Float {
        evidence(feature, excluding: excluded, language: language).total
    }

    /// Prompt-injection weight of the whole text and of each sentence.
    func injection() -> (total: Float, bySentence: [Int32: Float]) {
        var total: Float = 0
        var bySentence: [Int32: Float] = [:]
        for hit in hits where hit.feature == .injection {
            total += hit.weight
            bySentence[hit.sentence, default: 0] += hit.weight
        }
        return (total, bySentence)
    }

    /// Injection scores at or above this mean the text is trying to instruct the model. Single words such as
    /// "prompt" or "system" score far less, so ordinary tickets ("thanks for the prompt reply") stay clean.
    static let injectionThreshold: Float = 3

    /// Sentences to ignore: those carrying injection phrasing, when the text as a whole is an injection attempt
    /// (`force` applies the sentence rule when another message of the same ticket already was one).
    func injectedSentences(force: Bool = false) -> Set<Int32> {
        let (total, bySentence) = injection()
        guard force || total >= TextAnalysis.injectionThreshold else { return [] }
        return Set(bySentence.filter { $0.value >= 1 }.keys)
    }
}
