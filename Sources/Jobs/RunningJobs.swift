import Synchronization

/// The jobs this process holds between claim and recorded outcome: what the heartbeat keeps
/// alive and what shutdown hands back. A job whose outcome could not be written leaves the set at
/// once, so its lease runs out and the rescuer returns it even while the process stays busy.
final class RunningJobs: Sendable {
    private let ids = Mutex<Set<Int64>>([])

    func insert(_ id: Int64) { ids.withLock { _ = $0.insert(id) } }
    func remove(_ id: Int64) { ids.withLock { _ = $0.remove(id) } }
    var snapshot: [Int64] { ids.withLock { Array($0) } }
    var count: Int { ids.withLock { $0.count } }
}

/// A shared count of handlers in flight in one lane.
final class Counter: Sendable {
    private let count = Atomic<Int>(0)
    var value: Int { count.load(ordering: .acquiring) }
    func add(_ delta: Int) { count.add(delta, ordering: .acquiringAndReleasing) }
}

/// Set once when the process starts draining; read by the producers and the executor.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .acquiring) }
    func set() { flag.store(true, ordering: .releasing) }
}
