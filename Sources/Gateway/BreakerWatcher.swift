import Logging
import Postgres
import ServiceLifecycle
import Store

/// Keeps this process's breakers in step with the others: applies `llm_breakers` rows on
/// `NOTIFY breakers` and every `refreshInterval` (a lost notification), and gives back budget
/// reservations of calls that died with their process.
public final class BreakerWatcher: Service {
    private let gateway: ModelGateway
    private let store: BreakerStore
    private let gatewayStore: GatewayStore
    private let notifications: AsyncStream<PostgresListener.Event>
    private let refreshInterval: Duration
    private let maintenanceInterval: Duration
    private let logger: Logger

    /// - Parameter notifications: the `breakers` channel (``NotificationRouter/subscribe(_:)``).
    public init(
        gateway: ModelGateway, pool: PostgresPool, notifications: AsyncStream<PostgresListener.Event>, logger: Logger,
        refreshInterval: Duration = .seconds(2), maintenanceInterval: Duration = .seconds(30)
    ) {
        self.gateway = gateway
        self.store = BreakerStore(pool: pool)
        self.gatewayStore = GatewayStore(pool: pool)
        self.notifications = notifications
        self.refreshInterval = refreshInterval
        self.maintenanceInterval = maintenanceInterval
        self.logger = logger
    }

    public func run() async throws {
        do {
            try await gateway.configureRateLimits()
        } catch {
            logger.warning("rate limits not written; the stored ones stay in force", metadata: ["error": "\(error)"])
        }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                var seen: [String: BreakerRecord] = [:]
                await self.reload(&seen)
                await withTaskGroup(of: Void.self) { inner in
                    inner.addTask {
                        for await _ in self.notifications { await self.signal() }
                    }
                    inner.addTask {
                        while !Task.isCancelled {
                            try? await Task.sleep(for: self.refreshInterval)
                            await self.signal()
                        }
                    }
                    for await _ in self.ticks {
                        await self.reload(&seen)
                    }
                    inner.cancelAll()
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.maintenanceInterval)
                    if Task.isCancelled { return }
                    do {
                        let released = try await self.gatewayStore.expireReservations()
                        if released > 0 {
                            self.logger.warning(
                                "released budget reservations of calls that never settled",
                                metadata: ["count": "\(released)"])
                        }
                    } catch {
                        self.logger.debug("reservation sweep failed", metadata: ["error": "\(error)"])
                    }
                }
            }
            try? await gracefulShutdown()
            tickContinuation.finish()
            group.cancelAll()
        }
    }

    private let (ticks, tickContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))

    private func signal() async {
        tickContinuation.yield()
    }

    /// Applies rows that changed since the last look.
    private func reload(_ seen: inout [String: BreakerRecord]) async {
        do {
            let records = try await store.list()
            let changed = records.filter { seen[$0.model] != $0 }
            for record in records { seen[record.model] = record }
            gateway.apply(changed)
        } catch {
            logger.debug("breaker states could not be read; keeping local ones", metadata: ["error": "\(error)"])
        }
    }
}
