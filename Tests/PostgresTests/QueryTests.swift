import Foundation
import Postgres
import TestSupport
import Testing

@Suite("Postgres queries against a real server")
struct QueryTests {
    @Test("every bind type round-trips, NULLs included")
    func bindsRoundTrip() async throws {
        let pool = try await TestDatabase.shared.pool()
        let id = UUID()
        let when = Date(timeIntervalSince1970: 1_795_000_000.123456)
        let bytes = PostgresBytes([0, 1, 2, 0xfe, 0xff])
        let json = PostgresJSON(text: #"{"a": [1, "two"], "ü": null}"#)
        let text = "Ünïcödé ✓ 'quoted' \"double\" \\ back; DROP TABLE tickets; --"
        let row = try #require(
            try await pool.query(
                """
                SELECT \(text)::text AS s, \(Int(-42))::int AS i, \(Int64.max)::bigint AS big, \(Int32(7))::int AS small,
                       \(3.25)::float8 AS d, \(true)::bool AS yes, \(false)::bool AS no, \(id)::uuid AS id,
                       \(when)::timestamptz AS ts, \(bytes)::bytea AS b, \(json)::jsonb AS j,
                       \(nil as String?)::text AS null_text, \(nil as Int?)::int AS null_int,
                       \(["a", "b\"c", "d,e"])::text[] AS arr, cardinality(\([Int64(1), 2, 3])::bigint[]) AS n
                """
            ).first)
        #expect(try row.decode("s") == text)
        #expect(try row.decode("i") == -42)
        #expect(try row.decode("big") == Int64.max)
        #expect(try row.decode("small") == Int32(7))
        #expect(try row.decode("d") == 3.25)
        #expect(try row.decode("yes") == true)
        #expect(try row.decode("no") == false)
        #expect(try row.decode("id") == id)
        let ts: Date = try row.decode("ts")
        #expect(abs(ts.timeIntervalSince1970 - when.timeIntervalSince1970) < 0.000_002)
        #expect(try row.decode("b", as: PostgresBytes.self) == bytes)
        struct Doc: Decodable, Equatable {
            let a: [Value]
            enum Value: Decodable, Equatable {
                case int(Int), string(String)
                init(from decoder: any Decoder) throws {
                    let c = try decoder.singleValueContainer()
                    if let i = try? c.decode(Int.self) {
                        self = .int(i)
                    } else {
                        self = .string(try c.decode(String.self))
                    }
                }
            }
        }
        #expect(try row.decode("j", as: PostgresJSON.self).decode(Doc.self) == Doc(a: [.int(1), .string("two")]))
        #expect(try row.decodeIfPresent("null_text", as: String.self) == nil)
        #expect(try row.decodeIfPresent("null_int", as: Int.self) == nil)
        #expect(throws: PostgresError.self) { try row.decode("null_int", as: Int.self) }
        #expect(try row.decode("arr") == #"{a,"b\"c","d,e"}"#)
        #expect(try row.decode("n") == 3)
    }

    @Test("interpolation becomes $n binds, never SQL text")
    func interpolationBinds() {
        let evil = "x'); DROP TABLE tenants; --"
        let query: PostgresQuery = "SELECT * FROM t WHERE a = \(evil) AND b = \(5)"
        #expect(query.sql == "SELECT * FROM t WHERE a = $1 AND b = $2")
        #expect(query.binds == [evil, "5"])
        #expect(query.description == query.sql)
    }

    @Test("timestamps parse with any offset the server may print")
    func timestampOffsets() throws {
        for text in [
            "2026-11-20 10:00:00+00", "2026-11-20 11:00:00+01", "2026-11-20 15:30:00+05:30", "2026-11-20T10:00:00Z",
        ] {
            let date = try #require(Date(postgresText: text))
            #expect(date.timeIntervalSince1970 == 1_795_168_800, "\(text)")
        }
        #expect(Date(postgresText: "2026-11-20 10:00:00.5-02").map { $0.timeIntervalSince1970 } == 1_795_176_000.5)
        #expect(Date(postgresText: "not a date") == nil)
    }

    @Test("server errors carry the SQLSTATE and stay safe to print")
    func sqlStateErrors() async throws {
        let pool = try await TestDatabase.shared.pool()
        let table = "errs_\(UInt32.random(in: 0...UInt32.max))"
        try await pool.query("CREATE TABLE \(unsafeRaw: table) (k text PRIMARY KEY)")
        try await pool.query("INSERT INTO \(unsafeRaw: table) VALUES (\("secret-value"))")
        let duplicate = await #expect(throws: PostgresError.self) {
            try await pool.query("INSERT INTO \(unsafeRaw: table) VALUES (\("secret-value"))")
        }
        #expect(duplicate?.sqlState == "23505")
        #expect(duplicate?.isUniqueViolation == true)
        #expect(duplicate?.isUnavailable == false)
        #expect(duplicate?.constraint == "\(table)_pkey")
        #expect(duplicate?.description.contains("secret-value") == false, "description must not leak row data")
        #expect(duplicate?.debugDescription.contains("secret-value") == true)
        let syntax = await #expect(throws: PostgresError.self) { try await pool.query("SELEC 1") }
        #expect(syntax?.sqlState == "42601")
        let nul = await #expect(throws: PostgresError.self) { try await pool.query("SELECT \("a\u{0}b")::text") }
        #expect(nul?.code == .encoding)
        // The connection is still usable after errors.
        #expect(try await pool.query("SELECT 1 AS one").first?.decode("one", as: Int.self) == 1)
    }

    @Test("transactions commit on return and roll back on throw")
    func transactions() async throws {
        let pool = try await TestDatabase.shared.pool()
        let table = "tx_\(UInt32.random(in: 0...UInt32.max))"
        try await pool.query("CREATE TABLE \(unsafeRaw: table) (v int)")
        try await pool.transaction { tx in
            try await tx.query("INSERT INTO \(unsafeRaw: table) VALUES (1)")
            try await tx.query("INSERT INTO \(unsafeRaw: table) VALUES (2)")
        }
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await pool.transaction { tx in
                try await tx.query("INSERT INTO \(unsafeRaw: table) VALUES (3)")
                throw Boom()
            }
        }
        // A server error inside the transaction rolls everything back too.
        await #expect(throws: PostgresError.self) {
            try await pool.transaction { tx in
                try await tx.query("INSERT INTO \(unsafeRaw: table) VALUES (4)")
                try await tx.query("INSERT INTO \(unsafeRaw: table) VALUES (\("not a number")::int)")
            }
        }
        let values = try await pool.query("SELECT v FROM \(unsafeRaw: table) ORDER BY v").rows.map {
            try $0.decode("v", as: Int.self)
        }
        #expect(values == [1, 2])
        let result = try await pool.query("UPDATE \(unsafeRaw: table) SET v = v + 10")
        #expect(result.affectedRows == 2)
    }
}
