import Domain
import Foundation
import HTTPClient

/// How the model gateway behaves; loaded from the environment once at start-up (README lists
/// every variable).
public struct GatewayConfiguration: Sendable {
    public enum Provider: Sendable, Equatable {
        /// The built-in rules: no key, no network, no cost.
        case local
        /// An OpenAI-compatible endpoint.
        case openai(baseURL: String, apiKey: String)
    }

    public struct RateLimit: Sendable, Equatable {
        public var requestsPerMinute: Double
        public var tokensPerMinute: Double

        public init(requestsPerMinute: Double, tokensPerMinute: Double) {
            self.requestsPerMinute = requestsPerMinute
            self.tokensPerMinute = tokensPerMinute
        }
    }

    public var provider: Provider
    /// Model names of the router's tiers.
    public var models: [ModelTier: String]
    /// Deadline of one provider exchange (`LLM_TIMEOUT_MS`).
    public var callTimeout: Duration
    public var connectTimeout: Duration
    /// Deadline of a whole gateway call, retries and waits included.
    public var totalDeadline: Duration
    /// Attempts per model, the first included.
    public var maxAttempts: Int
    public var backoff: RetryPolicy
    /// Retries allowed per successful call (the retry budget's ratio).
    public var retryRatio: Double
    public var breaker: BreakerPolicy
    public var rateLimits: [ModelTier: RateLimit]
    /// How long cached answers are served, per task; zero disables caching for the task.
    public var cacheTTL: [ModelTask: Duration]
    public var router: ModelRouter
    public var maxResponseBytes: Int
    public var prices: PriceTable

    public init(
        provider: Provider = .local, models: [ModelTier: String] = [.mini: "gpt-4o-mini", .full: "gpt-4o"],
        callTimeout: Duration = .seconds(30), connectTimeout: Duration = .seconds(5),
        totalDeadline: Duration = .seconds(60), maxAttempts: Int = 3,
        backoff: RetryPolicy = RetryPolicy(base: .milliseconds(250), cap: .seconds(8)), retryRatio: Double = 0.1,
        breaker: BreakerPolicy = BreakerPolicy(),
        rateLimits: [ModelTier: RateLimit] = [
            .mini: RateLimit(requestsPerMinute: 500, tokensPerMinute: 200_000),
            .full: RateLimit(requestsPerMinute: 500, tokensPerMinute: 30_000),
        ],
        cacheTTL: [ModelTask: Duration] = [.triage: .seconds(86400), .summarize: .seconds(86400), .draft: .zero],
        router: ModelRouter = ModelRouter(), maxResponseBytes: Int = 1 << 20, prices: PriceTable = .bundled
    ) {
        self.provider = provider
        self.models = models
        self.callTimeout = callTimeout
        self.connectTimeout = connectTimeout
        self.totalDeadline = totalDeadline
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.retryRatio = retryRatio
        self.breaker = breaker
        self.rateLimits = rateLimits
        self.cacheTTL = cacheTTL
        self.router = router
        self.maxResponseBytes = maxResponseBytes
        self.prices = prices
    }

    /// The model name of a tier.
    public func model(_ tier: ModelTier) -> String { models[tier] ?? tier.rawValue }

