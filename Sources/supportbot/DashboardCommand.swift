import ArgumentParser
import Dashboard
import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// `supportbot dashboard [--url URL] [--tenant ID]`: the agents' terminal UI, an API client.
struct DashboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Review, edit, approve and reject draft replies in the terminal (live; press ? for keys).",
        discussion: """
            Lists drafts waiting for review, most urgent first; Enter opens a ticket, a approves, \
            e edits in $VISUAL/$EDITOR (or an inline editor), r rejects, / filters, q quits. \
            Set NO_COLOR for monochrome. Logs go to --log-file, never to the screen. It talks to the \
            server with the key in SUPPORTBOT_API_KEY (reviews are recorded under the key's name) and \
            never connects to the database.
            """
    )

    @Option(help: "The supportbot server (default: $SUPPORTBOT_URL or http://127.0.0.1:8080)")
    var url: String?
    @Option(help: "With an admin key: show only this tenant")
    var tenant: String?
    @Option(help: "Where the dashboard's logs go (default: supportbot-dashboard.log in the temp directory)")
    var logFile: String?

    func validate() throws {
        if let tenant, UUID(uuidString: tenant) == nil { throw ValidationError("--tenant must be a UUID") }
        guard let key = ProcessInfo.processInfo.environment["SUPPORTBOT_API_KEY"], !key.isEmpty else {
            throw ValidationError(
                "set SUPPORTBOT_API_KEY to your API key (an operator makes one with `supportbot key create`)")
        }
        let base = resolvedURL
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            throw ValidationError("--url (or SUPPORTBOT_URL) must start with http:// or https://")
        }
    }

    var resolvedURL: String {
        url ?? ProcessInfo.processInfo.environment["SUPPORTBOT_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "http://127.0.0.1:8080"
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let apiKey = environment["SUPPORTBOT_API_KEY"] ?? ""
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
                .init(
                    baseURL: resolvedURL, apiKey: apiKey, tenant: tenant.flatMap(UUID.init(uuidString:)),
                    environment: environment, terminalErrorFD: terminalError),
                logger: logger)
        }
    }
}
