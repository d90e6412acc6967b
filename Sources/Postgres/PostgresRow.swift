/// The rows a statement returned, copied out of libpq's result so they can cross threads.
public struct PostgresResult: Sendable {
    /// Column names in order.
    public let columns: [String]
    public let rows: [PostgresRow]
    /// Rows inserted, updated or deleted (`PQcmdTuples`), or 0.
    public let affectedRows: Int

    /// The first row, or nil when there is none.
    public var first: PostgresRow? { rows.first }
}

/// One row: text values by column position, with typed accessors by name.
public struct PostgresRow: Sendable {
    let columnIndex: ColumnIndex
    /// Text values in column order; nil is SQL NULL.
    public let values: [String?]

    /// Decodes a non-NULL column; throws when it is NULL, missing, or does not parse.
    public func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let value = try decodeIfPresent(column, as: type) else {
            throw PostgresError(.decoding, message: "column \(column) is NULL")
        }
        return value
    }

    /// Decodes a column that may be NULL.
    public func decodeIfPresent<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        guard let index = columnIndex.positions[column] else {
            throw PostgresError(.decoding, message: "no column named \(column)")
        }
        guard let text = values[index] else { return nil }
        guard let value = T(postgresText: text) else {
            throw PostgresError(.decoding, message: "column \(column) is not a valid \(T.self)")
        }
        return value
    }
}

/// Column name → position, shared by all rows of one result.
final class ColumnIndex: Sendable {
    let positions: [String: Int]
    init(_ columns: [String]) {
        var positions: [String: Int] = [:]
        for (i, name) in columns.enumerated() where positions[name] == nil { positions[name] = i }
        self.positions = positions
    }
}
