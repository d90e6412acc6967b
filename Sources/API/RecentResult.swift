import Synchronization

/// A value computed at most once per `maxAge`, however many callers ask: concurrent callers while
/// one computes share its answer. For probes (`/readyz`, `/metrics`) that must not become a
/// cheap way to load the database.
final class RecentResult<Value: Sendable>: Sendable {
    private struct State {
        var value: Value?
        var at: ContinuousClock.Instant?
        var running: Task<Value, Never>?
    }

    private let maxAge: Duration
    /// Which values are worth keeping (e.g. only successes).
    private let keep: @Sendable (Value) -> Bool
    private let state = Mutex(State())

    init(maxAge: Duration, keep: @escaping @Sendable (Value) -> Bool = { _ in true }) {
        self.maxAge = maxAge
        self.keep = keep
    }

    func value(_ compute: @escaping @Sendable () async -> Value) async -> Value {
        let now = ContinuousClock.now
        let task = state.withLock { s -> Task<Value, Never>? in
            if s.value != nil, let at = s.at, now - at < maxAge { return nil }
            if let running = s.running { return running }
            let running = Task { await compute() }
            s.running = running
            return running
        }
        guard let task else { return state.withLock { $0.value! } }
        let value = await task.value
        state.withLock { s in
            if s.running == task {
                s.value = keep(value) ? value : nil
                s.at = .now
                s.running = nil
            }
        }
        return value
    }
}
