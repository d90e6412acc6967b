import Domain
import Foundation

/// How a process runs jobs. Loaded from the environment once, at start-up.
public struct WorkerConfiguration: Sendable {
    /// Concurrent handlers per lane (bulkheads).
    public var laneLimits: [JobLane: Int]
    /// How long a claim is valid without a heartbeat.
    public var lease: Duration
    /// How often the process extends its leases (well inside `lease`).
    public var heartbeatInterval: Duration
    /// How often the rescuer looks for expired leases.
    public var rescueInterval: Duration
    /// Claim even without a notification this often (covers a lost NOTIFY).
    public var pollInterval: Duration
    /// Completed and discarded jobs are deleted after this long.
    public var retention: Duration
    public var housekeepingInterval: Duration
    /// On SIGTERM, running handlers get this long before their leases are released.
    public var shutdownGrace: Duration
    public var retry: RetryPolicy
    /// How long a handler of each kind may run before it is cancelled and its job retried.
    public var jobTimeouts: [JobKind: Duration]
    /// The deadline of kinds without one of their own.
    public var defaultJobTimeout: Duration

    /// Model calls are bounded by the gateway's deadline (60 s) and deliveries by the webhook
    /// timeout (15 s): these leave room for the database work around them.
    public static let defaultJobTimeouts: [JobKind: Duration] = [
        .triage: .seconds(120), .summarize: .seconds(120), .draft: .seconds(180), .deliver: .seconds(60),
    ]

    /// The deadline of a handler of `kind`.
    public func timeout(for kind: JobKind) -> Duration {
        jobTimeouts[kind] ?? defaultJobTimeout
    }

    /// The variable that sets `kind`'s deadline, for messages.
    public static func timeoutVariable(for kind: JobKind) -> String {
        "SUPPORTBOT_JOB_TIMEOUT_\(kind.rawValue.uppercased())_SECONDS"
    }

    public init(
        laneLimits: [JobLane: Int] = [.interactive: 8, .batch: 4, .delivery: 16],
        lease: Duration = .seconds(30), heartbeatInterval: Duration = .seconds(10),
        rescueInterval: Duration = .seconds(15), pollInterval: Duration = .seconds(2),
        retention: Duration = .seconds(24 * 3600), housekeepingInterval: Duration = .seconds(60),
        shutdownGrace: Duration = .seconds(10), retry: RetryPolicy = RetryPolicy(),
        jobTimeouts: [JobKind: Duration] = WorkerConfiguration.defaultJobTimeouts,
        defaultJobTimeout: Duration = .seconds(300)
    ) {
        self.jobTimeouts = jobTimeouts
        self.defaultJobTimeout = defaultJobTimeout
        self.laneLimits = laneLimits
        self.lease = lease
        self.heartbeatInterval = heartbeatInterval
        self.rescueInterval = rescueInterval
        self.pollInterval = pollInterval
        self.retention = retention
        self.housekeepingInterval = housekeepingInterval
        self.shutdownGrace = shutdownGrace
        self.retry = retry
    }

    /// Reads `SUPPORTBOT_LANE_<NAME>` (concurrency), `SUPPORTBOT_JOB_LEASE_SECONDS`,
    /// `SUPPORTBOT_JOB_RETENTION_HOURS`, `SUPPORTBOT_SHUTDOWN_GRACE_SECONDS`, and the handler
    /// deadlines `SUPPORTBOT_JOB_TIMEOUT_SECONDS` (every kind without its own) and
    /// `SUPPORTBOT_JOB_TIMEOUT_<KIND>_SECONDS`.
    public static func fromEnvironment(
        _ env: [String: String] = ProcessInfo.processInfo.environment
    ) throws
        -> WorkerConfiguration
    {
        var config = WorkerConfiguration()
        for lane in Array(config.laneLimits.keys) {
            let key = "SUPPORTBOT_LANE_\(lane.rawValue.uppercased())"
            if let text = env[key] {
                guard let value = Int(text), (0...1024).contains(value) else {
                    throw ConfigurationError("\(key) must be a number of concurrent jobs from 0 to 1024")
                }
                config.laneLimits[lane] = value
            }
        }
        func seconds(_ key: String, range: ClosedRange<Double>) throws -> Duration? {
            guard let text = env[key] else { return nil }
            guard let value = Double(text), range.contains(value) else {
                throw ConfigurationError("\(key) must be a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return .milliseconds(Int64(value * 1000))
        }
        if let lease = try seconds("SUPPORTBOT_JOB_LEASE_SECONDS", range: 3...3600) {
            config.lease = lease
            config.heartbeatInterval = lease / 3
            config.rescueInterval = lease / 2
        }
        if let hours = try seconds("SUPPORTBOT_JOB_RETENTION_HOURS", range: 0...87600) {
            config.retention = hours * 3600
        }
        if let grace = try seconds("SUPPORTBOT_SHUTDOWN_GRACE_SECONDS", range: 0...3600) {
            config.shutdownGrace = grace
        }
        if let timeout = try seconds("SUPPORTBOT_JOB_TIMEOUT_SECONDS", range: 0.1...86400) {
            config.defaultJobTimeout = timeout
            config.jobTimeouts = [:]
        }
        for kind in Set(JobKind.allCases).union(Self.defaultJobTimeouts.keys) {
            if let timeout = try seconds(timeoutVariable(for: kind), range: 0.1...86400) {
                config.jobTimeouts[kind] = timeout
            }
        }
        return config
    }
}
