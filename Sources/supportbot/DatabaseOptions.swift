import ArgumentParser
import Foundation
import Postgres

/// `--database-url`, defaulting to `DATABASE_URL`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "libpq conninfo or postgres:// URI (default: $DATABASE_URL)")
    var databaseURL: String?

    /// The conninfo to use; a usage error when neither the flag nor the variable is set.
    func conninfo() throws -> String {
        if let databaseURL, !databaseURL.isEmpty { return databaseURL }
        if let env = ProcessInfo.processInfo.environment["DATABASE_URL"], !env.isEmpty { return env }
        throw ValidationError("set DATABASE_URL (or pass --database-url) to a Postgres conninfo or postgres:// URI")
    }

    /// Where `LISTEN` connects: `SUPPORTBOT_LISTEN_DATABASE_URL`, else the database URL. A pooler
    /// in transaction mode (PgBouncer) cannot carry `LISTEN`, so a fleet points this at Postgres
    /// directly while `DATABASE_URL` goes through the pooler (docs/operations.md).
    func listenConninfo() throws -> String {
        if let env = ProcessInfo.processInfo.environment["SUPPORTBOT_LISTEN_DATABASE_URL"], !env.isEmpty { return env }
        return try conninfo()
    }
}

extension DatabaseOptions {
    /// Runs `body` with a small pool that is closed afterwards; database errors become one line.
    func withPool<T>(maxConnections: Int = 1, _ body: (PostgresPool) async throws -> T) async throws -> T {
        let pool = PostgresPool(.init(conninfo: try conninfo(), maxConnections: maxConnections))
        do {
            let result = try await body(pool)
            await pool.close()
            return result
        } catch {
            await pool.close()
            throw CLIError.wrap(error)
        }
    }
}
