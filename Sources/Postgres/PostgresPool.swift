import Synchronization

/// A bounded pool of ``PostgresConnection``s.
///
/// At most `maxConnections` are open at once; a caller that finds none free waits in FIFO order,
/// up to `acquireTimeout`, then gets `.poolTimeout` (which the API turns into 503, not a hang).
/// Connections are opened lazily and heal themselves after a server restart.
public final class PostgresPool: Sendable {
    public struct Configuration: Sendable {
        /// libpq conninfo string or `postgres://` URI.
        public var conninfo: String
        /// Upper bound on open connections from this pool.
        public var maxConnections: Int
        /// How long `withConnection` waits for a free connection before failing.
        public var acquireTimeout: Duration
        /// The longest one statement may run before the server is asked to cancel it (SQLSTATE
        /// 57014, an unavailable database to callers); nil for no limit.
        public var statementTimeout: Duration?

        public init(
            conninfo: String, maxConnections: Int = 10, acquireTimeout: Duration = .seconds(5),
            statementTimeout: Duration? = nil
        ) {
            precondition(maxConnections > 0, "maxConnections must be positive")
            self.conninfo = conninfo
            self.maxConnections = maxConnections
            self.acquireTimeout = acquireTimeout
            self.statementTimeout = statementTimeout
        }
    }

    private enum Lease: Sendable {
        case connection(PostgresConnection)
        /// Permission to open a new connection (the slot is already counted).
        case slot
    }

    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Lease, any Error>
    }

    private struct State {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [Waiter] = []
        var nextWaiterID: UInt64 = 0
        var closed = false
    }

    public let configuration: Configuration
    private let state = Mutex(State())

    public init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// Lends a connection to `body` and takes it back afterwards, even when `body` throws.
    public func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await acquire()
        defer { release(connection) }
        return try await body(connection)
    }

    /// Runs one statement on any free connection.
    @discardableResult
    public func query(_ query: PostgresQuery) async throws -> PostgresResult {
        try await withConnection { try await $0.query(query) }
    }

    /// Runs `body` in a transaction on one connection: COMMIT on return, ROLLBACK on throw.
    public func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { connection in try await connection.transaction(body) }
    }

    /// Sends a notification (delivered to listeners when the surrounding transaction commits).
    public func notify(channel: String, payload: String = "") async throws {
        try await query("SELECT pg_notify(\(channel), \(payload))")
    }

    /// Closes idle connections and fails waiters; connections in use close when returned.
    public func close() async {
        let (idle, waiters) = state.withLock { s -> ([PostgresConnection], [Waiter]) in
            s.closed = true
            let idle = s.idle
            s.open -= idle.count
            s.idle = []
            let waiters = s.waiters
            s.waiters = []
            return (idle, waiters)
        }
        for waiter in waiters {
            waiter.continuation.resume(throwing: PostgresError(.poolClosed, message: "the connection pool is closed"))
        }
        for connection in idle { await connection.close() }
    }

    /// Connections open now and idle now, for status and tests.
    public var counts: (open: Int, idle: Int) {
        state.withLock { ($0.open, $0.idle.count) }
    }

    private enum AcquireAction {
        case resume(Lease)
        case fail(PostgresError)
        case wait(UInt64)
    }

    private func acquire() async throws -> PostgresConnection {
        let maxConnections = configuration.maxConnections
        let lease: Lease = try await withCheckedThrowingContinuation { continuation in
            let action = state.withLock { s -> AcquireAction in
                if s.closed { return .fail(PostgresError(.poolClosed, message: "the connection pool is closed")) }
                if let connection = s.idle.popLast() { return .resume(.connection(connection)) }
                if s.open < maxConnections {
                    s.open += 1
                    return .resume(.slot)
                }
                let id = s.nextWaiterID
                s.nextWaiterID += 1
                s.waiters.append(Waiter(id: id, continuation: continuation))
                return .wait(id)
            }
            switch action {
            case .resume(let lease): continuation.resume(returning: lease)
            case .fail(let error): continuation.resume(throwing: error)
            case .wait(let id): scheduleTimeout(for: id)
            }
        }
        switch lease {
        case .connection(let connection):
            return connection
        case .slot:
            do {
                return try await PostgresConnection.connect(
                    configuration.conninfo, statementTimeout: configuration.statementTimeout)
            } catch {
                releaseSlot()
                throw error
            }
        }
    }

    private func scheduleTimeout(for id: UInt64) {
        let timeout = configuration.acquireTimeout
        Task { [weak self] in
            try? await Task.sleep(for: timeout)
            guard let self else { return }
            let waiter = self.state.withLock { s -> Waiter? in
                guard let index = s.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return s.waiters.remove(at: index)
            }
            waiter?.continuation.resume(
                throwing: PostgresError(
                    .poolTimeout,
                    message: "no database connection became free within \(timeout); the database may be overloaded"))
        }
    }

    private func release(_ connection: PostgresConnection) {
        let (waiter, closeIt) = state.withLock { s -> (Waiter?, Bool) in
            if !s.waiters.isEmpty { return (s.waiters.removeFirst(), false) }
            if s.closed {
                s.open -= 1
                return (nil, true)
            }
            s.idle.append(connection)
            return (nil, false)
        }
        if let waiter {
            waiter.continuation.resume(returning: .connection(connection))
        } else if closeIt {
            Task { await connection.close() }
        }
    }

    private func releaseSlot() {
        let waiter = state.withLock { s -> Waiter? in
            if !s.waiters.isEmpty, !s.closed { return s.waiters.removeFirst() }
            s.open -= 1
            return nil
        }
        waiter?.continuation.resume(returning: .slot)
    }
}
