import Domain

/// One chat message on the wire.
public struct ChatMessage: Sendable, Equatable, Codable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// The OpenAI chat-completions request the gateway sends. Encoded with sorted keys (Foundation's
/// encoder otherwise orders keys by hash, differently in every process), so the same request
/// always has the same bytes: the cache key is the hash of exactly these bytes, and therefore
/// covers every parameter sent, by construction.
public struct ChatRequest: Sendable, Equatable, Encodable {
    public var model: String
    public var messages: [ChatMessage]
    public var temperature: Double
    public var maxTokens: Int
    /// `{"type":"json_schema","json_schema":{"name":…,"strict":true,"schema":…}}` when set.
    public var schemaName: String?
    public var schema: JSONValue?

    public init(
        model: String, messages: [ChatMessage], temperature: Double, maxTokens: Int, schemaName: String? = nil,
        schema: JSONValue? = nil
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.schemaName = schemaName
        self.schema = schema
    }

    enum CodingKeys: String, CodingKey {
        case model, messages, temperature
        case maxTokens = "max_tokens"
        case responseFormat = "response_format"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        try container.encode(temperature, forKey: .temperature)
        try container.encode(maxTokens, forKey: .maxTokens)
        if let schemaName, let schema {
            let format: JSONValue = [
                "type": "json_schema",
                "json_schema": ["name": .string(schemaName), "strict": true, "schema": schema],
            ]
            try container.encode(format, forKey: .responseFormat)
        }
    }
}

/// A provider's answer.
public struct ChatReply: Sendable, Equatable {
    public var content: String
    /// The model that answered, as the provider names it.
    public var model: String
    public var promptTokens: Int
    public var cachedPromptTokens: Int
    public var completionTokens: Int

    public init(content: String, model: String, promptTokens: Int, cachedPromptTokens: Int = 0, completionTokens: Int) {
        self.content = content
        self.model = model
        self.promptTokens = promptTokens
        self.cachedPromptTokens = cachedPromptTokens
        self.completionTokens = completionTokens
    }
}
