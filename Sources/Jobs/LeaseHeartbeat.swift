import Domain
import Logging
import Store

/// Extends the leases of the jobs whose handlers run in this process, one statement per beat.
struct LeaseHeartbeat: Sendable {
    let store: JobStore
    let owner: String
    let running: RunningJobs
    let lease: Duration
    let interval: Duration
    let clock: any JobClock
    let logger: Logger

    func run() async {
        await repeatEvery(interval, on: clock, logger: logger, what: "heartbeat") {
            let ids = running.snapshot
            guard !ids.isEmpty else { return }
            try await store.heartbeat(owner: owner, ids: ids, lease: lease, now: clock.databaseNow)
        }
    }
}
