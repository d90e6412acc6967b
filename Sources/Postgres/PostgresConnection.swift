internal import CLibPQ
import Dispatch
import Foundation
import Synchronization

/// One libpq connection.
///
/// libpq calls block, so they never run on Swift's cooperative pool: every call on the `PGconn`
/// happens on this connection's own serial `DispatchQueue`, and async callers wait on a
/// continuation. Confinement rule: `handle` and `inTransaction` are read and written only on
/// `queue`. A pool hands a connection to one task at a time, so statements never interleave.
///
/// The connection heals itself between units of work: if the server restarted, the next statement
/// that is not inside a transaction reconnects first. Inside a transaction a lost connection is an
/// error (`.connectionLost`), never a silent reconnect that would run the rest outside it.
public final class PostgresConnection: @unchecked Sendable {
    private let queue: DispatchQueue
    private let conninfo: String
    private let statementTimeout: Duration?
    private var handle: OpaquePointer?
    private var inTransaction = false
    /// The current statement, for the watchdog: bumped before and after each one, so a cancel
    /// that fires late never reaches the statement after it.
    private let statement = StatementWatch()

    private init(conninfo: String, statementTimeout: Duration?) {
        self.conninfo = conninfo
        self.statementTimeout = statementTimeout
        self.queue = DispatchQueue(label: "supportbot.postgres.connection")
    }

    deinit {
        if let handle { PQfinish(handle) }
    }

    /// Opens a connection from a libpq conninfo string or `postgres://` URI.
    ///
    /// - Parameter statementTimeout: a statement still running after this long is cancelled on
    ///   the server (a cancel request, as `pg_cancel_backend` would send: no session setting, so
    ///   it works through PgBouncer in transaction mode too) and fails with SQLSTATE 57014.
    public static func connect(
        _ conninfo: String, statementTimeout: Duration? = nil
    ) async throws
        -> PostgresConnection
    {
        let connection = PostgresConnection(conninfo: conninfo, statementTimeout: statementTimeout)
        try await connection.onQueue { try connection.openLocked() }
        return connection
    }

    /// Runs one parameterized statement.
    @discardableResult
    public func query(_ query: PostgresQuery) async throws -> PostgresResult {
        try await onQueue { try self.execLocked(query) }
    }

    /// Runs trusted SQL that may hold several statements (migration files). No bind values.
    public func execute(unsafeScript sql: String) async throws {
        try await onQueue {
            let h = try self.ensureConnectedLocked()
            guard let result = PQexec(h, sql) else { throw self.connectionErrorLocked(h, sql: nil) }
            defer { PQclear(result) }
            try self.checkLocked(result, h, sql: nil)
        }
    }

