import Domain
import Foundation
import Logging
import Postgres
import Store
import Telemetry

/// Runs one claimed job: its handler under the kind's deadline, then the outcome recorded in its
/// own transaction together with the handler's effects.
///
/// No transaction or row lock is held while a handler runs. A class: every job's task captures
/// one reference to it, not a copy of its fields (measurable at thousands of jobs a second).
final class JobExecutor: Sendable {
    let pool: PostgresPool
    let store: JobStore
    let completer: BatchCompleter
    let owner: String
    let handlers: [JobKind: any JobHandler]
    let configuration: WorkerConfiguration
    let running: RunningJobs
    let stopping: StopFlag
    let clock: any JobClock
    let deadlines: DeadlineWatcher
    let logger: Logger

    init(
        pool: PostgresPool, store: JobStore, completer: BatchCompleter, owner: String,
        handlers: [JobKind: any JobHandler], configuration: WorkerConfiguration, running: RunningJobs,
        stopping: StopFlag, clock: any JobClock, deadlines: DeadlineWatcher, logger: Logger
    ) {
        self.pool = pool
        self.store = store
        self.completer = completer
        self.owner = owner
        self.handlers = handlers
        self.configuration = configuration
        self.running = running
        self.stopping = stopping
        self.clock = clock
        self.deadlines = deadlines
        self.logger = logger
    }

    struct LeaseLost: Error {}

    func execute(_ job: ClaimedJob) async {
        // The id of the webhook that caused the job (the intake stores it), so one grep shows a
        // ticket's whole story; jobs with no cause get one of their own.
        var metadata: Logger.Metadata = [
            "job.id": "\(job.id)", "job.kind": "\(job.kind)", "job.attempt": "\(job.attempt)",
            "correlation_id": "\(job.correlationID ?? "job-\(job.id)")",
        ]
        if let ticket = job.ticketID { metadata["ticket.id"] = "\(ticket.uuidString.lowercased())" }
        // One write, not five: the text handler re-renders all its metadata on every write (in a
        // profile of noop jobs, metadata writes were near a tenth of the worker's samples).
        var logger = logger
        logger.handler.metadata.merge(metadata) { _, new in new }
        guard let handler = handlers[job.kind] else {
            // Claims filter by the kinds this process has; this cannot happen.
            running.remove(job.id)
            return
        }
        JobMetrics.started(job.kind.rawValue)
        let started = ContinuousClock.now
        let timeout = configuration.timeout(for: job.kind)
        let result: JobResult
        let handlerLogger = logger
        switch await HandlerDeadline.run(
            timeout, watcher: deadlines, { try await handler.run(job, logger: handlerLogger) })
        {
        case .finished(let finished):
            result = finished
        case .failed(let error) where error is CancellationError && stopping.isSet:
            // Shutdown passed its grace period: the job stays in `running`, so the drain releases
            // its lease and another process runs it.
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
            running.remove(job.id)
            logger.error("job outcome could not be recorded; releasing the job", metadata: ["error": "\(error)"])
            do {
                try await store.release(owner: owner, ids: [job.id], now: clock.databaseNow)
            } catch {
                logger.warning(
                    "could not release the job; its lease will expire", metadata: ["error": "\(error)"])
            }
        }
        running.remove(job.id)
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
        let now = clock.databaseNow
        return try await pool.transaction { tx -> JobMetrics.Outcome in
            try await result.effects?(tx)
            switch result.outcome {
            case .done:
                guard try await JobStore.complete(job, owner: owner, now: now, on: tx) else { throw LeaseLost() }
                logger.debug("job completed")
                return .succeeded
            case .retry(let reason, let notBefore):
                let delay = retry.delay(afterAttempt: job.attempt)
                guard
                    let state = try await JobStore.retry(
                        job, owner: owner, after: delay, notBefore: notBefore, error: reason, now: now, on: tx)
                else { throw LeaseLost() }
                if state == .dead {
                    logger.error("job dead-lettered after its last attempt", metadata: ["error": "\(reason)"])
                    return .dead
                }
                let when: Logger.MetadataValue =
                    notBefore.map { "\(RFC3339Text.format($0))" } ?? "in \(String(format: "%.3f", delay.inSeconds)) s"
                logger.warning("job failed; will retry", metadata: ["error": "\(reason)", "job.retry_at": when])
                return .failed
            case .snooze(let delay):
                guard try await JobStore.snooze(job, owner: owner, for: delay, now: now, on: tx) else {
                    throw LeaseLost()
                }
                return .snoozed
            case .discard(let reason):
                guard try await JobStore.discard(job, owner: owner, reason: reason, now: now, on: tx) else {
                    throw LeaseLost()
                }
                logger.warning("job discarded", metadata: ["reason": "\(reason)"])
                return .discarded
            case .deadLetter(let reason):
                guard try await JobStore.deadLetter(job, owner: owner, reason: reason, now: now, on: tx) else {
                    throw LeaseLost()
                }
                logger.error("job dead-lettered", metadata: ["error": "\(reason)"])
                return .dead
            }
        }
    }
}
