import Foundation
import Logging
import Postgres
import Store
import TestSupport
import Testing

@Suite("Migrations")
struct MigratorTests {
    let logger = Logger(label: "test.migrate")

    @Test("applies every file once, in order; a second run applies nothing")
    func appliesOnce() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: false)
        let migrator = try Migrator(directory: TestDatabase.schemaDirectory())
        let first = try await migrator.migrate(conninfo: conninfo, logger: logger)
        #expect(first.applied == migrator.migrations.map(\.name))
        #expect(first.applied.first == "0001_inbox")
        let second = try await migrator.migrate(conninfo: conninfo, logger: logger)
        #expect(second.applied.isEmpty)
        #expect(second.alreadyApplied == migrator.migrations.count)
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
        let versions = try await pool.query("SELECT version FROM schema_migrations ORDER BY version").rows.map {
            try $0.decode("version", as: Int.self)
        }
        #expect(versions == migrator.migrations.map(\.version))
        await pool.close()
    }

    @Test("four processes migrating at the same moment apply each file exactly once")
    func concurrent() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: false)
        let migrator = try Migrator(directory: TestDatabase.schemaDirectory())
        let logger = logger
        let reports = try await withThrowingTaskGroup(of: Migrator.Report.self) { group in
            for _ in 0..<4 { group.addTask { try await migrator.migrate(conninfo: conninfo, logger: logger) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(reports.flatMap(\.applied).sorted() == migrator.migrations.map(\.name).sorted())
        #expect(
            reports.filter { !$0.applied.isEmpty }.count == 1,
            "one run did the work, the others waited and found it done")
    }

    @Test("a file edited after it was applied is refused, not re-run")
    func checksumMismatch() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: false)
        let original = Migrator(migrations: [.init(version: 1, name: "0001_t", sql: "CREATE TABLE t (a int);")])
        _ = try await original.migrate(conninfo: conninfo, logger: logger)
        let edited = Migrator(migrations: [.init(version: 1, name: "0001_t", sql: "CREATE TABLE t (a bigint);")])
        let error = await #expect(throws: Migrator.Failure.self) {
            try await edited.migrate(conninfo: conninfo, logger: logger)
        }
        #expect(error?.description.contains("add a new migration") == true)
    }

    @Test("a failing file rolls back entirely and is not recorded")
    func failingFileRollsBack() async throws {
        let conninfo = try await TestDatabase.freshDatabase(migrate: false)
        let broken = Migrator(migrations: [
            .init(version: 1, name: "0001_ok", sql: "CREATE TABLE ok (a int);"),
            .init(version: 2, name: "0002_broken", sql: "CREATE TABLE half (a int); SELECT no_such_function();"),
        ])
        await #expect(throws: PostgresError.self) { try await broken.migrate(conninfo: conninfo, logger: logger) }
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
        let tables = try await pool.query(
            "SELECT count(*) AS n FROM pg_tables WHERE tablename IN ('ok', 'half')"
        ).first!.decode("n", as: Int.self)
        #expect(tables == 1, "0001 stays applied, 0002 left nothing behind")
        let recorded = try await pool.query("SELECT count(*) AS n FROM schema_migrations").first!.decode(
            "n", as: Int.self)
        #expect(recorded == 1)
        await pool.close()
    }

    @Test("file names must be NNNN_name.sql")
    func badFileName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "SELECT 1;".write(to: directory.appendingPathComponent("init.sql"), atomically: true, encoding: .utf8)
        #expect(throws: Migrator.Failure.self) { try Migrator(directory: directory) }
    }
}
