import Domain
import Logging
import Store

/// Returns jobs whose lease ran out (their process died or lost the database) to the queue.
///
/// Runs in every process: the statement is cheap, idempotent and skips rows another rescuer holds,
/// and a fleet recovers as fast as its most attentive member.
struct JobRescuer: Sendable {
    let store: JobStore
    let interval: Duration
    let clock: any JobClock
    let logger: Logger
    /// Called when jobs came back, so the lanes look at once.
    let onRescued: @Sendable () -> Void

    func run() async {
        await repeatEvery(interval, on: clock, logger: logger, what: "rescue") {
            let rescued = try await store.rescueExpired(now: clock.databaseNow)
            guard rescued > 0 else { return }
            logger.warning("rescued jobs whose worker stopped heartbeating", metadata: ["jobs.count": "\(rescued)"])
            onRescued()
        }
    }
}
