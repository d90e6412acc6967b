import Domain
import Logging
import Store

/// Deletes finished jobs past their retention and the agents' stream history past a day — in one
/// process of the fleet at a time.
///
/// Every round, each replica tries to take or renew the `pruner` row of `leader_leases`; only the
/// holder prunes. A holder that dies loses the row after three rounds and another takes over, so
/// a fleet of N workers runs one set of deletes, not N racing ones.
struct JobPruner: Sendable {
    static let leaseName = "pruner"

    let store: JobStore
    let events: StreamEventStore
    let leases: LeaderLeaseStore
    let owner: String
    let retention: Duration
    let interval: Duration
    let clock: any JobClock
    let logger: Logger

    func run() async {
        await repeatEvery(interval, on: clock, logger: logger, what: "prune") {
            try await pruneIfLeader()
        }
    }

    /// One round: prunes when this process holds (or takes) the lease; returns whether it did.
    @discardableResult
    func pruneIfLeader() async throws -> Bool {
        guard try await leases.acquire(Self.leaseName, owner: owner, ttl: interval * 3, now: clock.databaseNow)
        else { return false }
        var deleted = 0
        while !Task.isCancelled {
            let batch = try await store.pruneFinished(olderThan: retention, now: clock.databaseNow)
            deleted += batch
            if batch < 1000 { break }
        }
        if deleted > 0 { logger.info("pruned finished jobs", metadata: ["jobs.count": "\(deleted)"]) }
        // The agents' stream history: kept a day for clients resuming with Last-Event-ID.
        while !Task.isCancelled, try await events.prune() == 5000 {}
        return true
    }

    /// Hands the lease back (graceful shutdown), so another replica prunes from its next round.
    func resign() async {
        do {
            try await leases.release(Self.leaseName, owner: owner)
        } catch {
            logger.warning("could not give up the pruner lease; it expires", metadata: ["error": "\(error)"])
        }
    }
}
