import Domain

/// One call as a provider sees it: the wire request, plus the structured input for providers that
/// do not read prompts (the local rules).
public struct ProviderCall: Sendable {
    public var task: ModelTask
    public var request: ChatRequest
    /// `request` encoded (sorted keys), when the gateway already encoded it for the cache key:
    /// providers send these bytes instead of encoding again.
    public var body: [UInt8]?
    public var input: PromptInput
    /// Deadline for this one exchange.
    public var timeout: Duration

    public init(task: ModelTask, request: ChatRequest, body: [UInt8]? = nil, input: PromptInput, timeout: Duration) {
        self.task = task
        self.request = request
        self.body = body
        self.input = input
        self.timeout = timeout
    }
}

/// Something that answers chat requests: OpenAI-compatible HTTP, or the built-in local rules.
/// Providers never retry; the gateway's one retry loop does.
public protocol ModelProvider: Sendable {
    /// `openai` or `local`, for logs and docs.
    var name: String { get }
    /// Whether calls cost money and can fail: remote providers go through budgets, the cache, the
    /// rate limiter and the breaker; the local one does not need them.
    var isRemote: Bool { get }
    func complete(_ call: ProviderCall) async -> Result<ChatReply, ProviderFailure>
}
