import Foundation
import Logging
import Postgres
import Store

/// Databases for tests on the server that the test script started.
///
/// The script exports `SUPPORTBOT_TEST_DATABASE_URL` (keyword or URI form) for a role that may
/// create databases. Each test process gets one freshly migrated database; tests isolate their data
/// by creating their own tenant. Tests that need an empty database ask for a fresh one.
public actor TestDatabase {
    public static let shared = TestDatabase()

    // A task, not a value: concurrent first callers must share one migration, not race to make several.
    private var migrated: Task<String, any Error>?

    /// The admin conninfo the test script provided.
    public static func adminConninfo() throws -> String {
        let env = ProcessInfo.processInfo.environment
        guard let url = env["SUPPORTBOT_TEST_DATABASE_URL"] ?? env["DATABASE_URL"], !url.isEmpty else {
            throw TestSupportError(
                "set SUPPORTBOT_TEST_DATABASE_URL (deploy/test.sh does) to a Postgres that tests may create databases on"
            )
        }
        return url
    }

    /// A migrated database shared by this test process.
    public func conninfo() async throws -> String {
        if let migrated { return try await migrated.value }
        let task = Task { try await Self.freshDatabase(migrate: true) }
        migrated = task
        return try await task.value
    }

    /// A pool on the shared migrated database.
    public func pool(maxConnections: Int = 8) async throws -> PostgresPool {
        PostgresPool(.init(conninfo: try await conninfo(), maxConnections: maxConnections))
    }

    /// Creates a new, empty (or migrated) database and returns its conninfo.
    public static func freshDatabase(migrate: Bool, admin: String? = nil) async throws -> String {
        let admin = try admin ?? adminConninfo()
        let name = "sbtest_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        let connection = try await PostgresConnection.connect(admin)
        // A generated name of [a-z0-9_] only: safe as a raw identifier.
        try await connection.query("CREATE DATABASE \(unsafeRaw: name)")
        await connection.close()
        let conninfo = replacingDatabase(in: admin, with: name)
        if migrate {
            let migrator = try Migrator(directory: schemaDirectory())
            _ = try await migrator.migrate(conninfo: conninfo, logger: Logger(label: "test.migrate"))
        }
        return conninfo
    }

    /// The checkout's `schema/` folder, found from this source file's location.
    public static func schemaDirectory() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema")
    }

    /// Points a conninfo (keyword or URI form) at another database.
    public static func replacingDatabase(in conninfo: String, with name: String) -> String {
        if conninfo.hasPrefix("postgres://") || conninfo.hasPrefix("postgresql://"),
            var components = URLComponents(string: conninfo)
        {
            components.path = "/" + name
            return components.string ?? conninfo
        }
        return conninfo + " dbname=\(name)"
    }
}

public struct TestSupportError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
