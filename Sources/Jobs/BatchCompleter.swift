import Domain
import Store
import Synchronization

/// Records "done" for jobs without effects in batches, like a group commit: the first completion
/// starts a flush at once; completions that arrive while it is in flight go out together in the
/// next one. Low load pays one round trip per job, high load one per batch.
///
/// Jobs with effects never come here: their effects and completion share one transaction.
final class BatchCompleter: Sendable {
    private struct Waiter {
        let id: Int64
        let attempt: Int
        let continuation: CheckedContinuation<Bool, any Error>
    }

    private struct State {
        var pending: [Waiter] = []
        var flushing = false
    }

    private let store: JobStore
    private let owner: String
    private let maxBatch: Int
    private let clock: any JobClock
    private let state = Mutex(State())

    init(store: JobStore, owner: String, clock: any JobClock, maxBatch: Int = 500) {
        self.store = store
        self.owner = owner
        self.clock = clock
        self.maxBatch = maxBatch
    }

    /// Completes `job`; true when it was recorded, false when its lease had been lost.
    func complete(_ job: ClaimedJob) async throws -> Bool {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state in
                state.pending.append(Waiter(id: job.id, attempt: job.attempt, continuation: continuation))
                if state.flushing { return false }
                state.flushing = true
                return true
            }
            if start { Task { await self.flush() } }
        }
    }

    private func flush() async {
        while true {
            let batch: [Waiter] = state.withLock { state in
                let batch = Array(state.pending.prefix(maxBatch))
                state.pending.removeFirst(batch.count)
                if batch.isEmpty { state.flushing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            do {
                let recorded = try await store.complete(
                    batch.map { ($0.id, $0.attempt) }, owner: owner, now: clock.databaseNow)
                for waiter in batch { waiter.continuation.resume(returning: recorded.contains(waiter.id)) }
            } catch {
                for waiter in batch { waiter.continuation.resume(throwing: error) }
            }
        }
    }
}
