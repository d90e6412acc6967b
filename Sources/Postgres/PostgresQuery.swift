/// A SQL statement and its bind values.
///
/// Built with string interpolation, where every interpolated value becomes a `$n` parameter, so a
/// value can never change the statement's shape:
///
/// ```swift
/// let q: PostgresQuery = "SELECT id FROM tickets WHERE tenant_id = \(tenantID) AND external_id = \(ext)"
/// // sql: "SELECT id FROM tickets WHERE tenant_id = $1 AND external_id = $2"
/// ```
///
/// Values travel in text format; cast in SQL where the server cannot infer a type (`\(n)::int`).
/// Raw SQL text is possible only through ``init(unsafeSQL:binds:)`` and
/// ``StringInterpolation/appendInterpolation(unsafeRaw:)``, for trusted constants such as
/// migration files and identifiers chosen from a fixed list.
public struct PostgresQuery: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var sql: String
    public private(set) var binds: [String?]

    public init(unsafeSQL sql: String, binds: [String?] = []) {
        self.sql = sql
        self.binds = binds
    }

    public init(stringLiteral value: String) {
        self.sql = value
        self.binds = []
    }

    public init(stringInterpolation: StringInterpolation) {
        self.sql = stringInterpolation.sql
        self.binds = stringInterpolation.binds
    }

    /// The statement only; bind values are never part of the description.
    public var description: String { sql }

    public struct StringInterpolation: StringInterpolationProtocol {
        var sql: String
        var binds: [String?]

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql = ""
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
            binds = []
            binds.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Appends a `$n` placeholder bound to `value`.
        public mutating func appendInterpolation(_ value: some PostgresEncodable) {
            binds.append(value.postgresText)
            sql += "$\(binds.count)"
        }

        /// Appends a `$n` placeholder bound to `value`, or to NULL when it is nil.
        public mutating func appendInterpolation(_ value: (some PostgresEncodable)?) {
            binds.append(value?.postgresText)
            sql += "$\(binds.count)"
        }

        /// Appends trusted SQL text verbatim. Never pass data that came from outside the program.
        public mutating func appendInterpolation(unsafeRaw text: String) {
            sql += text
        }
    }
}
