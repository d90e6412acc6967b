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
        _ timeout: Duration, watcher: DeadlineWatcher, _ body: @escaping @Sendable () async throws -> T
    ) async -> Outcome<T> {
        let once = Mutex<CheckedContinuation<Outcome<T>, Never>?>(nil)
        let work = Mutex<Task<Void, Never>?>(nil)
        let finish: @Sendable (Outcome<T>) -> Void = { outcome in
            once.withLock { continuation in
                continuation?.resume(returning: outcome)
                continuation = nil
            }
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                once.withLock { $0 = continuation }
                let timer = watcher.add(after: timeout) {
                    work.withLock { $0?.cancel() }
                    finish(.timedOut)
                }
                let task = Task {
                    let outcome: Outcome<T>
                    do {
                        outcome = .finished(try await body())
                    } catch {
                        outcome = .failed(error)
                    }
                    watcher.remove(timer)
                    finish(outcome)
                }
                work.withLock { $0 = task }
                // The deadline may have fired before the task was stored: cancel it now.
                if once.withLock({ $0 == nil }) { task.cancel() }
            }
        } onCancel: {
            // Shutdown: the handler sees the cancellation; the caller waits for it as before.
            work.withLock { $0?.cancel() }
        }
    }
}
