import ArgumentParser
import FakeLLM
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// `supportbot fake-llm`: an OpenAI-compatible fake provider with fault injection (CONTRACT.md).
struct FakeLLMCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fake-llm",
        abstract: "An OpenAI-compatible fake provider with fault injection, for demos, tests and drills.",
        discussion: """
            Point supportbot at it with OPENAI_API_KEY=anything LLM_BASE_URL=http://127.0.0.1:PORT/v1. Faults can be \
            changed while it runs: curl -X PUT localhost:PORT/_fake/config -d '{"fail_rate":1,"fail_status":503}'. \
            GET /_fake/stats counts requests per model and outcome; GET /_fake/requests shows the last 100 bodies.
            """
    )

    @Option(help: "Address to listen on") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one and prints it)") var port = 8090
    @Option(help: "Milliseconds added before every answer") var latencyMs = 0
    @Option(help: "Share of requests (0–1) answered with --fail-status") var failRate = 0.0
    @Option(help: "Status of injected failures (429, 500, 503, …)") var failStatus = 500
    @Option(help: "Retry-After seconds sent with injected 429/503") var retryAfter: Int?
    @Option(help: "Share of requests never answered") var hangRate = 0.0
    @Option(help: "Share of requests answered with a body that is not JSON") var malformedRate = 0.0
    @Option(help: "Share of requests refused with content_policy_violation") var contentPolicyRate = 0.0
    @Option(help: "Share of requests answered as if obeying a prompt injection") var hostileRate = 0.0
    @Option(help: "Share of reply drafts that grant what the customer's text demands (refund, amount, link, status)")
    var obeyRate = 0.0
    @Option(help: "Inject faults only for this model (repeatable)") var faultModel: [String] = []
    @Option(help: "Require this bearer token (401 otherwise)") var apiKey: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        for (name, rate) in [
            ("--fail-rate", failRate), ("--hang-rate", hangRate), ("--malformed-rate", malformedRate),
            ("--content-policy-rate", contentPolicyRate), ("--hostile-rate", hostileRate), ("--obey-rate", obeyRate),
        ] where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1")
        }
        guard (400...599).contains(failStatus) else {
            throw ValidationError("--fail-status must be a 4xx or 5xx status")
        }
        guard latencyMs >= 0 else { throw ValidationError("--latency-ms must be ≥ 0") }
    }

    func run() async throws {
        let logger = LogSetup.bootstrap()
        var configuration = FakeConfiguration()
        configuration.latencyMs = latencyMs
        configuration.failRate = failRate
        configuration.failStatus = failStatus
        configuration.retryAfterSeconds = retryAfter
        configuration.hangRate = hangRate
        configuration.malformedRate = malformedRate
        configuration.contentPolicyRate = contentPolicyRate
        configuration.hostileRate = hostileRate
        configuration.obeyRate = obeyRate
        configuration.faultModels = faultModel
        configuration.apiKey = apiKey
        let server = FakeLLMServer(configuration: configuration)
        let host = host
        let app = server.application(host: host, port: port, logger: logger) { port in
            logger.info("fake-llm listening", metadata: ["address": "\(host):\(port)"])
            FileHandle.standardOutput.write(Data("fake-llm listening on http://\(host):\(port)/v1\n".utf8))
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [app, ShutdownHook { server.releaseHangingRequests() }],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// Runs `action` when graceful shutdown begins. Services stop in reverse order, so placed after
/// the server it runs before the server waits for its requests in flight.
struct ShutdownHook: Service {
    let action: @Sendable () -> Void

    func run() async throws {
        try? await gracefulShutdown()
        action()
    }
}
