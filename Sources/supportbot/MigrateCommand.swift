import ArgumentParser
import Foundation
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
        }
    }
}
