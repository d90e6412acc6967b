import Domain
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store
import Synchronization
import Telemetry

/// The job runtime of one process: claim loops per lane, handler execution, lease heartbeat,
/// rescuer and housekeeping, all ending on graceful shutdown.
///
/// No transaction or row lock is held while a handler runs: the claim commits at once, and the
/// outcome is recorded afterwards in its own transaction together with the handler's effects.
public final class JobWorker: Service {
    /// Who holds the leases: unique per process, readable in `jobs.lease_owner`.
    public let owner: String
    let pool: PostgresPool
    let store: JobStore
    let completer: BatchCompleter
    let listenerConninfo: String
    let sharedNotifications: AsyncStream<PostgresListener.Event>?
    let configuration: WorkerConfiguration
    let handlers: [JobKind: any JobHandler]
    /// Per lane: which jobs may be claimed now (paused switches, disabled endpoints).
    let claimFilters: [JobLane: @Sendable () -> ClaimFilter]
    let logger: Logger
    let lanes: [JobLane: Wakeup]
    let running = Mutex<Set<Int64>>([])
    let stopping = Atomic<Bool>(false)

    /// - Parameters:
    ///   - listenerConninfo: where the worker opens its own LISTEN connection, unless
    ///   - notifications: the `jobs` channel of a process-wide ``NotificationRouter`` is given.
    public init(
        pool: PostgresPool, listenerConninfo: String, configuration: WorkerConfiguration, handlers: [any JobHandler],
        logger: Logger, owner: String? = nil, notifications: AsyncStream<PostgresListener.Event>? = nil,
        claimFilters: [JobLane: @Sendable () -> ClaimFilter] = [:]
    ) {
        self.claimFilters = claimFilters
        self.pool = pool
        let store = JobStore(pool: pool)
        self.store = store
        self.listenerConninfo = listenerConninfo
        self.sharedNotifications = notifications
        self.configuration = configuration
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.logger = logger
        let owner = owner ?? Self.defaultOwner()
        self.owner = owner
        self.completer = BatchCompleter(store: store, owner: owner)
        self.lanes = Dictionary(uniqueKeysWithValues: configuration.laneLimits.keys.map { ($0, Wakeup()) })
    }

    /// A lease owner name unique to this process: host, pid and a random suffix.
    public static func defaultOwner() -> String {
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "host"
        return "\(host)-\(getpid())-\(String(UInt16.random(in: 0...UInt16.max), radix: 16))"
    }

    /// Jobs this process holds right now.
    public var runningCount: Int { running.withLock { $0.count } }

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

