import Domain
import Foundation
import LocalModel

/// The built-in offline provider: rules-based triage, extractive summaries and templated drafts.
/// The default when no `OPENAI_API_KEY` is set, so a fresh machine runs the whole pipeline with
/// no account. Its triage quality is measured on the golden set (docs/quality.md).
public struct LocalProvider: ModelProvider {
    public var name: String { "local" }
    public var isRemote: Bool { false }

    let triage = LocalTriage()
    let summarizer = ExtractiveSummarizer()
    let languages = LanguageDetector()

    public init() {}

    static let encoder = JSONEncoder()

    public func complete(_ call: ProviderCall) async -> Result<ChatReply, ProviderFailure> {
        let input = call.input
        let customer = input.messages.filter { $0.author != "agent" }.map(\.body)
        let content: String
        switch call.task {
        case .triage:
            let result = triage.triage(subject: input.subject, messages: customer)
            guard let data = try? Self.encoder.encode(result) else {
                return .failure(ProviderFailure(.malformed, message: "the local triage could not be encoded"))
            }
            content = String(decoding: data, as: UTF8.self)
        case .summarize:
            content = summarizer.summarize(
                subject: input.subject, messages: input.messages.map { .init(author: $0.author, body: $0.body) })
        case .draft:
            let language = input.language ?? languages.detect(([input.subject] + customer).joined(separator: "\n"))
            content = ReplyTemplates.acknowledgement(subject: input.subject, language: language)
        }
        let promptTokens = TokenEstimate.prompt([input.subject] + input.messages.map(\.body))
        return .success(
            ChatReply(
                content: content, model: "local", promptTokens: promptTokens,
                completionTokens: TokenEstimate.tokens(content)))
    }
}
