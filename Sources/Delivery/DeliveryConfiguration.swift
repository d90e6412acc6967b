import Domain
import Foundation

/// How outbound webhooks are delivered. Loaded from the environment once, at start-up.
public struct DeliveryConfiguration: Sendable {
    public var schedule: DeliverySchedule = .standard
    /// One attempt's deadline, connection to last byte.
    public var timeout: Duration = .seconds(15)
    /// Deliveries in flight to one endpoint from this process; nil: a quarter of the delivery
    /// lane (``endpointLimit(lane:)``), so one endpoint never holds the whole lane.
    public var endpointConcurrency: Int?
    /// How long an endpoint whose attempts time out is left alone before a probe (``EndpointBreakers``).
    public var breakerOpenDuration: Duration = .seconds(30)
    /// An endpoint failing every attempt for this long is disabled (Svix: 5 days).
    public var disableAfter: Duration = .seconds(5 * 86400)
    /// Deliveries connect only to public addresses, checked at the socket on every attempt
    /// (`HTTPRequest.AddressPolicy.publicOnly`), unless this allows any (local demo, tests).
    public var allowPrivateAddresses = false
    /// Bytes of a response kept for the log; the rest is never read.
    public var responseSnippetBytes = 1024

    public init() {}

    /// Reads `SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE` (CONTRACT.md's name; the older
    /// `SUPPORTBOT_WEBHOOK_SCHEDULE` is an alias; `0,5,300,…` seconds or `0,5s,5m,30m,2h,…`),
    /// `SUPPORTBOT_WEBHOOK_JITTER` (0–0.5), `SUPPORTBOT_WEBHOOK_TIMEOUT_SECONDS`,
    /// `SUPPORTBOT_WEBHOOK_MAX_RETRY_AFTER_SECONDS`, `SUPPORTBOT_WEBHOOK_ENDPOINT_CONCURRENCY`,
    /// `SUPPORTBOT_WEBHOOK_BREAKER_SECONDS`, `SUPPORTBOT_WEBHOOK_DISABLE_AFTER_SECONDS` and
    /// `SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE`.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DeliveryConfiguration {
        let reader = EnvironmentReader(env)
        var configuration = DeliveryConfiguration()
        if let text = reader.string("SUPPORTBOT_WEBHOOK_RETRY_SCHEDULE") ?? reader.string("SUPPORTBOT_WEBHOOK_SCHEDULE")
        {
            configuration.schedule.delays = try DeliverySchedule.parse(text)
        }
        if let jitter = try reader.double("SUPPORTBOT_WEBHOOK_JITTER", in: 0...0.5) {
            configuration.schedule.jitter = jitter
        }
        if let seconds = try reader.double("SUPPORTBOT_WEBHOOK_MAX_RETRY_AFTER_SECONDS", in: 0...604_800) {
            configuration.schedule.maxRetryAfter = .milliseconds(Int64(seconds * 1000))
        }
        if let seconds = try reader.double("SUPPORTBOT_WEBHOOK_TIMEOUT_SECONDS", in: 0.1...300) {
            configuration.timeout = .milliseconds(Int64(seconds * 1000))
        }
        if let count = try reader.int("SUPPORTBOT_WEBHOOK_ENDPOINT_CONCURRENCY", in: 1...4096) {
            configuration.endpointConcurrency = count
        }
        if let seconds = try reader.double("SUPPORTBOT_WEBHOOK_BREAKER_SECONDS", in: 0.1...86_400) {
            configuration.breakerOpenDuration = .milliseconds(Int64(seconds * 1000))
        }
        if let seconds = try reader.double("SUPPORTBOT_WEBHOOK_DISABLE_AFTER_SECONDS", in: 1...31_536_000) {
            configuration.disableAfter = .milliseconds(Int64(seconds * 1000))
        }
        configuration.allowPrivateAddresses = env["SUPPORTBOT_WEBHOOK_ALLOW_PRIVATE"] == "1"
        return configuration
    }

    /// Deliveries in flight to one endpoint for a delivery lane of `lane` workers.
    public func endpointLimit(lane: Int) -> Int {
        endpointConcurrency ?? max(1, lane / 4)
    }

    /// The per-endpoint breakers' policy: a slow answer counts as one at two thirds of the timeout.
    public var breakerPolicy: BreakerPolicy {
        EndpointBreakers.policy(openFor: breakerOpenDuration, slowAfter: timeout * 2 / 3)
    }
}
