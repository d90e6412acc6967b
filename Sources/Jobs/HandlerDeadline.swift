import Domain
import Synchronization

/// Runs a handler with a deadline it cannot ignore: at the deadline the handler's task is
/// cancelled and the caller goes on without waiting for it, so a handler stuck in a call that
/// never returns (or that ignores cancellation) gives its lane slot back anyway.
enum HandlerDeadline {
    enum Outcome<T: Sendable>: Sendable {
        case finished(T)
        case failed(any Error)
        case timedOut
    }

    static func run<T: Sendable>(
        _ timeout: Duration, clock: any JobClock = SystemJobClock(), _ body: @escaping @Sendable () async throws -> T
    ) async -> Outcome<T> {
        let once = Mutex<CheckedContinuation<Outcome<T>, Never>?>(nil)
        let work = Mutex<Task<Void, Never>?>(nil)
        let timer = Mutex<Task<Void, Never>?>(nil)
        let finish: @Sendable (Outcome<T>) -> Void = { outcome in
            once.withLock { continuation in
                continuation?.resume(returning: outcome)
                continuation = nil
            }
            // A finished handler's timer need not sleep on (thousands of jobs a second).
            timer.withLock { $0?.cancel() }
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                once.withLock { $0 = continuation }
                let task = Task {
                    do {
                        finish(.finished(try await body()))
                    } catch {
                        finish(.failed(error))
                    }
                }
                work.withLock { $0 = task }
                let sleeper = Task {
                    guard (try? await clock.sleep(for: timeout)) != nil else { return }
                    task.cancel()
                    finish(.timedOut)
                }
                timer.withLock { $0 = sleeper }
                // The handler may have finished before the timer was stored.
                if once.withLock({ $0 == nil }) { sleeper.cancel() }
            }
        } onCancel: {
            // Shutdown: the handler sees the cancellation; the caller waits for it as before.
            work.withLock { $0?.cancel() }
        }
    }
}
