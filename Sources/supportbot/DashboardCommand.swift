import ArgumentParser
import Dashboard
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// `supportbot dashboard [--agent NAME]`: the agents' terminal UI.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Review, edit, approve and reject draft replies in the terminal (live; press ? for keys).",
        discussion: """
            Lists drafts waiting for review, most urgent first; Enter opens a ticket, a approves, \
            e edits in $VISUAL/$EDITOR (or an inline editor), r rejects, / filters, q quits. \
            Set NO_COLOR for monochrome. Logs go to --log-file, never to the screen.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "The name recorded on approvals and rejections (default: the OS user)")
    var agent: String?
    @Option(help: "Where the dashboard's logs go (default: supportbot-dashboard.log in the temp directory)")
    var logFile: String?

    func validate() throws {
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty || agent.count > 100 {
            throw ValidationError("--agent must be 1 to 100 characters")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let agentName = agent ?? Self.osUser(environment)
        let conninfo = try database.conninfo()
        let path =
            logFile ?? FileManager.default.temporaryDirectory.appendingPathComponent("supportbot-dashboard.log").path
        // Log lines on stderr would tear the screen: stderr goes to the log file, and the terminal's
        // own stderr is kept for $EDITOR.
        // Close-on-exec: only $EDITOR gets it, as its stderr, through posix_spawn's file actions.
        let terminalError = fcntl(2, F_DUPFD_CLOEXEC, 3)
        let log = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else { throw CLIError("cannot open the log file \(path): \(String(cString: strerror(errno)))") }
        let logger = LogSetup.bootstrap()
        dup2(log, 2)
        close(log)
        defer {
            dup2(terminalError, 2)
            close(terminalError)
        }
        try await reportingErrors {
            try await Dashboard.run(
                .init(conninfo: conninfo, agent: agentName, environment: environment, terminalErrorFD: terminalError),
                logger: logger)
        }
    }

    static func osUser(_ environment: [String: String]) -> String {
        if let user = environment["USER"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "agent-\(getuid())"
    }
}
