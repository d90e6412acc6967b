import ArgumentParser
import Domain
import Foundation
import Gateway
import HTTPClient
import Logging
import Postgres
import Store
import Synchronization

/// `supportbot bench gateway`: what the gateway adds to a provider call, measured against the
/// same requests sent straight to the provider in the same run.
struct BenchGateway: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "Gateway overhead (latency p50/p99, CPU per call) against calling the provider directly.",
        discussion: """
            Run against `supportbot fake-llm` at zero latency (Benchmarks/gateway.sh does). Each call is a triage \
            of a different ticket, so every gateway call misses the cache and pays the full path: flags, router, \
            llm_admit (cache lookup, budget reservation, rate-limit take), breaker, provider, validation, llm_settle \
            (ledger row, budget, bucket, cache write). "direct" posts the identical request body with the same \
            libcurl client. CPU is this process's user+system time per call (Postgres's own CPU is not counted). \
            With --mode gateway only, it also serves as a load generator (tests use it for shared rate limits).
            """
    )

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        case both, gateway, direct
    }

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The provider's base URL, e.g. http://127.0.0.1:8090/v1")
    var llmURL: String

    @Option(help: "Comma-separated concurrent call counts")
    var concurrency = "1,16,64"

    @Option(help: "Measured calls per concurrency level and mode")
    var calls = 2000

    @Option(help: "Unmeasured calls before each measurement")
    var warmup = 200

    @Option(help: "both | gateway | direct")
    var mode: Mode = .both

    @Option(help: "Tenant to bill (default: a tenant named bench-gateway, created when missing)")
    var tenant: String?

    @Flag(help: "One JSON object per concurrency level instead of a table")
    var json = false

    var levels: [Int] {
        get throws { try countList(concurrency, option: "--concurrency", range: 1...1024, example: "1,16,64") }
    }

    func validate() throws {
        _ = try levels
        guard llmURL.hasPrefix("http://") || llmURL.hasPrefix("https://") else {
            throw ValidationError("--llm-url must be an http(s) URL such as http://127.0.0.1:8090/v1")
        }
        guard calls > 0, warmup >= 0 else { throw ValidationError("--calls must be > 0 and --warmup ≥ 0") }
        if let tenant, UUID(uuidString: tenant) == nil { throw ValidationError("--tenant must be a tenant id (UUID)") }
    }

    func run() async throws {
        var quiet = LogSetup.bootstrap()
        quiet.logLevel = .error
        let logger = quiet
        let levels = try levels
        var configuration: GatewayConfiguration
        do {
            configuration = try GatewayConfiguration.fromEnvironment()
        } catch {
            throw CLIError("\(error)")
        }
        configuration.provider = .openai(baseURL: llmURL, apiKey: "bench")
        let environment = ProcessInfo.processInfo.environment
        for tier in ModelTier.allCases where environment["SUPPORTBOT_RPM_\(tier.rawValue.uppercased())"] == nil {
            configuration.rateLimits[tier] = .init(requestsPerMinute: 1e7, tokensPerMinute: 1e11)
        }
        let client = HTTPClient(maxConnections: max(levels.max() ?? 1, 16))
        defer { client.shutdown() }
        let pool = PostgresPool(
            .init(conninfo: try database.conninfo(), maxConnections: min(max(levels.max() ?? 1, 4), 32)))
        let tenantID = try await resolveTenant(pool)
        let gateway = ModelGateway(
            configuration: configuration, provider: configuration.makeProvider(client: client),
            store: GatewayStore(pool: pool), breakerStore: BreakerStore(pool: pool), owner: "bench-\(getpid())",
            flags: { FlagSnapshot() })
        try await gateway.configureRateLimits()
        let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let url = llmURL.hasSuffix("/") ? llmURL + "chat/completions" : llmURL + "/chat/completions"
        let model = configuration.model(.mini)
        let direct: @Sendable (Int) async -> Bool = { index in
            let request = Self.request(tenantID: tenantID, run: run, index: index)
            let chat = ChatRequest(
                model: model, messages: request.template.render(request.input), temperature: 0,
                maxTokens: request.template.maxTokens, schemaName: "triage", schema: TriageSchema.schema)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            guard let body = try? encoder.encode(chat) else { return false }
            let response = try? await client.execute(
                HTTPRequest(
                    method: "POST", url: url,
                    headers: [
                        HTTPHeader(name: "Authorization", value: "Bearer bench"),
                        HTTPHeader(name: "Content-Type", value: "application/json"),
                    ], body: Array(body)))
            return response?.status == 200
        }
        let viaGateway: @Sendable (Int) async -> Bool = { index in
            let outcome = await gateway.complete(
                Self.request(tenantID: tenantID, run: run, index: index), logger: logger)
            if case .completed = outcome { return true }
            return false
        }
        if !json {
            print(
                "calls  mode        calls/s   p50 ms   p99 ms  CPU µs/call  failed"
            )
        }
        var offset = 0
        for level in levels {
            var results: [String: Measurement] = [:]
            for (name, call) in [("direct", direct), ("gateway", viaGateway)]
            where mode == .both || mode.rawValue == name {
                _ = await Self.measure(calls: warmup, concurrency: level, offset: offset, call)
                offset += warmup
                let measurement = await Self.measure(calls: calls, concurrency: level, offset: offset, call)
                offset += calls
                results[name] = measurement
                if !json {
                    print(
                        pad(String(level), 5, right: true) + "  " + pad(name, 8)
                            + pad(String(format: "%.0f", measurement.perSecond), 10, right: true)
                            + pad(String(format: "%.3f", measurement.p50), 9, right: true)
                            + pad(String(format: "%.3f", measurement.p99), 9, right: true)
                            + pad(String(format: "%.0f", measurement.cpuMicroseconds), 13, right: true)
                            + pad(String(measurement.failed), 8, right: true))
                }
            }
            if let d = results["direct"], let g = results["gateway"], !json {
                print(
                    "       added       "
                        + pad(String(format: "%.3f", g.p50 - d.p50), 18, right: true)
                        + pad(String(format: "%.3f", g.p99 - d.p99), 9, right: true)
                        + pad(String(format: "%.0f", g.cpuMicroseconds - d.cpuMicroseconds), 13, right: true))
            }
            if json {
                var object: [String: Any] = ["concurrency": level, "calls": calls]
                for (name, m) in results {
                    object[name] = [
                        "per_second": m.perSecond, "p50_ms": m.p50, "p99_ms": m.p99,
                        "cpu_us_per_call": m.cpuMicroseconds,
                        "failed": m.failed,
                    ]
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
            }
        }
        await pool.close()
    }

    static func request(tenantID: UUID, run: String, index: Int) -> ModelRequest {
        ModelRequest(
            task: .triage, tenantID: tenantID, correlationID: "bench-\(run)-\(index)",
            input: PromptInput(
                subject: "Order \(index) not delivered (\(run))",
                messages: [
                    .init(
                        author: "customer",
                        body: """
                            Hello, my order \(1000 + index % 9000) was supposed to arrive last Friday but the tracking \
                            page has not changed for five days. Could you check with the carrier and tell me when it \
                            will arrive? I need it before the weekend. Thanks, Ana (ref \(run)-\(index))
                            """)
                ]))
    }

    struct Measurement {
        var perSecond: Double
        var p50: Double
        var p99: Double
        var cpuMicroseconds: Double
        var failed: Int
    }

    /// Runs `calls` calls with `concurrency` in flight; latencies in milliseconds.
    static func measure(
        calls: Int, concurrency: Int, offset: Int, _ call: @escaping @Sendable (Int) async -> Bool
    ) async -> Measurement {
        guard calls > 0 else { return Measurement(perSecond: 0, p50: 0, p99: 0, cpuMicroseconds: 0, failed: 0) }
        let next = Ticket()
        let cpuBefore = processCPUSeconds()
        let started = ContinuousClock.now
        let (latencies, failed) = await withTaskGroup(of: ([Double], Int).self) { group in
            for _ in 0..<min(concurrency, calls) {
                group.addTask {
                    var latencies: [Double] = []
                    var failed = 0
                    while true {
                        let index = next.take()
                        guard index < calls else { break }
                        let start = ContinuousClock.now
                        if !(await call(offset + index)) { failed += 1 }
                        latencies.append(start.duration(to: .now).inMilliseconds)
                    }
                    return (latencies, failed)
                }
            }
            var all: [Double] = []
            var failed = 0
            for await (part, partFailed) in group {
                all += part
                failed += partFailed
            }
            return (all.sorted(), failed)
        }
        let elapsed = started.duration(to: .now).inSeconds
        let cpu = processCPUSeconds() - cpuBefore
        return Measurement(
            perSecond: Double(calls) / elapsed, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99),
            cpuMicroseconds: cpu / Double(calls) * 1e6, failed: failed)
    }

    /// User plus system CPU time of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func resolveTenant(_ pool: PostgresPool) async throws -> UUID {
        do {
            if let tenant, let id = UUID(uuidString: tenant) { return try await TenantStore(pool: pool).get(id).id }
            if let existing = try await TenantStore(pool: pool).list().first(where: { $0.name == "bench-gateway" }) {
                return existing.id
            }
            return try await TenantStore(pool: pool, keyring: try SecretKeys.require()).create(
                name: "bench-gateway", webhookURL: nil, by: OperatorIdentity.principal()
            ).id
        } catch {
            throw CLIError.wrap(error)
        }
    }
}

/// Hands out 0, 1, 2, … to concurrent callers.
private final class Ticket: Sendable {
    private let value = Atomic<Int>(0)

    func take() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }
}
