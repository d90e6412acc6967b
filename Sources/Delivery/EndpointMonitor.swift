import Domain
import Foundation
import Logging
import ServiceLifecycle
import Store
import Synchronization

/// Decides which deliveries the delivery lane may claim: none of a tenant whose `webhooks` switch
/// is off, whose endpoint is missing or disabled, whose breaker is open (its attempts time out),
/// or that is at its in-flight limit here. Their
/// jobs stay queued with their attempts unspent and run in order once the endpoint is back.
/// Endpoint states are re-read every `refreshInterval` (another process may disable or an
/// operator re-enable one); a disable in this process applies at once.
public final class EndpointMonitor: Service {
    private let store: DeliveryStore
    private let flags: @Sendable () -> FlagSnapshot
    private let limiter: EndpointLimiter
    private let breakers: EndpointBreakers
    private let refreshInterval: Duration
    private let logger: Logger
    private let paused = Mutex<Set<UUID>>([])

    public init(
        store: DeliveryStore, flags: @escaping @Sendable () -> FlagSnapshot, limiter: EndpointLimiter,
        breakers: EndpointBreakers, refreshInterval: Duration = .seconds(1), logger: Logger
    ) {
        self.store = store
        self.flags = flags
        self.limiter = limiter
        self.breakers = breakers
        self.refreshInterval = refreshInterval
        self.logger = logger
    }

    /// Reads the endpoints' states once; call before the workers start.
    public func reload() async {
        do {
            let endpoints = Set(try await store.pausedEndpoints())
            paused.withLock { $0 = endpoints }
        } catch {
            logger.warning(
                "webhook endpoint states could not be read; keeping the last ones", metadata: ["error": "\(error)"])
        }
    }

    public func run() async throws {
        while !Task.isCancelledOrShuttingDown {
            await reload()
            try? await Task.sleep(for: refreshInterval)
        }
    }

    /// An endpoint this process just disabled.
    public func markDisabled(_ tenant: UUID) {
        _ = paused.withLock { $0.insert(tenant) }
    }

    /// The delivery lane's claim filter now.
    public func claimFilter() -> ClaimFilter {
        let snapshot = flags()
        let excluded = paused.withLock { $0 }.union(limiter.saturated).union(breakers.refusing())
        // A claim takes no more of a tenant's deliveries than its endpoint has free slots here:
        // the rest would only wait for a slot inside a worker.
        let remaining = limiter.remaining
        if snapshot.setting(.webhooks) {
            let switchedOff = snapshot.tenants.compactMap { $0.value[.webhooks] == false ? $0.key : nil }
            return ClaimFilter(
                excludedTenants: Array(excluded.union(switchedOff)), defaultTenantLimit: limiter.limit,
                tenantLimits: remaining)
        }
        // Off globally: only tenants switched on for themselves.
        let switchedOn = snapshot.tenants.compactMap { $0.value[.webhooks] == true ? $0.key : nil }
            .filter { !excluded.contains($0) }
        return switchedOn.isEmpty
            ? ClaimFilter(paused: true)
            : ClaimFilter(onlyTenants: switchedOn, defaultTenantLimit: limiter.limit, tenantLimits: remaining)
    }
}

extension Task where Success == Never, Failure == Never {
    static var isCancelledOrShuttingDown: Bool { Task.isCancelled || Task.isShuttingDownGracefully }
}
