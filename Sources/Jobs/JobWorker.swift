import Domain
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store

/// The job runtime of one process, composed of separate services that end together on graceful
/// shutdown:
///
/// - a ``LaneProducer`` per lane claims jobs as slots free up,
/// - the ``JobExecutor`` runs each under its kind's deadline (one ``DeadlineWatcher`` for all)
///   and records the outcome,
/// - the ``LeaseHeartbeat`` keeps the leases of running jobs alive,
/// - the ``JobRescuer`` returns jobs whose lease ran out,
/// - the ``JobPruner`` deletes old finished jobs, in one elected process of the fleet.
///
/// Time comes from a ``JobClock``: the system's in production, a manual one in tests.
public final class JobWorker: Service {
    /// Who holds the leases: unique per process, readable in `jobs.lease_owner`.
    public let owner: String
    let pool: PostgresPool
    let store: JobStore
    let listenerConninfo: String
    let sharedNotifications: AsyncStream<PostgresListener.Event>?
    let configuration: WorkerConfiguration
    let handlers: [JobKind: any JobHandler]
    /// Per lane: which jobs may be claimed now (paused switches, disabled endpoints).
    let claimFilters: [JobLane: @Sendable () -> ClaimFilter]
    let clock: any JobClock
    let logger: Logger
    let lanes: [JobLane: Wakeup]
    let running = RunningJobs()
    let stopping = StopFlag()
    let executor: JobExecutor
    let deadlines: DeadlineWatcher

    /// - Parameters:
    ///   - listenerConninfo: where the worker opens its own LISTEN connection, unless
    ///   - notifications: the `jobs` channel of a process-wide ``NotificationRouter`` is given.
    ///   - clock: sleeps and the instant leases and schedules are measured by.
    public init(
        pool: PostgresPool, listenerConninfo: String, configuration: WorkerConfiguration, handlers: [any JobHandler],
        logger: Logger, owner: String? = nil, notifications: AsyncStream<PostgresListener.Event>? = nil,
        claimFilters: [JobLane: @Sendable () -> ClaimFilter] = [:], clock: any JobClock = SystemJobClock()
    ) {
        self.claimFilters = claimFilters
        self.pool = pool
        let store = JobStore(pool: pool)
        self.store = store
        self.listenerConninfo = listenerConninfo
        self.sharedNotifications = notifications
        self.configuration = configuration
        let handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.handlers = handlers
        self.clock = clock
        self.logger = logger
        let owner = owner ?? Self.defaultOwner()
        self.owner = owner
        self.lanes = Dictionary(uniqueKeysWithValues: configuration.laneLimits.keys.map { ($0, Wakeup()) })
        let deadlines = DeadlineWatcher(clock: clock)
        self.deadlines = deadlines
        self.executor = JobExecutor(
            pool: pool, store: store, completer: BatchCompleter(store: store, owner: owner, clock: clock),
            owner: owner, handlers: handlers, configuration: configuration, running: running, stopping: stopping,
            clock: clock, deadlines: deadlines, logger: logger)
    }

    /// A lease owner name unique to this process: host, pid and a random suffix.
    public static func defaultOwner() -> String {
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "host"
        return "\(host)-\(getpid())-\(String(UInt16.random(in: 0...UInt16.max), radix: 16))"
    }

    /// Jobs this process holds right now.
    public var runningCount: Int { running.count }

    public func run() async throws {
        let listener: PostgresListener?
        let notifications: AsyncStream<PostgresListener.Event>
        if let sharedNotifications {
            listener = nil
            notifications = sharedNotifications
        } else {
            let own = PostgresListener(conninfo: listenerConninfo, channels: ["jobs"], logger: logger)
            own.start()
            listener = own
            notifications = own.events
        }
        defer { listener?.stop() }
        logger.info(
            "job worker started",
            metadata: [
                "worker.owner": "\(owner)",
                "worker.kinds": "\(handlers.keys.sorted().map(\.rawValue).joined(separator: ","))",
                "worker.lanes":
                    "\(configuration.laneLimits.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ","))",
            ])

        let producers = self.producers()
        let lanesTask = Task {
            await withTaskGroup(of: Void.self) { group in
                for producer in producers { group.addTask { await producer.run() } }
            }
        }
        let heartbeat = LeaseHeartbeat(
            store: store, owner: owner, running: running, lease: configuration.lease,
            interval: configuration.heartbeatInterval, clock: clock, logger: logger)
        let rescuer = JobRescuer(
            store: store, interval: configuration.rescueInterval, clock: clock, logger: logger,
            onRescued: { [lanes] in for wakeup in lanes.values { wakeup.signal() } })
        let pruner = JobPruner(
            store: store, events: StreamEventStore(pool: pool), leases: LeaderLeaseStore(pool: pool), owner: owner,
            retention: configuration.retention, interval: configuration.housekeepingInterval, clock: clock,
            logger: logger)
        await withTaskGroup(of: Void.self) { maintenance in
            maintenance.addTask { await self.routeNotifications(notifications) }
            maintenance.addTask { await self.deadlines.run() }
            maintenance.addTask { await heartbeat.run() }
            maintenance.addTask { await rescuer.run() }
            maintenance.addTask { await pruner.run() }
            // Until SIGTERM (graceful shutdown) or cancellation.
            try? await gracefulShutdown()
            await self.drain(lanesTask)
            maintenance.cancelAll()
        }
        await pruner.resign()
        logger.info("job worker stopped", metadata: ["worker.owner": "\(owner)"])
    }

    /// One producer per lane with a limit and handlers in this process.
    private func producers() -> [LaneProducer] {
        configuration.laneLimits.sorted { $0.key < $1.key }.compactMap { lane, limit in
            let kinds = handlers.values.filter { $0.lane == lane }.map(\.kind).sorted()
            guard limit > 0, !kinds.isEmpty, let wakeup = lanes[lane] else { return nil }
            return LaneProducer(
                lane: lane, kinds: kinds, limit: limit, owner: owner, store: store, configuration: configuration,
                filter: claimFilters[lane], wakeup: wakeup, executor: executor, running: running, stopping: stopping,
                clock: clock, logger: logger)
        }
    }

    private func routeNotifications(_ notifications: AsyncStream<PostgresListener.Event>) async {
        for await event in notifications {
            switch event {
            case .notification(_, let lane):
                lanes[JobLane(lane)]?.signal()
            case .connected:
                // After a reconnect, notifications sent meanwhile are lost: look once in every lane.
                for wakeup in lanes.values { wakeup.signal() }
            }
        }
    }

    // MARK: Shutdown

    /// Stops claiming, gives running handlers the grace period, then cancels the rest and releases
    /// their leases so another process picks them up at once.
    private func drain(_ lanesTask: Task<Void, Never>) async {
        stopping.set()
        for wakeup in lanes.values { wakeup.signal() }
        logger.info("job worker draining", metadata: ["jobs.running": "\(runningCount)"])
        // Awaiting a task's value does not propagate cancellation, so the deadline cancels it.
        let grace = configuration.shutdownGrace
        let deadline = Task {
            try await Task.sleep(for: grace)
            lanesTask.cancel()
        }
        await lanesTask.value
        deadline.cancel()
        let left = running.snapshot
        guard !left.isEmpty else { return }
        do {
            try await store.release(owner: owner, ids: left, now: clock.databaseNow)
            logger.warning("released leases of unfinished jobs", metadata: ["jobs.count": "\(left.count)"])
        } catch {
            logger.error(
                "could not release leases; the rescuer will return the jobs when they expire",
                metadata: ["error": "\(error)"])
        }
    }
}

enum RFC3339Text {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
