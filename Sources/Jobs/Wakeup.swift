import Domain
import Synchronization

/// A coalescing wake-up signal: any number of `signal()` calls while nobody waits leave one pending
/// wake-up. This is the worker-side NOTIFY debounce: a burst of notifications causes one claim.
final class Wakeup: Sendable {
    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    private let state = Mutex(State())

    func signal() {
        let waiter = state.withLock { s -> CheckedContinuation<Void, Never>? in
            if let waiter = s.waiter {
                s.waiter = nil
                return waiter
            }
            s.pending = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns at the next signal (or at once if one is pending), after `timeout` of `clock`'s
    /// time, or on cancellation.
    func wait(timeout: Duration, clock: any JobClock = SystemJobClock()) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withTaskCancellationHandler {
                    await withCheckedContinuation { continuation in
                        let resumeNow = self.state.withLock { s -> Bool in
                            if s.pending {
                                s.pending = false
                                return true
                            }
                            s.waiter = continuation
                            return false
                        }
                        if resumeNow { continuation.resume() }
                    }
                } onCancel: {
                    self.signal()
                }
            }
            group.addTask { try? await clock.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
        // A signal that raced with the timeout stays pending for the next wait, which is harmless:
        // at worst one extra claim that finds nothing.
    }
}
