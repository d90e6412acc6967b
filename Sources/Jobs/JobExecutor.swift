import Domain
import Foundation
import Logging
import Postgres
import Store
import Telemetry

/// Runs one claimed job: its handler under the kind's deadline, then the outcome recorded in its
/// own transaction together with the handler's effects.
///
/// No transaction or row lock is held while a handler runs.
struct JobExecutor: Sendable {
    let pool: PostgresPool
    let store: JobStore
    let completer: BatchCompleter
    let owner: String
    let handlers: [JobKind: any JobHandler]
    let configuration: WorkerConfiguration
    let running: RunningJobs
    let stopping: StopFlag
    let clock: any JobClock
    let logger: Logger

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
            running.remove(job.id)
            return
        }
        JobMetrics.started(job.kind.rawValue)
        let started = ContinuousClock.now
        let timeout = configuration.timeout(for: job.kind)
        let result: JobResult
        let handlerLogger = logger
        switch await HandlerDeadline.run(timeout, clock: clock, { try await handler.run(job, logger: handlerLogger) }) {
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
