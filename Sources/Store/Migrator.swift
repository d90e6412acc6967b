import Crypto
import Foundation
import Logging
import Postgres

/// Applies `schema/NNNN_name.sql` files in order, each exactly once.
///
/// Safe to run twice or from several processes at the same moment: all work happens under a
/// session advisory lock, each file in its own transaction together with its row in
/// `schema_migrations`, so a failed file leaves nothing behind and is retried next time.
public struct Migrator: Sendable {
    /// One migration file.
    public struct Migration: Sendable, Equatable {
        public let version: Int
        public let name: String
        public let sql: String

        public init(version: Int, name: String, sql: String) {
            self.version = version
            self.name = name
            self.sql = sql
        }

        /// SHA-256 of the file, to notice a file edited after it was applied.
        public var checksum: String {
            SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
        }
    }

    /// What `migrate` did.
    public struct Report: Sendable, Equatable {
        public var applied: [String]
        public var alreadyApplied: Int
    }

    public enum Failure: Error, CustomStringConvertible, Sendable {
        case noSchemaDirectory([String])
        case badFileName(String)
        case duplicateVersion(Int)
        case checksumMismatch(String)

        public var description: String {
            switch self {
            case .noSchemaDirectory(let tried):
                return
                    "no schema directory found (tried \(tried.joined(separator: ", "))); pass --schema-dir or set SUPPORTBOT_SCHEMA_DIR"
            case .badFileName(let name):
                return "schema file \(name) is not named NNNN_name.sql"
            case .duplicateVersion(let version):
                return "two schema files share version \(version)"
            case .checksumMismatch(let name):
                return "schema file \(name) changed after it was applied; add a new migration instead of editing it"
            }
        }
    }

    /// An arbitrary, fixed key for `pg_advisory_lock` ("supportbot migrate").
    static let lockKey: Int64 = 0x5375_7070_6D69_6772

    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Loads every `NNNN_name.sql` in `directory`.
    public init(directory: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") }
        var migrations: [Migration] = []
        for name in names {
            let stem = name.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_"),
                let version = Int(stem[..<underscore]), version > 0
            else { throw Failure.badFileName(name) }
            if migrations.contains(where: { $0.version == version }) { throw Failure.duplicateVersion(version) }
            let sql = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            migrations.append(Migration(version: version, name: String(stem), sql: sql))
        }
        self.init(migrations: migrations)
    }

    /// Finds the schema directory: an explicit path, `SUPPORTBOT_SCHEMA_DIR`, `./schema`, or a
    /// `schema` folder above the executable (a build inside the checkout).
    public static func locateSchemaDirectory(
        explicit: String?, executablePath: String = CommandLine.arguments[0]
    ) throws -> URL {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if let env = ProcessInfo.processInfo.environment["SUPPORTBOT_SCHEMA_DIR"], !env.isEmpty {
            candidates.append(env)
        }
        if explicit == nil {
            candidates.append(FileManager.default.currentDirectoryPath + "/schema")
            var dir = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<5 {
                candidates.append(dir.appendingPathComponent("schema").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        for path in candidates {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return URL(fileURLWithPath: path)
            }
        }
        throw Failure.noSchemaDirectory(candidates)
    }

    /// Applies what is missing. Uses one dedicated connection for the session lock.
    public func migrate(conninfo: String, logger: Logger) async throws -> Report {
        let connection = try await PostgresConnection.connect(conninfo)
        defer { Task { await connection.close() } }
        try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))")
        do {
            let report = try await migrateLocked(connection, logger: logger)
            try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))")
            return report
        } catch {
            _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))")
            throw error
        }
    }

    private func migrateLocked(_ connection: PostgresConnection, logger: Logger) async throws -> Report {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                checksum   text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """)
        let rows = try await connection.query("SELECT version, name, checksum FROM schema_migrations").rows
        var applied: [Int: String] = [:]
        for row in rows { applied[try row.decode("version")] = try row.decode("checksum", as: String.self) }
        var report = Report(applied: [], alreadyApplied: 0)
        for migration in migrations {
            if let checksum = applied[migration.version] {
                guard checksum == migration.checksum else { throw Failure.checksumMismatch(migration.name) }
                report.alreadyApplied += 1
                continue
            }
            try await connection.transaction { tx in
                try await tx.execute(unsafeScript: migration.sql)
                try await tx.query(
                    """
                    INSERT INTO schema_migrations (version, name, checksum)
                    VALUES (\(migration.version)::int, \(migration.name), \(migration.checksum))
                    """)
            }
            logger.info("migration applied", metadata: ["migration": "\(migration.name)"])
            report.applied.append(migration.name)
        }
        return report
    }
}
