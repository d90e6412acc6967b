/// An error from the Postgres layer.
///
/// `description` is safe to log and to show a user: it never contains SQL text, bind values or
/// row data. `debugDescription` adds the server's detail and the statement, for debug logs only.
public struct PostgresError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, in terms a caller can act on.
    public enum Code: String, Sendable {
        /// A new connection could not be established (server down, bad conninfo, auth failure).
        case connectionFailed
        /// An established connection broke while a statement was in flight.
        case connectionLost
        /// The server rejected a statement; see ``PostgresError/sqlState``.
        case server
        /// No connection became free within the pool's acquire timeout.
        case poolTimeout
        /// The pool was shut down.
        case poolClosed
        /// A column could not be converted to the requested Swift type.
        case decoding
        /// A value could not be sent (for example a string containing a NUL byte).
        case encoding
    }

    public let code: Code
    /// The five-character SQLSTATE for `.server` errors (for example `23505` unique_violation).
    public let sqlState: String?
    /// The primary message: from the server, libpq or this module. Contains no bind values.
    public let message: String
    /// The server's DETAIL field, which may contain row values: debug output only.
    public let detail: String?
    /// The constraint name the server reported, if any.
    public let constraint: String?
    /// The statement text, for debug output only.
    public let sql: String?

    public init(
        _ code: Code, message: String, sqlState: String? = nil, detail: String? = nil,
        constraint: String? = nil, sql: String? = nil
    ) {
        self.code = code
        self.message = message
        self.sqlState = sqlState
        self.detail = detail
        self.constraint = constraint
        self.sql = sql
    }

    public var description: String {
        if let sqlState { return "postgres \(code.rawValue) [\(sqlState)]: \(message)" }
        return "postgres \(code.rawValue): \(message)"
    }

    public var debugDescription: String {
        var text = description
        if let detail { text += " detail: \(detail)" }
        if let constraint { text += " constraint: \(constraint)" }
        if let sql { text += " sql: \(sql)" }
        return text
    }

    /// True when retrying later, on a working server, could succeed: the database is unreachable,
    /// restarting, out of connections or disk, read-only (a standby, or a primary being failed
    /// over), too slow (a statement cancelled by the timeout), or the transaction lost a
    /// serialization race or a deadlock; or the pool is saturated. The API answers these with 503.
    public var isUnavailable: Bool {
        switch code {
        case .connectionFailed, .connectionLost, .poolTimeout, .poolClosed: return true
        case .decoding, .encoding: return false
        case .server:
            guard let sqlState else { return false }
            // 08: connection exception; 53: insufficient resources (disk full, out of memory, too
            // many connections); 57P01-03: admin shutdown, crash shutdown, cannot connect now;
            // 57014: query cancelled (the statement timeout); 25006: read-only transaction;
            // 40001 / 40P01: serialization failure, deadlock.
            return sqlState.hasPrefix("08") || sqlState.hasPrefix("53")
                || ["57P01", "57P02", "57P03", "57014", "25006", "40001", "40P01"].contains(sqlState)
        }
    }

    /// True for a unique-constraint violation (SQLSTATE 23505).
    public var isUniqueViolation: Bool { sqlState == "23505" }
}
