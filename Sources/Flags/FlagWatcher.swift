import Domain
import Logging
import Metrics
import Postgres
import ServiceLifecycle
import Store
import Synchronization
import Telemetry

/// Keeps this process's ``FlagSnapshot`` current: reloads on `NOTIFY flags` (milliseconds) and
/// every `refreshInterval` (covers a lost notification), so a change is in force everywhere
/// within a second. Reads (``snapshot``) cost a lock, never a database round trip.
///
/// Failure semantics: when the database cannot be read the last snapshot stays in force; before
/// the first successful read the snapshot is ``FlagSnapshot/failClosed`` (AI off, deliveries paused).
public final class FlagWatcher: Service {
    private let store: FlagStore
    private let notifications: AsyncStream<PostgresListener.Event>
    private let refreshInterval: Duration
    private let logger: Logger
    private let current = Mutex(FlagSnapshot.failClosed)

    /// - Parameter notifications: the `flags` channel (``NotificationRouter/subscribe(_:)``).
    public init(
        pool: PostgresPool, notifications: AsyncStream<PostgresListener.Event>, logger: Logger,
        refreshInterval: Duration = .seconds(1)
    ) {
        self.store = FlagStore(pool: pool)
        self.notifications = notifications
        self.refreshInterval = refreshInterval
        self.logger = logger
    }

    /// The flags in force in this process.
    public var snapshot: FlagSnapshot { current.withLock { $0 } }

    public func run() async throws {
        Self.record(snapshot)
        await reload()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in self.notifications { await self.reload() }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.refreshInterval)
                    if Task.isCancelled { return }
                    await self.reload()
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }

    /// The flag gauges: what this process applies globally, and whether it has read the flags.
    static func record(_ snapshot: FlagSnapshot) {
        for key in FlagKey.allCases {
            Gauge(label: MetricName.flagEnabled, dimensions: [("key", key.rawValue)])
                .record(snapshot.isEnabled(key) ? 1 : 0)
        }
        Gauge(label: MetricName.flagsLoaded).record(snapshot.loaded ? 1 : 0)
    }

    /// Reads the flags once; on failure keeps what is in force.
    public func reload() async {
        do {
            let fresh = try await store.snapshot()
            let previous = current.withLock { current in
                defer { current = fresh }
                return current
            }
            Self.record(fresh)
            if previous != fresh {
                logger.info(
                    "flags in force changed",
                    metadata: ["flags.off": "\(fresh.disabled().map(\.rawValue).joined(separator: ","))"])
            }
        } catch {
            let loaded = current.withLock { $0.loaded }
            logger.warning(
                loaded
                    ? "flags could not be read; keeping the last snapshot"
                    : "flags could not be read; AI features stay off and deliveries paused until they can",
                metadata: ["error": "\(error)"])
        }
    }
}