        let lanesTask = Task { await self.runLanes() }
        await withTaskGroup(of: Void.self) { maintenance in
            maintenance.addTask { await self.routeNotifications(notifications) }
            maintenance.addTask {
                await self.every(self.configuration.heartbeatInterval) { try await self.heartbeat() }
            }
            maintenance.addTask { await self.every(self.configuration.rescueInterval) { try await self.rescue() } }
            maintenance.addTask {
                await self.every(self.configuration.housekeepingInterval) { try await self.housekeeping() }
            }
            // Until SIGTERM (graceful shutdown) or cancellation.
            try? await gracefulShutdown()
            await self.drain(lanesTask)
            maintenance.cancelAll()
        }
        logger.info("job worker stopped", metadata: ["worker.owner": "\(owner)"])
    }

    // MARK: Claiming

    private func runLanes() async {
        await withTaskGroup(of: Void.self) { group in
            for (lane, limit) in configuration.laneLimits where limit > 0 {
                let kinds = handlers.values.filter { $0.lane == lane }.map(\.kind).sorted()
                guard !kinds.isEmpty, let wakeup = lanes[lane] else { continue }
                group.addTask { await self.runLane(lane, kinds: kinds, limit: limit, wakeup: wakeup) }
            }
        }
    }

    private func runLane(_ lane: JobLane, kinds: [JobKind], limit: Int, wakeup: Wakeup) async {
        let inFlight = Counter()
        await withDiscardingTaskGroup { group in
            var failures = 0
            var backlog = false
            while !stopping.load(ordering: .acquiring) && !Task.isCancelled {
                let free = limit - inFlight.value
                // With a backlog, claim in batches: wait until half the slots are free (handlers
                // signal as they finish) instead of one statement per freed slot. Without one, a
                // new job is claimed as soon as any slot is free.
                if free < 1 || (backlog && free < max(1, limit / 2)) {
                    await wakeup.wait(timeout: configuration.pollInterval)
                    continue
                }
                var claimedAll = false
                do {
                    let jobs = try await store.claim(
                        lane: lane, kinds: kinds, limit: free, owner: owner, lease: configuration.lease,
                        filter: claimFilters[lane]?() ?? ClaimFilter())
                    failures = 0
                    claimedAll = jobs.count == free
                    backlog = claimedAll
                    for job in jobs {
                        running.withLock { _ = $0.insert(job.id) }
                        inFlight.add(1)
                        group.addTask {
                            await self.execute(job)
                            inFlight.add(-1)
                            wakeup.signal()
                        }
                    }
                } catch {
                    failures += 1
                    logger.warning(
                        "job claim failed", metadata: ["job.lane": "\(lane)", "error": "\(error)"])
                }
                // A full batch suggests more are due: claim again at once. Otherwise sleep until a
                // NOTIFY, a finished handler, or the fallback poll (longer while the database fails).
                if claimedAll { continue }
                let backoff = failures > 0 ? min(configuration.pollInterval * failures, .seconds(30)) : nil
                await wakeup.wait(timeout: backoff ?? configuration.pollInterval)
            }
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

    // MARK: Running one job

    struct LeaseLost: Error {}

    func execute(_ job: ClaimedJob) async {
        var logger = logger
        logger[metadataKey: "job.id"] = "\(job.id)"
        logger[metadataKey: "job.kind"] = "\(job.kind)"
        logger[metadataKey: "job.attempt"] = "\(job.attempt)"
        if let ticket = job.ticketID { logger[metadataKey: "ticket.id"] = "\(ticket.uuidString.lowercased())" }
        // The id of the webhook that caused the job (the intake stores it), so one grep shows a
        // ticket's whole story; jobs with no cause get one of their own.
        logger[metadataKey: "correlation_id"] = "\(job.correlationID ?? "job-\(job.id)")"
        guard let handler = handlers[job.kind] else {
            // Claims filter by the kinds this process has; this cannot happen.
            running.withLock { _ = $0.remove(job.id) }
            return
        }
        JobMetrics.started(job.kind.rawValue)
        let started = ContinuousClock.now
        let timeout = configuration.timeout(for: job.kind)
        let result: JobResult
        let handlerLogger = logger
        switch await HandlerDeadline.run(timeout, { try await handler.run(job, logger: handlerLogger) }) {
        case .finished(let finished):
            result = finished
        case .failed(let error) where error is CancellationError && stopping.load(ordering: .acquiring):
            // Shutdown passed its grace period: the lease is released, another process runs it.
            return
        case .failed(let error):
            result = JobResult(.retry(reason: String(describing: error)))
        case .timedOut:
            // The handler is cancelled and no longer awaited: its slot and lease are free now,
            // whether or not it notices; whatever it returns later is dropped.
            // %g: "120 s" for the configured whole seconds, "0.5 s" for a sub-second test deadline.
            let seconds = String(format: "%g", timeout.inSeconds)
            let reason =
                "the \(job.kind) handler ran past its \(seconds) s deadline and was cancelled "
                + "(\(WorkerConfiguration.timeoutVariable(for: job.kind)))"
            logger.error("job timed out", metadata: ["job.timeout_s": "\(seconds)"])
            result = JobResult(.retry(reason: reason))
        }
        do {
            let outcome = try await record(job, result, logger: logger)
            JobMetrics.finished(job.kind.rawValue, outcome: outcome, duration: ContinuousClock.now - started)
        } catch is LeaseLost {
            logger.warning("job lease was lost before its outcome was recorded; the result is dropped")
        } catch {
            // The outcome is not written (the database restarting, a connection killed). No longer
            // heartbeated from here on: hand the job back at once if the database answers again,
            // else its lease expires and the rescuer does.
            running.withLock { _ = $0.remove(job.id) }
            logger.error("job outcome could not be recorded; releasing the job", metadata: ["error": "\(error)"])
            do {
                try await store.release(owner: owner, ids: [job.id])
            } catch {
                logger.warning(
                    "could not release the job; its lease will expire", metadata: ["error": "\(error)"])
            }
        }
        running.withLock { _ = $0.remove(job.id) }
    }

    /// Records the outcome (and commits the effects with it); returns what happened for metrics.
    private func record(_ job: ClaimedJob, _ result: JobResult, logger: Logger) async throws -> JobMetrics.Outcome {
        if result.outcome == .done && result.effects == nil {
            // Nothing to commit with it: completed in a batch with other jobs, one statement.
            guard try await completer.complete(job) else { throw LeaseLost() }
            return .succeeded
        }
        let owner = owner
        let retry = configuration.retry
        return try await pool.transaction { tx -> JobMetrics.Outcome in
            try await result.effects?(tx)
            switch result.outcome {
            case .done:
                guard try await JobStore.complete(job, owner: owner, on: tx) else { throw LeaseLost() }
                logger.debug("job completed")
                return .succeeded
            case .retry(let reason, let notBefore):
                let runAt = notBefore ?? Date().addingTimeInterval(retry.delay(afterAttempt: job.attempt).inSeconds)
                guard let state = try await JobStore.retry(job, owner: owner, runAt: runAt, error: reason, on: tx)
                else {
                    throw LeaseLost()
                }
                if state == .dead {
                    logger.error("job dead-lettered after its last attempt", metadata: ["error": "\(reason)"])
                    return .dead
                }
                logger.warning(
                    "job failed; will retry",
                    metadata: ["error": "\(reason)", "job.run_at": "\(RFC3339Text.format(runAt))"])
                return .failed
            case .snooze(let delay):
                guard
                    try await JobStore.snooze(
                        job, owner: owner, runAt: Date().addingTimeInterval(delay.inSeconds), on: tx)
                else { throw LeaseLost() }
                return .snoozed
            case .discard(let reason):
                guard try await JobStore.discard(job, owner: owner, reason: reason, on: tx) else { throw LeaseLost() }
                logger.warning("job discarded", metadata: ["reason": "\(reason)"])
                return .discarded
            case .deadLetter(let reason):
                guard try await JobStore.deadLetter(job, owner: owner, reason: reason, on: tx) else {
                    throw LeaseLost()
                }
                logger.error("job dead-lettered", metadata: ["error": "\(reason)"])
                return .dead
            }
        }
    }

    // MARK: Maintenance

    private func heartbeat() async throws {
        let ids = running.withLock { Array($0) }
        guard !ids.isEmpty else { return }
        try await store.heartbeat(owner: owner, ids: ids, lease: configuration.lease)
    }

    private func rescue() async throws {
        let rescued = try await store.rescueExpired()
        guard rescued > 0 else { return }
        logger.warning("rescued jobs whose worker stopped heartbeating", metadata: ["jobs.count": "\(rescued)"])
        for wakeup in lanes.values { wakeup.signal() }
    }

    private func housekeeping() async throws {
        var deleted = 0
        while !Task.isCancelled {
            let batch = try await store.pruneFinished(olderThan: configuration.retention)
            deleted += batch
            if batch < 1000 { break }
        }
        if deleted > 0 { logger.info("pruned finished jobs", metadata: ["jobs.count": "\(deleted)"]) }
        // The agents' stream history: kept a day for clients resuming with Last-Event-ID.
        let events = StreamEventStore(pool: pool)
        while !Task.isCancelled, try await events.prune() == 5000 {}
    }

    /// Runs `body` every `interval` until cancelled; failures are logged and retried next time.
    private func every(_ interval: Duration, _ body: @Sendable () async throws -> Void) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            do {
                try await body()
            } catch {
                logger.warning("job maintenance failed", metadata: ["error": "\(error)"])
            }
        }
    }

    // MARK: Shutdown

    /// Stops claiming, gives running handlers the grace period, then cancels the rest and releases
    /// their leases so another process picks them up at once.
    private func drain(_ lanesTask: Task<Void, Never>) async {
        stopping.store(true, ordering: .releasing)
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
        let left = running.withLock { Array($0) }
        guard !left.isEmpty else { return }
        do {
            try await store.release(owner: owner, ids: left)
            logger.warning("released leases of unfinished jobs", metadata: ["jobs.count": "\(left.count)"])
        } catch {
            logger.error(
                "could not release leases; the rescuer will return the jobs when they expire",
                metadata: ["error": "\(error)"])
        }
    }
}

/// A shared count of handlers in flight in one lane.
final class Counter: Sendable {
    private let count = Atomic<Int>(0)
    var value: Int { count.load(ordering: .acquiring) }
    func add(_ delta: Int) { count.add(delta, ordering: .acquiringAndReleasing) }
}

enum RFC3339Text {
    static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
