import Domain
import Logging
import Store

/// The claim loop of one lane: claims due jobs as the lane's slots free up and starts each on the
/// executor. Sleeps between claims until a NOTIFY, a finished handler or the fallback poll.
struct LaneProducer: Sendable {
    let lane: JobLane
    let kinds: [JobKind]
    let limit: Int
    let owner: String
    let store: JobStore
    let configuration: WorkerConfiguration
    /// Which jobs may be claimed now (paused switches, disabled endpoints, endpoint caps).
    let filter: (@Sendable () -> ClaimFilter)?
    let wakeup: Wakeup
    let executor: JobExecutor
    let running: RunningJobs
    let stopping: StopFlag
    let clock: any JobClock
    let logger: Logger

    func run() async {
        let inFlight = Counter()
        await withDiscardingTaskGroup { group in
            var failures = 0
            var backlog = false
            while !stopping.isSet && !Task.isCancelled {
                let free = limit - inFlight.value
                // With a backlog, claim in batches: wait until half the slots are free (handlers
                // signal as they finish) instead of one statement per freed slot. Without one, a
                // new job is claimed as soon as any slot is free.
                if free < 1 || (backlog && free < max(1, limit / 2)) {
                    await wakeup.wait(timeout: configuration.pollInterval, clock: clock)
                    continue
                }
                var claimedAll = false
                do {
                    let jobs = try await store.claim(
                        lane: lane, kinds: kinds, limit: free, owner: owner, lease: configuration.lease,
                        filter: filter?() ?? ClaimFilter(), now: clock.databaseNow)
                    failures = 0
                    claimedAll = jobs.count == free
                    backlog = claimedAll
                    for job in jobs {
                        running.insert(job.id)
                        inFlight.add(1)
                        group.addTask {
                            await executor.execute(job)
                            inFlight.add(-1)
                            wakeup.signal()
                        }
                    }
                } catch {
                    failures += 1
                    logger.warning("job claim failed", metadata: ["job.lane": "\(lane)", "error": "\(error)"])
                }
                // A full batch suggests more are due: claim again at once. Otherwise sleep until a
                // NOTIFY, a finished handler, or the fallback poll (longer while the database fails).
                if claimedAll { continue }
                let backoff = failures > 0 ? min(configuration.pollInterval * failures, .seconds(30)) : nil
                await wakeup.wait(timeout: backoff ?? configuration.pollInterval, clock: clock)
            }
        }
    }
}
