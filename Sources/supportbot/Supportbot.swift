import ArgumentParser
import Foundation

/// The one executable: API server, workers, and operator commands (CONTRACT.md).
@main
struct Supportbot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supportbot",
        abstract: "Support-automation backend: ticket inbox, outbox workers and operator tools.",
        subcommands: [
            MigrateCommand.self, ServeCommand.self, TenantCommand.self, SendCommand.self, BenchCommand.self,
            DLQCommand.self, FlagsCommand.self, StatusCommand.self, FakeLLMCommand.self, EvalCommand.self,
            LoadCommand.self, DashboardCommand.self, KeyCommand.self, AuditCommand.self, SecretsCommand.self,
        ]
    )

    /// Argument-parser's own main, except that usage errors exit with 2 as CONTRACT.md promises
    /// (argument-parser uses EX_USAGE, 64, on Linux).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
