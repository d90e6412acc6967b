import ArgumentParser
import Foundation

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
}
