import Domain
import FakeLLM
import Foundation
import Gateway
import HTTPClient
import Logging
import Postgres
import ServiceLifecycle
import Store
import TestSupport

/// A real fake provider on a loopback port, a tenant in a real Postgres, and a gateway between
/// them. Model names are unique per harness so breakers, buckets and the ledger never mix tests.
struct GatewayHarness: Sendable {
    let fake: FakeLLMServer
    let baseURL: String
    let pool: PostgresPool
    let tenantID: UUID
    let client: HTTPClient
    let configuration: GatewayConfiguration
    let flags: @Sendable () -> FlagSnapshot
    let gateway: ModelGateway

    static let logger: Logger = {
        var logger = Logger(label: "test.gateway")
        logger.logLevel = .critical
        return logger
    }()

    /// Fast defaults for tests: short backoff, small breaker window, generous rate limits.
    static func testConfiguration(baseURL: String) -> GatewayConfiguration {
        let id = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        var configuration = GatewayConfiguration(
            provider: .openai(baseURL: baseURL, apiKey: "test-key"),
            models: [.mini: "mini-\(id)", .full: "full-\(id)"])
        configuration.callTimeout = .seconds(5)
        configuration.totalDeadline = .seconds(10)
        configuration.backoff = RetryPolicy(base: .milliseconds(20), cap: .milliseconds(100))
        configuration.breaker = BreakerPolicy(
            windowSize: 20, minimumCalls: 20, failureRateThreshold: 0.5, openDuration: .milliseconds(500),
            halfOpenProbes: 1)
        configuration.rateLimits = [
            .mini: .init(requestsPerMinute: 1_000_000, tokensPerMinute: 1e9),
            .full: .init(requestsPerMinute: 1_000_000, tokensPerMinute: 1e9),
        ]
        return configuration
    }

    static func with<T: Sendable>(
        fake fakeConfiguration: FakeConfiguration = FakeConfiguration(),
        flags: FlagSnapshot = FlagSnapshot(), dailyBudgetUSD: Double? = nil,
        configure: @Sendable (inout GatewayConfiguration) -> Void = { _ in },
        _ body: @Sendable (GatewayHarness) async throws -> T
    ) async throws -> T {
        let fake = FakeLLMServer(configuration: fakeConfiguration)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = fake.application(host: "127.0.0.1", port: 0, logger: logger) { continuation.yield($0) }
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let pool = try await TestDatabase.shared.pool(maxConnections: 8)
        let tenant = try await TenantStore(pool: pool, keyring: .test).create(
            name: "gateway-test", webhookURL: nil, dailyBudgetUSD: dailyBudgetUSD, by: .test)
        let client = HTTPClient(maxConnections: 64)
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let baseURL = "http://127.0.0.1:\(port)/v1"
            var configuration = testConfiguration(baseURL: baseURL)
            configure(&configuration)
            let snapshot = flags
            let gateway = ModelGateway(
                configuration: configuration, provider: configuration.makeProvider(client: client),
                store: GatewayStore(pool: pool), breakerStore: BreakerStore(pool: pool), owner: "test-\(port)",
                flags: { snapshot })
            try await gateway.configureRateLimits()
            let harness = GatewayHarness(
                fake: fake, baseURL: baseURL, pool: pool, tenantID: tenant.id, client: client,
                configuration: configuration, flags: { snapshot }, gateway: gateway)
            let result: Result<T, any Error>
            do {
                result = .success(try await body(harness))
            } catch {
                result = .failure(error)
            }
            client.shutdown()
            fake.releaseHangingRequests()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            await pool.close()
            return try result.get()
        }
    }

    /// A request for this harness's tenant; `text` is the customer's message.
    func request(
        _ task: ModelTask, _ text: String = "Hi, where is my order 1042? It has not arrived.",
        subject: String = "Where is my order?", priority: TicketPriority? = nil, sentiment: TicketSentiment? = nil,
        tenant: UUID? = nil
    ) -> ModelRequest {
        ModelRequest(
            task: task, tenantID: tenant ?? tenantID, ticketID: nil,
            correlationID: "test-\(UUID().uuidString.prefix(8))",
            input: PromptInput(subject: subject, messages: [.init(author: "customer", body: text)]),
            priority: priority, sentiment: sentiment)
    }

    /// Another gateway on the same configuration, as another process would run it: its own
    /// breakers and owner name, and `pool` when given (its own connections).
    func peer(owner: String, pool: PostgresPool? = nil) -> ModelGateway {
        let pool = pool ?? self.pool
        return ModelGateway(
            configuration: configuration, provider: configuration.makeProvider(client: client),
            store: GatewayStore(pool: pool), breakerStore: BreakerStore(pool: pool), owner: owner, flags: flags)
    }

    func complete(_ request: ModelRequest) async -> GatewayOutcome {
        await gateway.complete(request, logger: Self.logger)
    }

    /// Requests the fake has received so far.
    func fakeRequests() async throws -> Int {
        try await stats().requests
    }

    struct Stats: Decodable {
        var requests: Int
        var by_model: [String: Int]
        var by_outcome: [String: Int]
    }

    func stats() async throws -> Stats {
        let response = try await client.execute(
            HTTPRequest(url: baseURL.replacingOccurrences(of: "/v1", with: "/_fake/stats")))
        return try JSONDecoder().decode(Stats.self, from: Data(response.body))
    }

    /// The request bodies the fake received (latest 100).
    func wireBodies() async throws -> [String] {
        let response = try await client.execute(
            HTTPRequest(url: baseURL.replacingOccurrences(of: "/v1", with: "/_fake/requests")))
        let array = try JSONSerialization.jsonObject(with: Data(response.body)) as? [Any] ?? []
        return try array.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
    }

    struct LedgerRow: Sendable {
        var model: String
        var outcome: String
        var attempts: Int
        var cacheHit: Bool
        var costUSD: Double
        var tokensIn: Int
        var tokensOut: Int
        var reason: String
        var correlationID: String?
    }

    /// This tenant's ledger, oldest first.
    func ledger() async throws -> [LedgerRow] {
        try await pool.query(
            """
            SELECT model, outcome, attempts, cache_hit, cost_usd::float8 AS cost, tokens_in, tokens_out, reason, correlation_id
            FROM llm_ledger WHERE tenant_id = \(tenantID)::uuid ORDER BY id
            """
        ).rows.map {
            LedgerRow(
                model: try $0.decode("model"), outcome: try $0.decode("outcome"), attempts: try $0.decode("attempts"),
                cacheHit: try $0.decode("cache_hit"), costUSD: try $0.decode("cost"),
                tokensIn: try $0.decode("tokens_in"),
                tokensOut: try $0.decode("tokens_out"), reason: try $0.decode("reason"),
                correlationID: try $0.decodeIfPresent("correlation_id"))
        }
    }

    var mini: String { configuration.model(.mini) }
    var full: String { configuration.model(.full) }
}

extension GatewayOutcome {
    var completion: ModelCompletion? {
        if case .completed(let completion) = self { return completion }
        return nil
    }

    var fallback: Fallback? {
        if case .fallback(let fallback) = self { return fallback }
        return nil
    }
}
