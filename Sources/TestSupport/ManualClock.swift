import Domain
import Foundation
import Synchronization

/// A ``JobClock`` that moves only when told: sleepers wake when ``advance(by:)`` passes their
/// deadline, and queries see ``databaseNow`` (the start instant plus every advance).
public final class ManualClock: JobClock {
    private struct Sleeper {
        let deadline: Duration
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var elapsed: Duration = .zero
        var sleepers: [UInt64: Sleeper] = [:]
        var nextID: UInt64 = 0
    }

    private let start: Date
    private let monotonicStart = ContinuousClock.now
    private let state = Mutex(State())

    /// - Parameter start: the instant the clock shows before any advance. Whole milliseconds, so
    ///   it survives the round trip through a `timestamptz` unchanged.
    public init(start: Date = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded() / 1000)) {
        self.start = start
    }

    public var databaseNow: Date? { now }

    /// The instant the clock shows.
    public var now: Date {
        start.addingTimeInterval(
            state.withLock { Double($0.elapsed.components.seconds) + Double($0.elapsed.components.attoseconds) / 1e18 })
    }

    public var monotonicNow: ContinuousClock.Instant { monotonicStart + state.withLock { $0.elapsed } }

    /// How many tasks sleep on this clock right now.
    public var sleeping: Int { state.withLock { $0.sleepers.count } }

    public func sleep(for duration: Duration) async throws {
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow = state.withLock { s -> Bool in
                    if duration <= .zero || Task.isCancelled { return true }
                    s.sleepers[id] = Sleeper(deadline: s.elapsed + duration, continuation: continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
            try Task.checkCancellation()
        } onCancel: {
            let sleeper = state.withLock { $0.sleepers.removeValue(forKey: id) }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock forward and wakes every sleeper whose deadline has come.
    public func advance(by duration: Duration) {
        let due = state.withLock { s -> [Sleeper] in
            s.elapsed += duration
            let due = s.sleepers.filter { $0.value.deadline <= s.elapsed }
            for id in due.keys { s.sleepers.removeValue(forKey: id) }
            return Array(due.values)
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Waits (in real time, briefly) until at least `count` tasks sleep on the clock: the point at
    /// which advancing it wakes them rather than racing their next sleep.
    public func waitForSleepers(_ count: Int, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        while sleeping < count {
            guard ContinuousClock.now < deadline else {
                throw ManualClockTimeout(wanted: count, sleeping: sleeping)
            }
            try await Task.sleep(for: .milliseconds(2))
        }
    }
}

/// Sleepers never arrived: the code under test did not go back to sleep on the clock.
public struct ManualClockTimeout: Error, CustomStringConvertible {
    public let wanted: Int
    public let sleeping: Int
    public var description: String { "waited for \(wanted) sleepers on the manual clock, \(sleeping) arrived" }
}
