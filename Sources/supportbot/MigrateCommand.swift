import ArgumentParser
import Domain
import Foundation
import Postgres
import Store

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply schema/NNNN_*.sql in order, each once (safe to run concurrently)."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Folder of NNNN_name.sql files (default: $SUPPORTBOT_SCHEMA_DIR, ./schema, or next to the binary)")
    var schemaDir: String?

    func run() async throws {
        let logger = LogSetup.bootstrap()
        let conninfo = try database.conninfo()
        try await reportingErrors {
            let directory = try Migrator.locateSchemaDirectory(explicit: schemaDir)
            let migrator = try Migrator(directory: directory)
            let report = try await migrator.migrate(conninfo: conninfo, logger: logger)
            if report.applied.isEmpty {
                print("schema up to date (\(report.alreadyApplied) migrations)")
            } else {
                print("applied \(report.applied.count) migration(s): \(report.applied.joined(separator: ", "))")
            }
            try await sealSecrets(conninfo: conninfo)
        }
    }

    /// Tenant secrets written by versions that stored them in the clear are sealed here when a key
    /// is configured; without one, migrate says how many are waiting (serve will not start).
    func sealSecrets(conninfo: String) async throws {
        let keyring = try SecretKeys.load()
        let pool = PostgresPool(.init(conninfo: conninfo, maxConnections: 1))
        do {
            let store = TenantStore(pool: pool, keyring: keyring)
            if let keyring {
                let sealed = try await store.rewrap(by: OperatorIdentity.principal())
                if sealed > 0 { print("sealed \(sealed) tenant secret value(s) with key \(keyring.currentKeyID)") }
            } else if case let clear = try await store.secretsInTheClear(), clear > 0 {
                print(
                    "\(clear) tenant secret value(s) are stored in the clear: \(SecretKeyring.howToMakeAKey), then run migrate again"
                )
            }
        } catch {
            await pool.close()
            throw error
        }
        await pool.close()
    }
}
