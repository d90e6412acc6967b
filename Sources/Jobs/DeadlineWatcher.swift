import Domain
import Synchronization

/// One timer for every running handler's deadline, instead of a sleeping task per job: a loop
/// that wakes every ``tick`` and fires the deadlines that have passed. At thousands of jobs a
/// second a timer task per job (a task, a dispatch timer, a cancellation) cost about a quarter of a
/// worker's CPU; this costs a dictionary insert and remove. Deadlines fire within one tick.
final class DeadlineWatcher: Sendable {
    private struct Entry {
        let deadline: ContinuousClock.Instant
        let fire: @Sendable () -> Void
    }

    private struct State {
        var entries: [UInt64: Entry] = [:]
        var nextID: UInt64 = 0
    }

    static let tick: Duration = .milliseconds(100)

    private let clock: any JobClock
    private let state = Mutex(State())

    init(clock: any JobClock) {
        self.clock = clock
    }

    /// Calls `fire` once `timeout` has passed, unless ``remove(_:)`` comes first.
    func add(after timeout: Duration, _ fire: @escaping @Sendable () -> Void) -> UInt64 {
        let deadline = clock.monotonicNow + timeout
        return state.withLock { s in
            s.nextID += 1
            s.entries[s.nextID] = Entry(deadline: deadline, fire: fire)
            return s.nextID
        }
    }

    func remove(_ id: UInt64) {
        _ = state.withLock { $0.entries.removeValue(forKey: id) }
    }

    /// Until cancelled: every tick, fires what is due.
    func run() async {
        while !Task.isCancelled {
            guard (try? await clock.sleep(for: Self.tick)) != nil else { return }
            let now = clock.monotonicNow
            let due = state.withLock { s -> [@Sendable () -> Void] in
                let due = s.entries.filter { $0.value.deadline <= now }
                for id in due.keys { s.entries.removeValue(forKey: id) }
                return due.values.map(\.fire)
            }
            for fire in due { fire() }
        }
    }
}