    /// Reads `OPENAI_API_KEY`, `LLM_BASE_URL`, `SUPPORTBOT_MODEL_MINI|FULL`, `LLM_TIMEOUT_MS`,
    /// `LLM_CONNECT_TIMEOUT_MS`, `SUPPORTBOT_LLM_DEADLINE_MS`, `SUPPORTBOT_LLM_MAX_ATTEMPTS`,
    /// `SUPPORTBOT_LLM_RETRY_RATIO`, `SUPPORTBOT_RPM_MINI|FULL`, `SUPPORTBOT_TPM_MINI|FULL`,
    /// `SUPPORTBOT_BREAKER_FAILURE_RATE`, `SUPPORTBOT_BREAKER_MIN_CALLS`,
    /// `SUPPORTBOT_BREAKER_OPEN_SECONDS`, `SUPPORTBOT_BREAKER_SLOW_MS`,
    /// `SUPPORTBOT_CACHE_TTL_SECONDS`, `SUPPORTBOT_SUMMARY_FULL_TOKENS`,
    /// `SUPPORTBOT_BUDGET_DOWNGRADE_PERCENT`.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> GatewayConfiguration
    {
        let env = EnvironmentReader(env)
        var config = GatewayConfiguration()
        if let key = env.string("OPENAI_API_KEY") {
            let base = env.string("LLM_BASE_URL") ?? "https://api.openai.com/v1"
            guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
                throw ConfigurationError("LLM_BASE_URL must be an http(s) URL such as https://api.openai.com/v1")
            }
            config.provider = .openai(baseURL: base, apiKey: key)
        }
        if let mini = env.string("SUPPORTBOT_MODEL_MINI") { config.models[.mini] = mini }
        if let full = env.string("SUPPORTBOT_MODEL_FULL") { config.models[.full] = full }
        if let timeout = try env.milliseconds("LLM_TIMEOUT_MS", in: 100...600_000) { config.callTimeout = timeout }
        if let connect = try env.milliseconds("LLM_CONNECT_TIMEOUT_MS", in: 100...60_000) {
            config.connectTimeout = connect
        }
        config.totalDeadline = max(config.callTimeout, config.totalDeadline)
        if let deadline = try env.milliseconds("SUPPORTBOT_LLM_DEADLINE_MS", in: 100...3_600_000) {
            config.totalDeadline = deadline
        }
        if let attempts = try env.int("SUPPORTBOT_LLM_MAX_ATTEMPTS", in: 1...10) { config.maxAttempts = attempts }
        if let ratio = try env.double("SUPPORTBOT_LLM_RETRY_RATIO", in: 0...1) { config.retryRatio = ratio }
        for tier in ModelTier.allCases {
            let name = tier.rawValue.uppercased()
            var limit = config.rateLimits[tier]!
            if let rpm = try env.double("SUPPORTBOT_RPM_\(name)", in: 1...1e7) { limit.requestsPerMinute = rpm }
            if let tpm = try env.double("SUPPORTBOT_TPM_\(name)", in: 100...1e10) { limit.tokensPerMinute = tpm }
            config.rateLimits[tier] = limit
        }
        if let rate = try env.double("SUPPORTBOT_BREAKER_FAILURE_RATE", in: 0.01...1) {
            config.breaker.failureRateThreshold = rate
        }
        if let calls = try env.int("SUPPORTBOT_BREAKER_MIN_CALLS", in: 1...10_000) {
            config.breaker.minimumCalls = calls
            config.breaker.windowSize = max(config.breaker.windowSize, calls)
        }
        if let open = try env.double("SUPPORTBOT_BREAKER_OPEN_SECONDS", in: 0.1...3600) {
            config.breaker.openDuration = .milliseconds(Int64(open * 1000))
        }
        if let slow = try env.milliseconds("SUPPORTBOT_BREAKER_SLOW_MS", in: 1...600_000) {
            config.breaker.slowCallDuration = slow
        }
        if let ttl = try env.int("SUPPORTBOT_CACHE_TTL_SECONDS", in: 0...31_536_000) {
            config.cacheTTL[.triage] = .seconds(ttl)
            config.cacheTTL[.summarize] = .seconds(ttl)
        }
        if let tokens = try env.int("SUPPORTBOT_SUMMARY_FULL_TOKENS", in: 1...1_000_000) {
            config.router.summaryFullThreshold = tokens
        }
        if let percent = try env.double("SUPPORTBOT_BUDGET_DOWNGRADE_PERCENT", in: 0...100) {
            config.router.downgradePercent = percent
        }
        return config
    }
}

extension GatewayConfiguration {
    /// The configured provider; `client` carries the OpenAI-compatible calls.
    public func makeProvider(client: HTTPClient) -> any ModelProvider {
        switch provider {
        case .local:
            return LocalProvider()
        case .openai(let baseURL, let apiKey):
            return OpenAIProvider(
                client: client, baseURL: baseURL, apiKey: apiKey, connectTimeout: connectTimeout,
                maxResponseBytes: maxResponseBytes)
        }
    }

    /// For start-up logs: the provider and models, never the key.
    public var summary: String {
        switch provider {
        case .local: "local rules (no OPENAI_API_KEY)"
        case .openai(let baseURL, _): "openai-compatible at \(baseURL), mini=\(model(.mini)), full=\(model(.full))"
        }
    }
}
