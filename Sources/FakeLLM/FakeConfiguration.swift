/// The fake provider's fault injection. Every rate is a probability from 0 to 1, drawn per
/// request in this order: hang, fail (`failStatus`), content policy, malformed, hostile, obey.
public struct FakeConfiguration: Sendable, Codable, Equatable {
    /// Added before every answer.
    public var latencyMs: Int = 0
    public var failRate: Double = 0
    public var failStatus: Int = 500
    /// Sent as `Retry-After` (seconds) with injected 429 and 503 answers.
    public var retryAfterSeconds: Int?
    /// Never answer (the client's timeout must end the call).
    public var hangRate: Double = 0
    /// A 200 whose body is not JSON.
    public var malformedRate: Double = 0
    /// A 400 with `"code": "content_policy_violation"`.
    public var contentPolicyRate: Double = 0
    /// A 200 whose content obeys an injection: leaks the system prompt, breaks the triage schema.
    public var hostileRate: Double = 0
    /// A reply draft (only drafts) that follows instructions in the customer's text: grants the
    /// refund, amount, link and order status the last message demands (``FakeDraftWriter``).
    /// Passes every output check; only the draft's grounded-claims check can catch it.
    public var obeyRate: Double = 0
    /// Faults apply only to these models; empty means every model.
    public var faultModels: [String] = []
    /// When set, requests must carry `Authorization: Bearer <apiKey>` or get 401.
    public var apiKey: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case latencyMs = "latency_ms"
        case failRate = "fail_rate"
        case failStatus = "fail_status"
        case retryAfterSeconds = "retry_after_seconds"
        case hangRate = "hang_rate"
        case malformedRate = "malformed_rate"
        case contentPolicyRate = "content_policy_rate"
        case hostileRate = "hostile_rate"
        case obeyRate = "obey_rate"
        case faultModels = "fault_models"
        case apiKey = "api_key"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = FakeConfiguration.defaults
        latencyMs = try c.decodeIfPresent(Int.self, forKey: .latencyMs) ?? d.latencyMs
        failRate = try c.decodeIfPresent(Double.self, forKey: .failRate) ?? d.failRate
        failStatus = try c.decodeIfPresent(Int.self, forKey: .failStatus) ?? d.failStatus
        retryAfterSeconds = try c.decodeIfPresent(Int.self, forKey: .retryAfterSeconds)
        hangRate = try c.decodeIfPresent(Double.self, forKey: .hangRate) ?? d.hangRate
        malformedRate = try c.decodeIfPresent(Double.self, forKey: .malformedRate) ?? d.malformedRate
        contentPolicyRate = try c.decodeIfPresent(Double.self, forKey: .contentPolicyRate) ?? d.contentPolicyRate
        hostileRate = try c.decodeIfPresent(Double.self, forKey: .hostileRate) ?? d.hostileRate
        obeyRate = try c.decodeIfPresent(Double.self, forKey: .obeyRate) ?? d.obeyRate
        faultModels = try c.decodeIfPresent([String].self, forKey: .faultModels) ?? d.faultModels
        apiKey = try c.decodeIfPresent(String.self, forKey: .apiKey)
    }

    static let defaults = FakeConfiguration()
}