    /// Runs `body` inside BEGIN … COMMIT; rolls back and rethrows if it throws.
    public func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await onQueue {
            _ = try self.execLocked("BEGIN")
            self.inTransaction = true
        }
        let value: T
        do {
            value = try await body(self)
        } catch {
            await rollback()
            throw error
        }
        try await onQueue {
            defer { self.inTransaction = false }
            _ = try self.execLocked("COMMIT")
        }
        return value
    }

    /// Closes the connection; later statements reconnect.
    public func close() async {
        try? await onQueue {
            if let h = self.handle { PQfinish(h) }
            self.handle = nil
            self.inTransaction = false
        }
    }

    /// The server's backend process id, for tests that terminate a session on purpose.
    public func backendPID() async throws -> Int32 {
        try await onQueue { PQbackendPID(try self.ensureConnectedLocked()) }
    }

    private func rollback() async {
        try? await onQueue {
            defer { self.inTransaction = false }
            guard let h = self.handle, PQstatus(h) == CONNECTION_OK else { return }
            if let result = PQexec(h, "ROLLBACK") { PQclear(result) }
        }
    }

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    // MARK: - On the queue only

    private func openLocked() throws {
        // Keywords before "dbname" are defaults that the caller's conninfo may override; the
        // fallback name gives way to PGAPPNAME too.
        let keywords = Self.defaultKeywords.map(\.0) + ["dbname"]
        let values = Self.defaultKeywords.map(\.1) + [conninfo]
        let h = withCStrings(keywords) { k in
            withCStrings(values) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let h else {
            throw PostgresError(.connectionFailed, message: "libpq could not allocate a connection")
        }
        guard PQstatus(h) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(h))
            PQfinish(h)
            throw PostgresError(.connectionFailed, message: message)
        }
        // libpq prints server notices (and the FATAL of a terminated backend) to stderr by default.
        PQsetNoticeProcessor(h, { _, _ in }, nil)
        handle = h
    }

    /// Client-side connection defaults, before the caller's conninfo (which may override any). The
    /// TCP settings find a server that stopped answering (host gone, no RST) in about 30 s
    /// instead of the kernel's default of many minutes: keepalive probes on an idle connection,
    /// and `tcp_user_timeout` for data sent but never acknowledged.
    static let defaultKeywords: [(String, String)] = [
        ("fallback_application_name", "supportbot"), ("connect_timeout", "5"), ("keepalives", "1"),
        ("keepalives_idle", "15"), ("keepalives_interval", "5"), ("keepalives_count", "3"),
        ("tcp_user_timeout", "30000"),
    ]

    private func ensureConnectedLocked() throws -> OpaquePointer {
        if let h = handle {
            if PQstatus(h) == CONNECTION_OK {
                // An idle socket with something to read usually means the server is closing it.
                // A terminated backend first sends an error message and then closes: keep reading
                // until the socket is quiet (healthy) or libpq sees the end of the stream.
                var healthy = true
                for _ in 0..<4 where sb_readable_now(PQsocket(h)) != 0 {
                    if PQconsumeInput(h) == 0 || PQstatus(h) != CONNECTION_OK {
                        healthy = false
                        break
                    }
                }
                while let notice = PQnotifies(h) { PQfreemem(notice) }
                if healthy, sb_readable_now(PQsocket(h)) == 0 { return h }
            }
            if inTransaction {
                throw PostgresError(.connectionLost, message: Self.trimmed(PQerrorMessage(h)))
            }
            PQfinish(h)
            handle = nil
        } else if inTransaction {
            throw PostgresError(.connectionLost, message: "connection closed inside a transaction")
        }
        try openLocked()
        return handle!
    }

    private func execLocked(_ query: PostgresQuery) throws -> PostgresResult {
        let h = try ensureConnectedLocked()
        for bind in query.binds where bind?.utf8.contains(0) == true {
            throw PostgresError(.encoding, message: "a bind value contains a NUL byte", sql: query.sql)
        }
        let watch = startWatchdogLocked(h)
        let result = withOptionalCStrings(query.binds) { params in
            PQexecParams(h, query.sql, Int32(query.binds.count), nil, params, nil, nil, 0)
        }
        watch?.finish()
        guard let result else { throw connectionErrorLocked(h, sql: query.sql) }
        defer { PQclear(result) }
        try checkLocked(result, h, sql: query.sql)
        return Self.read(result)
    }

    /// Arms the statement timeout: past it, a cancel request for this connection's backend.
    private func startWatchdogLocked(_ h: OpaquePointer) -> StatementWatch.Armed? {
        guard let statementTimeout, let cancel = PQgetCancel(h) else { return nil }
        return statement.arm(after: statementTimeout, cancel: CancelHandle(cancel))
    }

    private func checkLocked(_ result: OpaquePointer, _ h: OpaquePointer, sql: String?) throws {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return
        default:
            if PQstatus(h) != CONNECTION_OK { throw connectionErrorLocked(h, sql: sql) }
            func field(_ code: Int32) -> String? {
                guard let p = PQresultErrorField(result, code) else { return nil }
                return String(cString: p)
            }
            throw PostgresError(
                .server,
                message: field(sb_PG_DIAG_MESSAGE_PRIMARY) ?? Self.trimmed(PQresultErrorMessage(result)),
                sqlState: field(sb_PG_DIAG_SQLSTATE),
                detail: field(sb_PG_DIAG_MESSAGE_DETAIL),
                constraint: field(sb_PG_DIAG_CONSTRAINT_NAME),
                sql: sql
            )
        }
    }

    private func connectionErrorLocked(_ h: OpaquePointer, sql: String?) -> PostgresError {
        PostgresError(.connectionLost, message: Self.trimmed(PQerrorMessage(h)), sql: sql)
    }

    private static func read(_ result: OpaquePointer) -> PostgresResult {
        let fieldCount = PQnfields(result)
        let rowCount = PQntuples(result)
        var columns: [String] = []
        columns.reserveCapacity(Int(fieldCount))
        for c in 0..<fieldCount { columns.append(String(cString: PQfname(result, c))) }
        let index = ColumnIndex(columns)
        var rows: [PostgresRow] = []
        rows.reserveCapacity(Int(rowCount))
        for r in 0..<rowCount {
            var values: [String?] = []
            values.reserveCapacity(Int(fieldCount))
            for c in 0..<fieldCount {
                if PQgetisnull(result, r, c) != 0 {
                    values.append(nil)
                } else {
                    values.append(String(cString: PQgetvalue(result, r, c)))
                }
            }
            rows.append(PostgresRow(columnIndex: index, values: values))
        }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PostgresResult(columns: columns, rows: rows, affectedRows: affected)
    }

    static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown libpq error" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "unknown libpq error" : text
    }
}

/// A libpq cancel object: thread-safe to use from the timer queue (`PQcancel` is documented as
/// safe to call from another thread or a signal handler). Freed when the statement is over.
final class CancelHandle: @unchecked Sendable {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        PQfreeCancel(pointer)
    }

    func send() {
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(pointer, &buffer, Int32(buffer.count))
    }
}

/// The statement timeout's timer: one generation number per statement, so a timer that fires
/// just as its statement ends cancels nothing.
final class StatementWatch: Sendable {
    private static let timers = DispatchQueue(label: "supportbot.postgres.statement-timeout")
    private let generation = Mutex<UInt64>(0)

    struct Armed {
        let watch: StatementWatch
        let generation: UInt64
        let timer: DispatchWorkItem

        func finish() {
            timer.cancel()
            watch.generation.withLock { $0 &+= 1 }
        }
    }

    func arm(after timeout: Duration, cancel: CancelHandle) -> Armed {
        let current = generation.withLock { g -> UInt64 in
            g &+= 1
            return g
        }
        let timer = DispatchWorkItem { [self] in
            // Checked and sent under the lock: `finish` cannot slip in between.
            generation.withLock { g in
                if g == current { cancel.send() }
            }
        }
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        Self.timers.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds)), execute: timer)
        return Armed(watch: self, generation: current, timer: timer)
    }
}

/// Calls `body` with a NULL-terminated C array of C strings that live for the call.
func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let owned = strings.map { strdup($0) }
    defer { owned.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = owned.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

/// Calls `body` with a C array of C strings where nil stays NULL (SQL NULL for libpq).
func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    if strings.isEmpty { return body(nil) }
    let owned = strings.map { $0.flatMap { strdup($0) } }
    defer { owned.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = owned.map { $0.map { UnsafePointer($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}
