import Foundation

/// The time the job runtime lives by: how long its loops sleep, and which instant its leases,
/// schedules and retention are measured against.
///
/// In production that instant is the database's `now()` (``databaseNow`` is nil), one clock for
/// every process however their hosts drift. Tests inject a manual clock that pins the instant and
/// wakes sleepers when advanced, so retry, lease and schedule logic runs without waiting.
public protocol JobClock: Sendable {
    /// Suspends for `duration` of this clock's time; throws `CancellationError` when cancelled.
    func sleep(for duration: Duration) async throws
    /// The instant queries compare against; nil means the database's own `now()`.
    var databaseNow: Date? { get }
    /// A monotonic reading of this clock, for deadlines measured in the process.
    var monotonicNow: ContinuousClock.Instant { get }
}

/// Real time: `Task.sleep` and the database's `now()`.
public struct SystemJobClock: JobClock {
    public init() {}

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }

    public var databaseNow: Date? { nil }

    public var monotonicNow: ContinuousClock.Instant { .now }
}
