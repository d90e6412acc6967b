import ArgumentParser

/// The one executable: API server, workers, and operator commands (CONTRACT.md).
@main
struct Supportbot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supportbot",
        abstract: "Support-automation backend: ticket inbox, outbox workers and operator tools.",
        subcommands: [
            MigrateCommand.self, ServeCommand.self, TenantCommand.self, SendCommand.self, BenchCommand.self,
        ]
    )
}
