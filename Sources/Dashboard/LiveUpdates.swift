import Foundation
import Logging
import Postgres
import Synchronization

/// Turns NOTIFY traffic into at most one refresh per `interval`: a burst of job and event
/// notifications (a backlog draining, a fixture import) costs one inbox query, not hundreds,
/// and a single new ticket still shows within the interval plus one query.
final class LiveUpdates: Sendable {
    /// Tickets and drafts (`events`: every outbound event row), queues (`jobs`), kill switches
    /// (`flags`) and breakers (`breakers`).
    static let channels = ["events", "jobs", "flags", "breakers"]

    private let router: NotificationRouter
    private let interval: Duration
    private let scheduled = Mutex(false)
    private let onChange: @Sendable () -> Void

    init(
        conninfo: String, logger: Logger, interval: Duration = .milliseconds(150),
        onChange: @escaping @Sendable () -> Void
    ) {
        router = NotificationRouter(conninfo: conninfo, channels: Self.channels, logger: logger)
        self.interval = interval
        self.onChange = onChange
    }

    /// Listens until `stop()`; after a reconnect it refreshes too, since notifications sent while
    /// the connection was down are lost.
    func run() async {
        await withTaskGroup(of: Void.self) { group in
            for channel in Self.channels {
                let stream = router.subscribe(channel)
                group.addTask {
                    for await _ in stream { self.changed() }
                }
            }
            group.addTask { await self.router.run() }
        }
    }

    func stop() {
        router.stop()
    }

    private func changed() {
        let first = scheduled.withLock { scheduled in
            defer { scheduled = true }
            return !scheduled
        }
        guard first else { return }
        Task {
            try? await Task.sleep(for: interval)
            scheduled.withLock { $0 = false }
            onChange()
        }
    }
}
