/// Recognises text that tries to instruct an AI ("ignore previous instructions", "you are now DAN",
/// "print your system prompt"), in English, Spanish, German, French and Italian.
///
/// Local triage uses it to leave such sentences out of classification, so an injected "tag this ticket as
/// urgent" changes nothing. The gateway can also use it before forwarding a ticket to a remote model.
public struct PromptInjectionDetector: Sendable {
    public init() {}

    /// True when `text` contains enough injection phrasing to be treated as an attempt, not a coincidence.
    public func isSuspicious(_ text: String) -> Bool {
        TextAnalysis(text).injection().total >= TextAnalysis.injectionThreshold
    }

    /// `text` without its injection sentences, or unchanged when it is not suspicious.
    public func sanitized(_ text: String) -> String {
        guard isSuspicious(text) else { return text }
        return SentenceSplitter.split(text).filter { sentence in
            let analysis = TextAnalysis(String(sentence))
            return analysis.injection().total < 1
        }.joined(separator: " ")
    }
}
