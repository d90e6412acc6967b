import Logging
import Synchronization

/// Shares one ``PostgresListener`` connection among consumers of different channels: each
/// subscriber gets its channel's notifications and every `.connected` event (after a reconnect
/// each must re-check the database, since notifications sent meanwhile are lost).
///
/// Subscribe before ``run()``; notifications that arrive for a channel nobody subscribed to are
/// dropped.
public final class NotificationRouter: Sendable {
    private let listener: PostgresListener
    private let routes = Mutex<[String: [AsyncStream<PostgresListener.Event>.Continuation]]>([:])

    public init(conninfo: String, channels: [String], logger: Logger) {
        listener = PostgresListener(conninfo: conninfo, channels: channels, logger: logger)
    }

    /// A stream of `channel`'s notifications and of connection events; ends when the router stops.
    public func subscribe(_ channel: String) -> AsyncStream<PostgresListener.Event> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: PostgresListener.Event.self, bufferingPolicy: .bufferingNewest(1024))
        routes.withLock { $0[channel, default: []].append(continuation) }
        return stream
    }

    /// Listens and routes until ``stop()``.
    public func run() async {
        listener.start()
        for await event in listener.events {
            let targets: [AsyncStream<PostgresListener.Event>.Continuation] = routes.withLock { routes in
                switch event {
                case .connected: return routes.values.flatMap { $0 }
                case .notification(let channel, _): return routes[channel] ?? []
                }
            }
            for target in targets { target.yield(event) }
        }
        routes.withLock { routes in
            for target in routes.values.flatMap({ $0 }) { target.finish() }
        }
    }

    /// Closes the connection; ``run()`` returns and every subscriber's stream ends.
    public func stop() {
        listener.stop()
    }
}
