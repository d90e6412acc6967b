import Domain

/// Intake limits of the HTTP API (CONTRACT.md "Intake protection and pools").
struct IntakeLimits: Sendable, Equatable {
    /// `SUPPORTBOT_INTAKE_RATE`: webhooks per second per tenant, default 100.
    var rate = 100.0
    /// `SUPPORTBOT_INTAKE_BURST`, default 200.
    var burst = 200.0

    static func fromEnvironment(_ values: [String: String]) throws -> IntakeLimits {
        let env = EnvironmentReader(values)
        var limits = IntakeLimits()
        if let rate = try env.double("SUPPORTBOT_INTAKE_RATE", in: 0.01...1_000_000) { limits.rate = rate }
        if let burst = try env.double("SUPPORTBOT_INTAKE_BURST", in: 1...10_000_000) { limits.burst = burst }
        return limits
    }
}

/// The Postgres pools of one `serve` process (CONTRACT.md "Intake protection and pools"): the HTTP
/// API and the workers each have their own, so a flood of requests cannot take the connections
/// that job heartbeats and completions need (leases would expire and jobs run twice), and a
/// backlog of jobs cannot starve the API.
struct PoolConfiguration: Sendable, Equatable {
    /// `SUPPORTBOT_API_POOL_SIZE`, default 8.
    var apiPoolSize = 8
    /// `SUPPORTBOT_WORKER_POOL_SIZE`, default 8.
    var workerPoolSize = 8
    /// `SUPPORTBOT_STATEMENT_TIMEOUT_MS`, default 15 s; 0 turns it off. The LISTEN connection has none.
    var statementTimeout: Duration? = .seconds(15)

    /// Reads the environment; `poolSizeFlag` (`--pool-size`) and the older
    /// `SUPPORTBOT_DB_POOL_SIZE` set both pools when the specific variables are unset.
    static func fromEnvironment(_ values: [String: String], poolSizeFlag: Int?) throws -> PoolConfiguration {
        let env = EnvironmentReader(values)
        var configuration = PoolConfiguration()
        let both = try poolSizeFlag ?? env.int("SUPPORTBOT_DB_POOL_SIZE", in: 1...1000)
        if let both {
            guard (1...1000).contains(both) else { throw ConfigurationError("--pool-size must be from 1 to 1000") }
            configuration.apiPoolSize = both
            configuration.workerPoolSize = both
        }
        if let api = try env.int("SUPPORTBOT_API_POOL_SIZE", in: 1...1000) { configuration.apiPoolSize = api }
        if let worker = try env.int("SUPPORTBOT_WORKER_POOL_SIZE", in: 1...1000) {
            configuration.workerPoolSize = worker
        }
        if let ms = try env.int("SUPPORTBOT_STATEMENT_TIMEOUT_MS", in: 0...86_400_000) {
            configuration.statementTimeout = ms == 0 ? nil : .milliseconds(ms)
        }
        return configuration
    }
}
