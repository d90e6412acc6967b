import Foundation
import HTTPClient

/// Chat completions against any OpenAI-compatible endpoint (`LLM_BASE_URL`): OpenAI, Azure's
/// compatible route, vLLM, `supportbot fake-llm`. One HTTP exchange per call; failures are
/// classified (``ProviderFailure``) and never retried here.
public struct OpenAIProvider: ModelProvider {
    public var name: String { "openai" }
    public var isRemote: Bool { true }

    let client: HTTPClient
    let url: String
    let apiKey: String
    let connectTimeout: Duration
    let maxResponseBytes: Int

    /// - Parameters:
    ///   - baseURL: e.g. `https://api.openai.com/v1`; `/chat/completions` is appended.
    ///   - maxResponseBytes: larger answers fail as malformed instead of filling memory.
    public init(
        client: HTTPClient, baseURL: String, apiKey: String, connectTimeout: Duration = .seconds(5),
        maxResponseBytes: Int = 1 << 20
    ) {
        self.client = client
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.url = base + "/chat/completions"
        self.apiKey = apiKey
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public func complete(_ call: ProviderCall) async -> Result<ChatReply, ProviderFailure> {
        let body: [UInt8]
        do {
            body = try call.body ?? Array(Self.encoder.encode(call.request))
        } catch {
            return .failure(ProviderFailure(.badRequest, message: "the request could not be encoded"))
        }
        let request = HTTPRequest(
            method: "POST", url: url,
            headers: [
                HTTPHeader(name: "Authorization", value: "Bearer \(apiKey)"),
                HTTPHeader(name: "Content-Type", value: "application/json"),
                HTTPHeader(name: "Accept", value: "application/json"),
            ],
            body: body, timeout: call.timeout, connectTimeout: min(connectTimeout, call.timeout),
            maxResponseBytes: maxResponseBytes)
        let response: HTTPResponse
        do {
            response = try await client.execute(request)
        } catch {
            return .failure(Self.classify(error))
        }
        guard (200...299).contains(response.status) else {
            return .failure(
                ProviderFailure.classify(
                    status: response.status, headers: response.headers.map { ($0.name, $0.value) }, body: response.body)
            )
        }
        return Self.parse(response.body, requestedModel: call.request.model)
    }

    static func classify(_ error: HTTPClientError) -> ProviderFailure {
        switch error.kind {
        case .timeout: ProviderFailure(.timeout, message: "no answer within the deadline")
        case .connect, .transport: ProviderFailure(.connection, message: error.message)
        case .responseTooLarge: ProviderFailure(.malformed, message: "the answer exceeded the size cap")
        case .invalidRequest: ProviderFailure(.badRequest, message: error.message)
        // Provider calls use `.any`, so this never happens; a refused address would be the
        // configuration's fault, which neither a retry nor the breaker can mend.
        case .addressRefused: ProviderFailure(.badRequest, message: error.message)
        case .cancelled, .shutDown: ProviderFailure(.connection, message: error.message)
        }
    }

    struct Completion: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
                var refusal: String?
            }
            var message: Message
            var finish_reason: String?
        }
        struct Usage: Decodable {
            struct Details: Decodable {
                var cached_tokens: Int?
            }
            var prompt_tokens: Int
            var completion_tokens: Int
            var prompt_tokens_details: Details?
        }
        var model: String?
        var choices: [Choice]
        var usage: Usage?
    }

    /// Parses a 2xx body; a refusal or `content_filter` finish is a content-policy failure.
    static func parse(_ body: [UInt8], requestedModel: String) -> Result<ChatReply, ProviderFailure> {
        guard let completion = try? JSONDecoder().decode(Completion.self, from: Data(body)),
            let choice = completion.choices.first
        else {
            return .failure(ProviderFailure(.malformed, status: 200, message: "the body is not a chat completion"))
        }
        if choice.message.refusal != nil || choice.finish_reason == "content_filter" {
            return .failure(ProviderFailure(.contentPolicy, status: 200, message: "the model refused"))
        }
        guard let content = choice.message.content else {
            return .failure(ProviderFailure(.malformed, status: 200, message: "the completion has no content"))
        }
        return .success(
            ChatReply(
                content: content, model: completion.model ?? requestedModel,
                promptTokens: completion.usage?.prompt_tokens ?? 0,
                cachedPromptTokens: completion.usage?.prompt_tokens_details?.cached_tokens ?? 0,
                completionTokens: completion.usage?.completion_tokens ?? 0))
    }
}
