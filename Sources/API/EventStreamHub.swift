import Domain
import Foundation
import Logging
import Postgres
import ServiceLifecycle
import Store
import Synchronization

/// Fans the process's `NOTIFY stream` traffic out to its SSE clients, in memory: one LISTEN
/// connection per process however many agents are connected.
///
/// After the LISTEN connection comes back from an outage, the events committed meanwhile are read
/// from `stream_events` and sent, so a connected client misses nothing; if there are more than
/// ``catchUpLimit``, clients are told to `resync` (reload everything) instead. On graceful shutdown
/// every stream ends, so the HTTP server can drain. List this service after the HTTP server in
/// the service group: services shut down in reverse order, and the server waits for open streams.
public final class EventStreamHub: Service {
    /// What a subscriber receives.
    public enum Message: Sendable, Equatable {
        case event(StreamEvent)
        /// Events were missed and cannot be replayed: reload everything.
        case resync
    }

    public static let catchUpLimit = 1000

    private struct Subscriber {
        let tenant: UUID?
        let continuation: AsyncStream<Message>.Continuation
    }

    private struct State {
        var subscribers: [UInt64: Subscriber] = [:]
        var nextID: UInt64 = 0
        var lastSeq: Int64 = 0
        var closed = false
    }

    private let store: StreamEventStore
    private let notifications: AsyncStream<PostgresListener.Event>
    private let logger: Logger
    private let state = Mutex(State())

    /// - Parameter notifications: the `stream` channel (``NotificationRouter/subscribe(_:)``).
    public init(pool: PostgresPool, notifications: AsyncStream<PostgresListener.Event>, logger: Logger) {
        self.store = StreamEventStore(pool: pool)
        self.notifications = notifications
        self.logger = logger
    }

    /// Live messages for `tenant` (all tenants when nil), until the client goes or the process
    /// stops. Call ``unsubscribe(_:)`` with the id when done.
    public func subscribe(tenant: UUID?) -> (id: UInt64, messages: AsyncStream<Message>) {
        let (stream, continuation) = AsyncStream.makeStream(of: Message.self, bufferingPolicy: .bufferingNewest(10_000))
        let id: UInt64? = state.withLock { s in
            guard !s.closed else { return nil }
            s.nextID += 1
            s.subscribers[s.nextID] = Subscriber(tenant: tenant, continuation: continuation)
            return s.nextID
        }
        guard let id else {
            continuation.finish()
            return (0, stream)
        }
        return (id, stream)
    }

    public func unsubscribe(_ id: UInt64) {
        let subscriber = state.withLock { $0.subscribers.removeValue(forKey: id) }
        subscriber?.continuation.finish()
    }

    /// Connected clients (for tests and logs).
    public var subscriberCount: Int { state.withLock { $0.subscribers.count } }

    public func run() async throws {
        if let latest = try? await store.latest() { state.withLock { $0.lastSeq = max($0.lastSeq, latest) } }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in self.notifications {
                    switch event {
                    case .notification(_, let payload):
                        guard let streamEvent = StreamEvent(notification: payload) else {
                            self.logger.warning("unreadable stream notification")
                            continue
                        }
                        self.publish(streamEvent)
                    case .connected(let reconnect):
                        if reconnect { await self.catchUp() }
                    }
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
        let subscribers = state.withLock { s in
            s.closed = true
            defer { s.subscribers = [:] }
            return Array(s.subscribers.values)
        }
        for subscriber in subscribers { subscriber.continuation.finish() }
    }

    func publish(_ event: StreamEvent) {
        let targets = state.withLock { s -> [AsyncStream<Message>.Continuation] in
            s.lastSeq = max(s.lastSeq, event.seq)
            return s.subscribers.values.filter { $0.tenant == nil || $0.tenant == event.tenantID }.map(\.continuation)
        }
        for target in targets { target.yield(.event(event)) }
    }

    /// After a reconnect: what was committed while LISTEN was down.
    func catchUp() async {
        let after = state.withLock { $0.lastSeq }
        do {
            let missed = try await store.events(after: after, scope: .all, limit: Self.catchUpLimit + 1)
            if missed.count > Self.catchUpLimit {
                logger.warning("stream events missed during a listener outage; clients resync")
                let targets = state.withLock { s -> [AsyncStream<Message>.Continuation] in
                    s.lastSeq = max(s.lastSeq, missed.last?.seq ?? s.lastSeq)
                    return s.subscribers.values.map(\.continuation)
                }
                for target in targets { target.yield(.resync) }
            } else {
                for event in missed { publish(event) }
            }
        } catch {
            logger.warning("stream catch-up failed; clients resync", metadata: ["error": "\(error)"])
            let targets = state.withLock { $0.subscribers.values.map(\.continuation) }
            for target in targets { target.yield(.resync) }
        }
    }
}
