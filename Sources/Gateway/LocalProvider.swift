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
            content = LocalDraft.acknowledgement(subject: input.subject, language: language)
        }
        let promptTokens = TokenEstimate.prompt([input.subject] + input.messages.map(\.body))
        return .success(
            ChatReply(
                content: content, model: "local", promptTokens: promptTokens,
                completionTokens: TokenEstimate.tokens(content)))
    }
}

/// Templated replies of the local provider, per language.
enum LocalDraft {
    static func acknowledgement(subject: String, language: String) -> String {
        let quoted = subject.isEmpty ? "" : " (\"\(subject.prefix(80))\")"
        switch language {
        case "es":
            return
                "Hola:\n\nGracias por escribirnos\(quoted). Estamos revisando tu caso y te responderemos en breve.\n\nEl equipo de soporte"
        case "de":
            return
                "Hallo,\n\nvielen Dank für Ihre Nachricht\(quoted). Wir prüfen Ihr Anliegen und melden uns in Kürze.\n\nIhr Support-Team"
        case "fr":
            return
                "Bonjour,\n\nmerci pour votre message\(quoted). Nous examinons votre demande et revenons vers vous très vite.\n\nL'équipe support"
        case "it":
            return
                "Buongiorno,\n\ngrazie per il suo messaggio\(quoted). Stiamo verificando la sua richiesta e le risponderemo a breve.\n\nIl team di assistenza"
        default:
            return
                "Hello,\n\nthank you for your message\(quoted). We are looking into it and will get back to you shortly.\n\nThe support team"
        }
    }
}
